#pragma once

#include "router.h"

#include <functional>

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
    // Told the status of every mutation result a push answers (applied, duplicate, conflict, rejected),
    // for /metrics.
    void setResultObserver(std::function<void(const QString &status)> observer) {
        m_resultObserver = std::move(observer);
    }

private:
    ApiResult push(const ApiRequest &request);
    ApiResult pull(const ApiRequest &request);

    AuthService &m_auth;
    SyncService &m_sync;
    std::function<void(const QString &status)> m_resultObserver;
};

} // namespace tpn::server
