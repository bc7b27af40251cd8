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
    static AuthError rateLimited(qint64 retryAfterSeconds);

private:
    Headers m_headers;
};

// Plain ApiErrors of the account endpoints, so every place words them the same way.
ApiError invalidCredentials();
ApiError invalidRefreshToken();
ApiError refreshReused();
ApiError emailTaken();

} // namespace tpn::server
