#pragma once

#include "ratelimit.h"
#include "router.h"

namespace tpn::server {

class TelemetryStore;

// POST /mobile-api/telemetry (docs/telemetry.md): one batch of timings of one app session, from any
// device, signed in or not; like crash reports, no header and no user id is kept.
class TelemetryRoutes {
public:
    // events: where the per-device limit counts (rateevents.h).
    explicit TelemetryRoutes(TelemetryStore &store, const RateEventsFactory &events = inMemory());

    // The handler refers to this object, which must outlive the router.
    void addTo(Router &router);

private:
    ApiResult post(const ApiRequest &request);

    TelemetryStore &m_store;
    RequestRateLimiter m_limiter;
};

} // namespace tpn::server
