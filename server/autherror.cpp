#include "autherror.h"

namespace tpn::server {

namespace {

constexpr char Realm[] = "Bearer realm=\"tekpounou\"";

QByteArray challenge(const char *error, const char *description) {
    return QByteArray(Realm) + ", error=\"" + error + "\", error_description=\"" + description + '"';
}

} // namespace

AuthError::AuthError(int status, QString code, QString message, Headers headers)
    : ApiError(status, std::move(code), std::move(message))
    , m_headers(std::move(headers)) {}

AuthError AuthError::missingToken() {
    // RFC 6750 §3.1: a request without credentials gets the challenge without an error code.
    return AuthError(401, QStringLiteral("invalid_token"),
                     QStringLiteral("This endpoint needs an access token (Authorization: Bearer <token>)."),
                     {{"WWW-Authenticate", Realm}});
}

AuthError AuthError::invalidToken() {
    return AuthError(401, QStringLiteral("invalid_token"), QStringLiteral("The access token is not valid."),
                     {{"WWW-Authenticate", challenge("invalid_token", "The access token is not valid")}});
}

AuthError AuthError::tokenExpired() {
    return AuthError(401, QStringLiteral("token_expired"),
                     QStringLiteral("The access token has expired; refresh it."),
                     {{"WWW-Authenticate", challenge("invalid_token", "The access token expired")}});
}

AuthError AuthError::rateLimited(qint64 retryAfterSeconds, const QString &what) {
    return AuthError(429, QStringLiteral("rate_limited"),
                     QStringLiteral("Too many %1; try again in %2 seconds.").arg(what).arg(retryAfterSeconds),
                     {{"Retry-After", QByteArray::number(retryAfterSeconds)}});
}

ApiError invalidCredentials() {
    return ApiError(401, QStringLiteral("invalid_credentials"),
                    QStringLiteral("The email or the password is wrong."));
}

ApiError invalidRefreshToken() {
    return ApiError(401, QStringLiteral("invalid_refresh_token"),
                    QStringLiteral("The refresh token is not valid or has expired; log in again."));
}

ApiError refreshReused() {
    return ApiError(
        401, QStringLiteral("refresh_reused"),
        QStringLiteral("The refresh token was already used; its session is revoked. Log in again."));
}

ApiError emailTaken() {
    return ApiError(409, QStringLiteral("email_taken"), QStringLiteral("An account with this email exists."));
}

ApiError invalidResetCode() {
    return ApiError(401, QStringLiteral("invalid_reset_code"),
                    QStringLiteral("The email or the reset code is wrong."));
}

ApiError resetCodeExpired() {
    return ApiError(401, QStringLiteral("reset_code_expired"),
                    QStringLiteral("This reset code was already used or has expired; ask for a new one."));
}

ApiError demoAccount(const QString &refused) {
    return ApiError(403, QStringLiteral("demo_account"),
                    QStringLiteral("The demo account is shared: %1.").arg(refused));
}

} // namespace tpn::server
