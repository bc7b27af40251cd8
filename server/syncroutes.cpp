#include "syncroutes.h"

#include "apierror.h"
#include "authservice.h"
#include "syncservice.h"
#include "userfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <limits>

namespace tpn::server {

namespace {

constexpr int MaximumClientId = 100;

ApiError invalidBody(const QString &message) {
    return ApiError(400, QStringLiteral("invalid_body"), message);
}

} // namespace

SyncRoutes::SyncRoutes(AuthService &auth, SyncService &sync)
    : m_auth(auth)
    , m_sync(sync) {}

void SyncRoutes::addTo(Router &router) {
    using Method = QHttpServerRequest::Method;
    const RouteOptions options{.personal = true, .faultInjection = true};
    router.addRoute(
        Method::Post, QStringLiteral("/mobile-api/sync/push"),
        [this](const ApiRequest &request) { return push(request); }, options);
    router.addRoute(
        Method::Get, QStringLiteral("/mobile-api/sync/pull"),
        [this](const ApiRequest &request) { return pull(request); }, options);
}

ApiResult SyncRoutes::push(const ApiRequest &request) {
    const UserRow user = m_auth.authenticate(request.http.value("Authorization"));
    const QByteArray body = request.http.body();
    if (body.size() > MaximumPushBytes) {
        throw ApiError(413, QStringLiteral("payload_too_large"),
                       QStringLiteral("A push is limited to %1 bytes; send fewer mutations per request.")
                           .arg(MaximumPushBytes));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw invalidBody(QStringLiteral("The request body must be a JSON object."));
    const QJsonObject object = document.object();
    const QJsonValue clientId = object.value(QStringLiteral("client_id"));
    if (!clientId.isString())
        throw invalidBody(QStringLiteral("Field 'client_id' must be a string."));
    const qsizetype clientIdLength = characterCount(clientId.toString());
    if (clientIdLength < 1 || clientIdLength > MaximumClientId) {
        throw ApiError::invalidParameter(QStringLiteral("client_id"),
                                         QStringLiteral("must be 1 to %1 characters").arg(MaximumClientId));
    }
    const QJsonValue mutations = object.value(QStringLiteral("mutations"));
    if (!mutations.isArray())
        throw invalidBody(QStringLiteral("Field 'mutations' must be an array."));
    if (mutations.toArray().size() > MaximumPushMutations) {
        throw ApiError(400, QStringLiteral("too_many_mutations"),
                       QStringLiteral("A push carries at most %1 mutations.").arg(MaximumPushMutations));
    }
    const QJsonObject answer = m_sync.push(user.id, clientId.toString(), mutations.toArray());
    if (m_resultObserver) {
        for (const QJsonValue result : answer.value(QStringLiteral("results")).toArray())
            m_resultObserver(result.toObject().value(QStringLiteral("status")).toString());
    }
    return {answer, std::nullopt, {}};
}

ApiResult SyncRoutes::pull(const ApiRequest &request) {
    const UserRow user = m_auth.authenticate(request.http.value("Authorization"));
    const int cursor = request.query.integer(QStringLiteral("cursor"), 0, 0, std::numeric_limits<int>::max());
    const int limit = request.query.integer(QStringLiteral("limit"), DefaultPullLimit, 1, MaximumPullLimit);
    return {m_sync.pull(user.id, cursor, limit), std::nullopt, {}};
}

} // namespace tpn::server
