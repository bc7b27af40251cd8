#include "userroutes.h"

#include "apierror.h"
#include "authbody.h"
#include "autherror.h"
#include "authservice.h"
#include "database.h"
#include "httpencoding.h"
#include "userdata.h"
#include "userexport.h"
#include "userfields.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace tpn::server {

namespace {

ApiResult result(const QJsonObject &data) {
    return {data, std::nullopt, {}};
}

// Export files a client never collected: it went away while the file was being made, or the server
// stopped while sending it. Judged by age, not removed at start-up, because several server processes
// may share the data directory and one of them may be sending its file now.
void removeStaleExports(const QString &directory) {
    constexpr qint64 StaleAfterSeconds = 24 * 60 * 60;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.lastModified().secsTo(now) > StaleAfterSeconds)
            QFile::remove(file.filePath());
    }
}

} // namespace

UserRoutes::UserRoutes(const Database &database, AuthService &auth, UserStore &users,
                       QList<UserDataSource *> sources)
    : m_database(database)
    , m_auth(auth)
    , m_users(users)
    , m_sources(std::move(sources)) {
    // One export at a time: each reads the whole account and writes it to disk, and the other core stays
    // for answering everyone else.
    m_exporting.setMaxThreadCount(1);
}

QString UserRoutes::exportDirectory() const {
    return QDir(m_database.dataDir()).filePath(QStringLiteral("exports"));
}

void UserRoutes::addTo(Router &router) {
    using Method = QHttpServerRequest::Method;
    const RouteOptions personal{.personal = true};
    const QString profilePath = QStringLiteral("/mobile-api/user/profile");
    router.addRoute(Method::Get, profilePath, authenticated(&UserRoutes::profile), personal);
    router.addRoute(Method::Patch, profilePath, authenticated(&UserRoutes::updateProfile), personal);
    router.addAsyncRoute(
        Method::Get, QStringLiteral("/mobile-api/user/export"),
        [this](const ApiRequest &request) {
            return exportData(request, m_auth.authenticate(request.http.value("Authorization")));
        },
        personal);
    router.addRoute(Method::Delete, QStringLiteral("/mobile-api/user"),
                    authenticated(&UserRoutes::deleteUser), personal);
}

RouteHandler UserRoutes::authenticated(UserHandler handler) {
    return [this, handler](const ApiRequest &request) {
        const UserRow user = m_auth.authenticate(request.http.value("Authorization"));
        return (this->*handler)(request, user);
    };
}

ApiResult UserRoutes::profile(const ApiRequest &, const UserRow &user) {
    return result(userJson(user));
}

ApiResult UserRoutes::updateProfile(const ApiRequest &request, const UserRow &user) {
    const RequestBody body = RequestBody::parse(request.http);
    const std::optional<QString> displayName = body.optionalString(QStringLiteral("displayName"));
    const std::optional<QString> language = body.optionalString(QStringLiteral("language"));
    if (!displayName && !language) {
        throw ApiError(400, QStringLiteral("invalid_body"),
                       QStringLiteral("Give at least one of the fields 'displayName' and 'language'."));
    }
    UserRow updated = user;
    if (displayName)
        updated.displayName = validDisplayName(*displayName);
    if (language)
        updated.language = validLanguage(*language);
    m_users.updateProfile(user.id, updated.displayName, updated.language,
                          QDateTime::currentMSecsSinceEpoch());
    return result(userJson(updated));
}

QFuture<ApiResult> UserRoutes::exportData(const ApiRequest &request, const UserRow &user) {
    QJsonObject account = userJson(user);
    account.insert(QStringLiteral("createdAt"), exportTime(user.createdAt));
    account.insert(QStringLiteral("updatedAt"), exportTime(user.updatedAt));
    ExportPlan plan{m_database.settings(),
                    exportDirectory(),
                    user.id,
                    {{QStringLiteral("user"), account},
                     {QStringLiteral("exportedAt"), exportTime(QDateTime::currentMSecsSinceEpoch())}},
                    {},
                    acceptsGzip(request.http.value("Accept-Encoding"))};
    // Small sources now, through the server's connection; large ones on the worker, through its own.
    for (UserDataSource *source : std::as_const(m_sources)) {
        if (UserDataSource::ExportWriter writer = source->exportWriter())
            plan.streamed.append({source->exportName(), std::move(writer)});
        else
            plan.data.insert(source->exportName(), source->exportUser(user.id));
    }
    return QtConcurrent::run(&m_exporting, [plan = std::move(plan)] {
        removeStaleExports(plan.directory);
        ApiResult answer;
        answer.bodyFile = writeExportFile(plan);
        answer.bodyFileGzipped = plan.gzip;
        return answer;
    });
}

ApiResult UserRoutes::deleteUser(const ApiRequest &, const UserRow &user) {
    if (user.demo)
        throw demoAccount(QStringLiteral("it cannot be deleted"));
    SqlTransaction transaction(m_database.connection());
    for (UserDataSource *source : std::as_const(m_sources))
        source->eraseUser(user.id);
    m_users.remove(user.id);
    transaction.commit();
    m_users.flushDeletions();
    return result({{QStringLiteral("deleted"), true}});
}

} // namespace tpn::server
