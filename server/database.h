#pragma once

#include "databasesettings.h"

#include <QSqlDatabase>
#include <QString>

#include <stdexcept>

namespace tpn::server {

class DatabaseError : public std::runtime_error {
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString()) {}
};

// The server's database (databasesettings.h): SQLite (DIR/server.sqlite by default) or PostgreSQL, one
// connection, used from the server's one thread. Opening it applies the schema migrations of its kind
// (SQLite: database.cpp, PostgreSQL: postgresschema.cpp), both up to the same schema; later features add
// their tables as further steps there rather than opening databases of their own.
class Database {
public:
    // Creates dataDir if needed: it also holds exports and crash reports. Throws DatabaseError naming the
    // database when it cannot be opened or written.
    explicit Database(const QString &dataDir, const DatabaseSettings &settings = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName); }
    const DatabaseSettings &settings() const { return m_settings; }
    bool isPostgres() const { return m_settings.isPostgres(); }
    QString dataDir() const { return m_dataDir; }

    // Throws DatabaseError when the database does not answer.
    int schemaVersion() const;

private:
    void exec(const QString &statement) const;
    void migrate() const;

    QString m_connectionName;
    QString m_dataDir;
    DatabaseSettings m_settings;
};

} // namespace tpn::server
