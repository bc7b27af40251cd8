#include "telemetryroutes.h"

#include "reportreceipt.h"
#include "telemetrybatch.h"
#include "telemetrystore.h"

#include <QDateTime>

namespace tpn::server {

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000;

} // namespace

TelemetryRoutes::TelemetryRoutes(TelemetryStore &store, const RateEventsFactory &events)
    : m_store(store)
    , m_limiter(TelemetryBatchesPerHour, HourMs, events(QStringLiteral("telemetry"))) {}

void TelemetryRoutes::addTo(Router &router) {
    router.addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/mobile-api/telemetry"),
                    [this](const ApiRequest &request) { return post(request); },
                    {.successStatus = 201, .personal = true, .maximumBodySize = MaximumTelemetryBytes});
}

ApiResult TelemetryRoutes::post(const ApiRequest &request) {
    const TelemetryBatch batch = parseTelemetryBatch(request.http.body());
    admitDevice(m_limiter, batch.source.device, QStringLiteral("timing batches from this device"));
    if (m_store.contains(batch.id))
        return reportReceipt(batch.id, true);
    m_store.insert(batch, QDateTime::currentMSecsSinceEpoch());
    return reportReceipt(batch.id, false);
}

} // namespace tpn::server
