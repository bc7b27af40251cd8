#include "crashreportroutes.h"

#include "crashreport.h"
#include "crashstore.h"
#include "reportreceipt.h"
#include "symbolizer.h"

#include <QDateTime>

namespace tpn::server {

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000;

} // namespace

CrashReportRoutes::CrashReportRoutes(CrashStore &store, Symbolizer &symbolizer,
                                     const RateEventsFactory &events)
    : m_store(store)
    , m_symbolizer(symbolizer)
    , m_limiter(CrashReportsPerHour, HourMs, events(QStringLiteral("crash-reports"))) {}

void CrashReportRoutes::addTo(Router &router) {
    router.addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/mobile-api/crash-reports"),
                    [this](const ApiRequest &request) { return post(request); },
                    {.successStatus = 201, .personal = true, .maximumBodySize = MaximumCrashReportBytes});
}

ApiResult CrashReportRoutes::post(const ApiRequest &request) {
    const QByteArray contentType = request.http.value("Content-Type");
    CrashReport report = parseCrashReport(request.http.body(), contentType);
    admitDevice(m_limiter, report.source.device, QStringLiteral("reports from this device"));
    if (m_store.contains(report.id))
        return reportReceipt(report.id, true);
    m_store.insert(report, QDateTime::currentMSecsSinceEpoch());
    if (report.kind == u"crash")
        m_symbolizer.enqueue(report.id);
    return reportReceipt(report.id, false);
}

} // namespace tpn::server
