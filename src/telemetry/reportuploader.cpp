#include "reportuploader.h"

#include "telemetrylog.h"

#include <QJsonDocument>

namespace tpn::telemetry {

using std::chrono::milliseconds;

namespace {

// An upload's whole time, so it grows with the body: a 3 MiB minidump over a slow 2G link must not
// time out forever. 30 s plus 8 KiB a second.
milliseconds timeoutFor(qint64 bytes) {
    return milliseconds(30000 + bytes * 1000 / (8 * 1024));
}

bool refusedForGood(int status) {
    return status >= 400 && status < 500 && status != 404 && status != 408 && status != 429;
}

} // namespace

ReportUploader::ReportUploader(ApiClient &api, Spool &spool, SentLog &log, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_spool(spool)
    , m_log(log) {
    m_retry.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which would break the server's Retry-After.
    m_retry.setTimerType(Qt::PreciseTimer);
    connect(&m_retry, &QTimer::timeout, this, &ReportUploader::next);
    connect(&api.reachability(), &Reachability::cameOnline, this, &ReportUploader::networkBack);
}

QString ReportUploader::pathFor(const QString &kind) {
    return kind == QLatin1StringView("timings") ? QStringLiteral("/mobile-api/telemetry")
                                                : QStringLiteral("/mobile-api/crash-reports");
}

void ReportUploader::setAllowed(std::function<bool()> allowedNow) {
    m_allowed = std::move(allowedNow);
}

void ReportUploader::kick() {
    if (m_busy || m_retry.isActive())
        return;
    next();
}

void ReportUploader::networkBack() {
    if (m_retry.isActive() && !m_serverAsked) {
        m_retry.stop();
        m_failures = 0;
    }
    kick();
}

void ReportUploader::stop() {
    m_busy = false;
    emit idle();
}

void ReportUploader::next() {
    if (!m_allowed || !m_allowed()) {
        stop();
        return;
    }
    const QList<SpoolEntry> entries = m_spool.pending();
    if (entries.isEmpty()) {
        stop();
        return;
    }
    m_busy = true;
    const SpoolEntry entry = entries.constFirst();
    // Read on the spool's worker: a crash report is megabytes of JSON.
    m_spool.readLater(entry, this, [this, entry](std::optional<QJsonObject> body) {
        if (body) {
            upload(entry, std::move(*body));
            return;
        }
        // The spool removed it and counted it. If it is still there, the disk refuses: wait, do not spin.
        if (std::exchange(m_unreadable, entry.id) == entry.id) {
            backOff({ApiError::Kind::Malformed, 0, QStringLiteral("unreadable"), {}});
            return;
        }
        next();
    });
}

void ReportUploader::upload(const SpoolEntry &entry, QJsonObject body) {
    // How many reports the caps dropped, as of now; acknowledged only once the server has this report.
    const qint64 dropped = m_spool.dropped();
    body.insert(QStringLiteral("dropped"), dropped);
    const qint64 bytes = QJsonDocument(body).toJson(QJsonDocument::Compact).size();
    ApiRequest request;
    request.method = "POST";
    request.path = pathFor(entry.kind);
    request.body = std::move(body);
    request.timeout = timeoutFor(bytes);
    m_api.send(request, this, [this, entry, dropped, bytes](const ApiResult &result) {
        answered(entry, dropped, bytes, result);
    });
}

void ReportUploader::answered(const SpoolEntry &entry, qint64 droppedSent, qint64 bytes,
                              const ApiResult &result) {
    const ApiError &error = result.error;
    if (result.ok()) {
        m_spool.remove(entry.id);
        if (droppedSent > 0)
            m_spool.acknowledgeDropped(droppedSent);
        m_log.append(entry.kind, bytes);
        m_failures = 0;
        emit delivered(entry.id, entry.kind, bytes);
        next();
        return;
    }
    if (refusedForGood(error.httpStatus)) {
        qCWarning(lcTelemetry) << "the server refused a report for good:" << entry.kind << error.httpStatus
                               << error.code << error.detail;
        m_spool.remove(entry.id);
        m_spool.countDropped(1);
        next();
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled) {
        stop();
        return;
    }
    qCInfo(lcTelemetry) << "report upload failed, will retry:" << error.httpStatus << error.code;
    backOff(error);
}

void ReportUploader::backOff(const ApiError &error) {
    ++m_failures;
    const qint64 base = m_backoff.base.count();
    const qint64 cap = m_backoff.cap.count();
    const qint64 bound = std::min<qint64>(cap, base << std::min(m_failures - 1, 20));
    // Jitter on top of the bound, so devices that failed together do not all come back in step.
    qint64 delay = std::min<qint64>(cap, bound + qint64(m_random.bounded(quint32(bound / 2) + 1)));
    delay = std::max<qint64>(delay, qint64(error.retryAfterSeconds) * 1000);
    m_serverAsked = error.httpStatus != 0;
    m_retry.start(milliseconds(delay));
    stop();
}

} // namespace tpn::telemetry
