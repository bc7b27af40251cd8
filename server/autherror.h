#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace tpn::server {

// An ApiError whose response needs headers of its own: the Bearer challenge of a 401 on a protected
// endpoint, the Retry-After of a 429. ApiServer adds headers() to the error reply.
class AuthError : public ApiError {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    AuthError(int status, QString code, QString message, Headers headers);

    const Headers &headers() const { return m_headers; }

    // Errors of endpoints that need an access token (with WWW-Authenticate, RFC 6750).
    static AuthError missingToken();
    static AuthError invalidToken();
    static AuthError tokenExpired();
    // what: the failures that were too many, for the message ("failed logins", "wrong reset codes").
    static AuthError rateLimited(qint64 retryAfterSeconds,
                                 const QString &what = QStringLiteral("failed logins"));

private:
    Headers m_headers;
};

// Plain ApiErrors of the account endpoints, so every place words them the same way.
ApiError invalidCredentials();
ApiError invalidRefreshToken();
ApiError refreshReused();
ApiError emailTaken();
// Password resets: a wrong code (or an account without one, or an unknown email: the same answer), and
// the right code when it was already used or has expired.
ApiError invalidResetCode();
ApiError resetCodeExpired();
// 403: what the shared demo account cannot do (delete it, reset its password).
ApiError demoAccount(const QString &refused);

} // namespace tpn::server
