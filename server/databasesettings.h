#pragma once

#include <QCommandLineOption>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tpn::server {

// Where the server keeps its data (docs/deployment.md): a SQLite file, the embedded default for one box,
// or a PostgreSQL database that several server processes and boxes share. A value, so a worker thread can
// open a connection of its own with it (QSqlDatabase connections belong to the thread that made them).
struct DatabaseSettings {
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString name; // SQLite's file, or the PostgreSQL database
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString options; // QPSQL connect options ("sslmode=require;connect_timeout=5")

    // url: "sqlite:PATH", "postgresql://[USER[:PASSWORD]@]HOST[:PORT]/NAME[?PARAM=VALUE&…]", or empty for
    // DATA/server.sqlite. The parameters are libpq's (sslmode, connect_timeout, …); nullopt and *error when
    // the URL is neither.
    static std::optional<DatabaseSettings> fromUrl(const QString &url, const QString &dataDir,
                                                   QString *error);

    bool isPostgres() const { return kind == Kind::Postgres; }
    // For messages and logs: the file, or postgresql://USER@HOST:PORT/NAME, never the password.
    QString displayName() const;
    // Opens a connection of the calling thread named connectionName; throws DatabaseError.
    enum class Access { ReadWrite, ReadOnly };
    QSqlDatabase open(const QString &connectionName, Access access = Access::ReadWrite) const;
};

// --database URL, shared by the server and its commands.
QCommandLineOption databaseOption();

// For the commands that work on an existing database (reset-code, report, export-pack): opening a
// SQLite file creates it, so a mistyped --data must be refused before. nullopt and *error when the URL is
// wrong or the file does not exist.
std::optional<DatabaseSettings> existingDatabase(const QString &url, const QString &dataDir, QString *error);

} // namespace tpn::server
