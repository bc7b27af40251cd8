#include "userroutes.h"

#include "apierror.h"
#include "authbody.h"
#include "autherror.h"
#include "authservice.h"
#include "database.h"
#include "userdata.h"
#include "userfields.h"

#include <QDateTime>
#include <QJsonObject>

namespace tpn::server {

namespace {

ApiResult result(const QJsonObject &data) {
    return {data, std::nullopt, {}};
}

} // namespace

UserRoutes::UserRoutes(const Database &database, AuthService &auth, UserStore &users,
                       QList<UserDataSource *> sources)
    : m_database(database)
    , m_auth(auth)
    , m_users(users)
    , m_sources(std::move(sources)) {}

void UserRoutes::addTo(Router &router) {
    using Method = QHttpServerRequest::Method;
    const RouteOptions personal{.personal = true};
    const QString profilePath = QStringLiteral("/mobile-api/user/profile");
    router.addRoute(Method::Get, profilePath, authenticated(&UserRoutes::profile), personal);
    router.addRoute(Method::Patch, profilePath, authenticated(&UserRoutes::updateProfile), personal);
    router.addRoute(Method::Get, QStringLiteral("/mobile-api/user/export"),
                    authenticated(&UserRoutes::exportData), personal);
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

ApiResult UserRoutes::exportData(const ApiRequest &, const UserRow &user) {
    QJsonObject account = userJson(user);
    account.insert(QStringLiteral("createdAt"), exportTime(user.createdAt));
    account.insert(QStringLiteral("updatedAt"), exportTime(user.updatedAt));
    QJsonObject data{{QStringLiteral("user"), account},
                     {QStringLiteral("exportedAt"), exportTime(QDateTime::currentMSecsSinceEpoch())}};
    for (UserDataSource *source : std::as_const(m_sources))
        data.insert(source->exportName(), source->exportUser(user.id));
    return result(data);
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
