#include "authroutes.h"

#include "apierror.h"
#include "authbody.h"
#include "authservice.h"
#include "passwordreset.h"
#include "userfields.h"

#include <QHostAddress>
#include <QJsonObject>

namespace tpn::server {

namespace {

ApiResult sessionResult(const AuthService &auth, const Session &session) {
    return {QJsonObject{{QStringLiteral("access_token"), session.tokens.accessToken},
                        {QStringLiteral("refresh_token"), session.tokens.refreshToken},
                        {QStringLiteral("expires_in"), auth.accessLifetimeSeconds()},
                        {QStringLiteral("user"), userJson(session.user)}},
            std::nullopt,
            {}};
}

// The key of the per-address login and registration limits. An IPv6 client usually holds a whole /64 and
// could rotate through it, so IPv6 addresses count per /64.
QString clientKey(const QHostAddress &address) {
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4 || address.protocol() != QAbstractSocket::IPv6Protocol)
        return QHostAddress(ipv4).toString();
    const Q_IPV6ADDR ipv6 = address.toIPv6Address();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(ipv6.c), 8).toHex()) +
           QStringLiteral("/64");
}

// Login input that no account can match is refused before it costs a hash.
void checkLoginLengths(const QString &email, const QString &password) {
    if (characterCount(normalizeEmail(email)) > MaximumEmailLength)
        throw ApiError::invalidParameter(
            QStringLiteral("email"), QStringLiteral("must be at most %1 characters").arg(MaximumEmailLength));
    if (characterCount(password) > MaximumPasswordLength)
        throw ApiError::invalidParameter(
            QStringLiteral("password"),
            QStringLiteral("must be at most %1 characters").arg(MaximumPasswordLength));
}

} // namespace

AuthRoutes::AuthRoutes(AuthService &auth, PasswordResets &resets)
    : m_auth(auth)
    , m_resets(resets) {}

void AuthRoutes::addTo(Router &router) {
    using Method = QHttpServerRequest::Method;
    // Registration and login hash with Argon2id off the server's thread (authservice.h).
    router.addAsyncRoute(Method::Post, QStringLiteral("/mobile-api/auth/register"),
                         [this](const ApiRequest &request) { return registerUser(request); },
                         {.successStatus = 201});
    router.addAsyncRoute(Method::Post, QStringLiteral("/mobile-api/auth/login"),
                         [this](const ApiRequest &request) { return login(request); });
    router.addRoute(Method::Post, QStringLiteral("/mobile-api/auth/refresh"),
                    [this](const ApiRequest &request) { return refresh(request); });
    router.addRoute(Method::Post, QStringLiteral("/mobile-api/auth/logout"),
                    [this](const ApiRequest &request) { return logout(request); });
    router.addRoute(Method::Post, QStringLiteral("/mobile-api/auth/reset-password"),
                    [this](const ApiRequest &request) { return resetPassword(request); });
}

QFuture<ApiResult> AuthRoutes::registerUser(const ApiRequest &request) {
    const RequestBody body = RequestBody::parse(request.http);
    // Types before values: a wrongly typed field is invalid_body even when another one has a bad value.
    const QString email = body.string(QStringLiteral("email"));
    const QString password = body.string(QStringLiteral("password"));
    const QString displayName = body.string(QStringLiteral("displayName"));
    const QString language = body.string(QStringLiteral("language"));
    NewAccount account{validEmail(email), password, validDisplayName(displayName), validLanguage(language)};
    checkPassword(account.password);
    return m_auth.registerUser(account, clientKey(request.http.remoteAddress()))
        .then([this](const Session &session) { return sessionResult(m_auth, session); });
}

QFuture<ApiResult> AuthRoutes::login(const ApiRequest &request) {
    const RequestBody body = RequestBody::parse(request.http);
    const QString email = body.string(QStringLiteral("email"));
    const QString password = body.string(QStringLiteral("password"));
    checkLoginLengths(email, password);
    return m_auth.login(email, password, clientKey(request.http.remoteAddress()))
        .then([this](const Session &session) { return sessionResult(m_auth, session); });
}

ApiResult AuthRoutes::refresh(const ApiRequest &request) {
    const RequestBody body = RequestBody::parse(request.http);
    return sessionResult(m_auth, m_auth.refresh(body.string(QStringLiteral("refresh_token"))));
}

ApiResult AuthRoutes::logout(const ApiRequest &request) {
    const RequestBody body = RequestBody::parse(request.http);
    m_auth.logout(body.string(QStringLiteral("refresh_token")));
    return {QJsonObject{{QStringLiteral("revoked"), true}}, std::nullopt, {}};
}

ApiResult AuthRoutes::resetPassword(const ApiRequest &request) {
    const RequestBody body = RequestBody::parse(request.http);
    const QString email = body.string(QStringLiteral("email"));
    const QString code = body.string(QStringLiteral("code"));
    const QString newPassword = body.string(QStringLiteral("new_password"));
    // Bad values are refused before the code is looked at, so they neither spend it nor count as guesses.
    const QString account = validEmail(email);
    checkPassword(newPassword, QStringLiteral("new_password"));
    const QString canonicalCode = normalizeResetCode(code);
    if (canonicalCode.isEmpty())
        throw ApiError::invalidParameter(
            QStringLiteral("code"),
            QStringLiteral("must be %1 characters from %2 (dashes and spaces are ignored)")
                .arg(ResetCodeLength)
                .arg(QLatin1StringView(ResetCodeAlphabet)));
    return sessionResult(
        m_auth, m_resets.reset(account, canonicalCode, newPassword, clientKey(request.http.remoteAddress())));
}

} // namespace tpn::server
