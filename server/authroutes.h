#pragma once

#include "router.h"

namespace tpn::server {

class AuthService;

// POST /mobile-api/auth/register, /login, /refresh and /logout: the request bodies and the login answer.
class AuthRoutes {
public:
    explicit AuthRoutes(AuthService &auth);

    // The handlers refer to this object, which must outlive the router.
    void addTo(Router &router);

private:
    ApiResult registerUser(const ApiRequest &request);
    ApiResult login(const ApiRequest &request);
    ApiResult refresh(const ApiRequest &request);
    ApiResult logout(const ApiRequest &request);

    AuthService &m_auth;
};

} // namespace tpn::server
