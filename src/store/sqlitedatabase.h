#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// One forward step of a schema: the statements that take user_version from version - 1 to version.
struct Migration {
    int version;
    QStringList statements;
};

// One SQLite file on one connection: WAL, foreign keys, a durability level, schema migrations
// driven by PRAGMA user_version, and an integrity check on open. Used for the rebuildable cache
// now and for files that hold a learner's only copy of their edits later.
class SqliteDatabase {
public:
    enum class Durability {
        Rebuildable, // synchronous=NORMAL; a damaged file is moved aside and started afresh
        Precious,    // synchronous=FULL; a damaged file is moved aside and the open fails loudly
    };

    SqliteDatabase(const QString &path, Durability durability);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens the file, checks it and migrates it to the last version in `migrations`.
    bool open(const QList<Migration> &migrations);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // True when open() found the file damaged (or from a newer app) and started a new one.
    bool wasRebuilt() const { return m_rebuilt; }
    // Where open() moved a damaged file (empty if it did not), for whoever recovers from it.
    QString movedAsidePath() const { return m_movedAside; }
    int schemaVersion() const;

private:
    bool openConnection();
    bool passesQuickCheck();
    bool migrate(const QList<Migration> &migrations);
    bool exec(const QString &sql);
    void closeConnection();
    void moveAside();

    QString m_path;
    QString m_connectionName;
    Durability m_durability;
    QString m_error;
    bool m_rebuilt = false;
    QString m_movedAside;
};
