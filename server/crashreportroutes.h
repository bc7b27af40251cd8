#pragma once

#include "ratelimit.h"
#include "router.h"

namespace tpn::server {

class CrashStore;
class Symbolizer;

// POST /mobile-api/crash-reports (docs/telemetry.md): a crash with its minidump, or a non-fatal error,
// from any device, signed in or not. No request header is read or kept; the Authorization header is
// ignored, so no token and no user id is ever stored with a report. A new crash is handed to the
// Symbolizer, which walks it in the background after the answer has gone.
class CrashReportRoutes {
public:
    // events: where the per-device limit counts (rateevents.h).
    CrashReportRoutes(CrashStore &store, Symbolizer &symbolizer,
                      const RateEventsFactory &events = inMemory());

    // The handler refers to this object, which must outlive the router.
    void addTo(Router &router);

private:
    ApiResult post(const ApiRequest &request);

    CrashStore &m_store;
    Symbolizer &m_symbolizer;
    RequestRateLimiter m_limiter;
};

} // namespace tpn::server
