#pragma once

#include "router.h"

namespace tpn::server {

class AuthService;
class PasswordResets;

// POST /mobile-api/auth/register, /login, /refresh, /logout and /reset-password: the request bodies and
// the login answer.
class AuthRoutes {
public:
    AuthRoutes(AuthService &auth, PasswordResets &resets);

    // The handlers refer to this object, which must outlive the router.
    void addTo(Router &router);

private:
    QFuture<ApiResult> registerUser(const ApiRequest &request);
    QFuture<ApiResult> login(const ApiRequest &request);
    ApiResult refresh(const ApiRequest &request);
    ApiResult logout(const ApiRequest &request);
    ApiResult resetPassword(const ApiRequest &request);

    AuthService &m_auth;
    PasswordResets &m_resets;
};

} // namespace tpn::server
