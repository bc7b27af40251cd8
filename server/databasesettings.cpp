#include "databasesettings.h"

#include "database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace tpn::server {

std::optional<DatabaseSettings> DatabaseSettings::fromUrl(const QString &url, const QString &dataDir,
                                                          QString *error) {
    DatabaseSettings settings;
    if (url.isEmpty()) {
        settings.name = QDir(dataDir).filePath(QStringLiteral("server.sqlite"));
        return settings;
    }
    if (url.startsWith(QLatin1String("sqlite:"))) {
        settings.name = url.mid(7);
        if (settings.name.isEmpty()) {
            *error = QStringLiteral("--database sqlite:PATH needs a file path");
            return std::nullopt;
        }
        return settings;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *error = QStringLiteral("--database: \"%1\" is neither sqlite:PATH nor postgresql://HOST/NAME")
                     .arg(parsed.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    settings.kind = Kind::Postgres;
    settings.name = parsed.path().mid(1);
    if (settings.name.isEmpty() || settings.name.contains(u'/')) {
        *error = QStringLiteral("--database: \"%1\" names no database (postgresql://HOST/NAME)")
                     .arg(parsed.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    settings.host = parsed.host();
    settings.port = parsed.port(-1);
    settings.user = parsed.userName();
    settings.password = parsed.password();
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        // A Unix socket folder: postgresql:///NAME?host=/run/postgresql
        if (key == QLatin1String("host"))
            settings.host = value;
        else
            options.append(key + u'=' + value);
    }
    settings.options = options.join(u';');
    return settings;
}

QString DatabaseSettings::displayName() const {
    if (!isPostgres())
        return name;
    return QStringLiteral("postgresql://%1%2%3/%4")
        .arg(user.isEmpty() ? QString() : user + u'@', host,
             port < 0 ? QString() : QStringLiteral(":%1").arg(port), name);
}

QSqlDatabase DatabaseSettings::open(const QString &connectionName, Access access) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(
        isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(connectionName);
        throw DatabaseError(QStringLiteral("%1: Qt's %2 driver is not installed")
                                .arg(displayName(), isPostgres() ? QStringLiteral("QPSQL (libqt6sql6-psql)")
                                                                 : QStringLiteral("QSQLITE")));
    }
    db.setDatabaseName(name);
    if (isPostgres()) {
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setPassword(password);
    }
    const bool readOnly = access == Access::ReadOnly;
    // SQLite: a writer of another process holds the lock for milliseconds; wait rather than fail.
    db.setConnectOptions(isPostgres()
                             ? options
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000") +
                                   (readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    QString why;
    if (!db.open()) {
        why = db.lastError().text();
    } else if (isPostgres() && readOnly) {
        QSqlQuery readOnlySession(db);
        if (!readOnlySession.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            why = readOnlySession.lastError().text();
    }
    if (!why.isEmpty()) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        throw DatabaseError(QStringLiteral("%1: cannot open: %2").arg(displayName(), why));
    }
    return db;
}

QCommandLineOption databaseOption() {
    return {QStringLiteral("database"),
            QStringLiteral("Where the data lives: sqlite:PATH, or postgresql://[USER@]HOST[:PORT]/NAME for "
                           "several server processes or boxes on one database (default: "
                           "sqlite:DIR/server.sqlite of --data)."),
            QStringLiteral("URL")};
}

std::optional<DatabaseSettings> existingDatabase(const QString &url, const QString &dataDir, QString *error) {
    std::optional<DatabaseSettings> settings = DatabaseSettings::fromUrl(url, dataDir, error);
    if (settings && !settings->isPostgres() && !QFileInfo::exists(settings->name)) {
        *error = QStringLiteral("%1 holds no server database").arg(settings->name);
        return std::nullopt;
    }
    return settings;
}

} // namespace tpn::server
