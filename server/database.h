#pragma once

#include <QSqlDatabase>
#include <QString>

#include <stdexcept>

namespace tpn::server {

class DatabaseError : public std::runtime_error {
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString()) {}
};

// The server's SQLite database (DIR/server.sqlite): one connection, used from the server's one thread.
// Opening it applies the schema migrations (PRAGMA user_version); later features add their tables as
// further steps in database.cpp rather than opening databases of their own.
class Database {
public:
    // Creates dataDir if needed. Throws DatabaseError naming the file when it cannot be opened or written.
    explicit Database(const QString &dataDir);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName); }
    QString filePath() const { return m_filePath; }

    int schemaVersion() const;

private:
    void exec(const QString &statement) const;
    void migrate() const;

    QString m_connectionName;
    QString m_filePath;
};

} // namespace tpn::server
