#pragma once

#include "router.h"

namespace tpn::server {

class AuthService;
class SyncService;

// /mobile-api/sync/push and /mobile-api/sync/pull (docs/sync.md). Both need an access token and touch
// only its user's records. They are the routes fault injection (--fault-rate) may hit.
class SyncRoutes {
public:
    SyncRoutes(AuthService &auth, SyncService &sync);

    // The handlers refer to this object, which must outlive the router.
    void addTo(Router &router);

private:
    ApiResult push(const ApiRequest &request);
    ApiResult pull(const ApiRequest &request);

    AuthService &m_auth;
    SyncService &m_sync;
};

} // namespace tpn::server
