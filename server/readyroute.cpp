#include "readyroute.h"

#include "apierror.h"
#include "database.h"
#include "router.h"
#include "serverlog.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlDriver>

#include <sqlite3.h>

namespace tpn::server {

namespace {

ApiError notReady(const QString &why) {
    qCWarning(lcServer).noquote() << "not ready:" << why;
    return ApiError(503, QStringLiteral("not_ready"), why);
}

// SQLite keeps working on a file that was deleted or replaced after it was opened, and its WAL accepts
// writes that vanish when the server stops; only this file control tells.
bool databaseFileHasMoved(const QSqlDatabase &connection) {
    const QVariant handle = connection.driver()->handle();
    auto *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                   ? *static_cast<sqlite3 *const *>(handle.data())
                   : nullptr;
    int moved = 0;
    return !db || sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK || moved;
}

} // namespace

void addReadyRoute(Router &router, const Database &database) {
    router.addRoute(
        QHttpServerRequest::Method::Get, QStringLiteral("/mobile-api/ready"),
        [&database, expectedVersion = database.schemaVersion()](const ApiRequest &) {
            QElapsedTimer timer;
            timer.start();
            int version = 0;
            try {
                version = database.schemaVersion();
            } catch (const DatabaseError &error) {
                throw notReady(QStringLiteral("The database does not answer: %1")
                                   .arg(QString::fromStdString(error.what())));
            }
            const double latencyMs = double(timer.nsecsElapsed()) / 1e6;
            if (version != expectedVersion) {
                throw notReady(QStringLiteral("The database's schema version is %1; this server runs %2.")
                                   .arg(version)
                                   .arg(expectedVersion));
            }
            if (!database.isPostgres() && databaseFileHasMoved(database.connection())) {
                qCWarning(lcServer).noquote()
                    << database.settings().name << "is no longer the file the server opened";
                throw notReady(
                    QStringLiteral("The database file was moved or deleted after the server opened it."));
            }
            return ApiResult{
                QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                            {QStringLiteral("database"),
                             QJsonObject{{QStringLiteral("latency_ms"), qRound(latencyMs * 1000) / 1000.0},
                                         {QStringLiteral("schema_version"), version}}}},
                std::nullopt,
                {},
                {}};
        },
        // no-store: the state of this moment, which no cache should answer for later.
        RouteOptions{.personal = true});
}

} // namespace tpn::server
