#include "metrics.h"

#include "sqlstatement.h"

#include <QFile>

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <unistd.h>

namespace tpn::server {

namespace {

// From 1 ms to 10 s: most answers take a few milliseconds; logins wait for Argon2 (tens of ms), and a
// saturated server shows in the upper buckets.
const prometheus::Histogram::BucketBoundaries &durationBuckets() {
    static const prometheus::Histogram::BucketBoundaries buckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                                 0.25,  0.5,    1,     2.5,  5,     10};
    return buckets;
}

// The second field of /proc/self/statm is the resident set in pages; 0 when it cannot be read.
double residentMemoryBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readLine().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) : 0;
}

} // namespace

Metrics::Metrics(std::function<qint64()> activeSessions)
    : m_registry(std::make_shared<prometheus::Registry>())
    , m_requests(prometheus::BuildCounter()
                     .Name("tpn_http_requests_total")
                     .Help("Answered HTTP requests by method, route pattern and status.")
                     .Register(*m_registry))
    , m_durations(prometheus::BuildHistogram()
                      .Name("tpn_http_request_duration_seconds")
                      .Help("Time from a request's arrival to its answer, by route pattern.")
                      .Register(*m_registry))
    , m_syncMutations(prometheus::BuildCounter()
                          .Name("tpn_sync_mutations_total")
                          .Help("Pushed sync mutations by result: applied, duplicate, conflict, rejected.")
                          .Register(*m_registry))
    , m_databaseErrors(prometheus::BuildCounter()
                           .Name("tpn_database_errors_total")
                           .Help("SQL statements and transactions that failed.")
                           .Register(*m_registry)
                           .Add({}))
    , m_activeSessions(
          prometheus::BuildGauge()
              .Name("tpn_active_sessions")
              .Help("Signed-in sessions: token families with an unused, unexpired refresh token.")
              .Register(*m_registry)
              .Add({}))
    , m_residentMemory(prometheus::BuildGauge()
                           .Name("process_resident_memory_bytes")
                           .Help("Resident memory size in bytes.")
                           .Register(*m_registry)
                           .Add({}))
    , m_countSessions(std::move(activeSessions)) {
    // Every result from the start, so that a rate over a fresh server is 0 rather than absent.
    for (const char *result : {"applied", "duplicate", "conflict", "rejected"})
        m_syncSeries.insert(QString::fromLatin1(result), &m_syncMutations.Add({{"result", result}}));
}

Metrics::~Metrics() = default;

void Metrics::recordRequest(const AnsweredRequest &request) {
    const QString key =
        QString::fromLatin1(request.method) + u' ' + request.route + u' ' + QString::number(request.status);
    prometheus::Counter *&count = m_requestSeries[key];
    if (!count) {
        count = &m_requests.Add({{"method", request.method.toStdString()},
                                 {"route", request.route.toStdString()},
                                 {"status", std::to_string(request.status)}});
    }
    count->Increment();
    prometheus::Histogram *&duration = m_durationSeries[request.route];
    if (!duration)
        duration = &m_durations.Add({{"route", request.route.toStdString()}}, durationBuckets());
    duration->Observe(double(request.elapsedMicroseconds) / 1e6);
}

void Metrics::recordSyncResult(const QString &status) {
    prometheus::Counter *&count = m_syncSeries[status];
    if (!count)
        count = &m_syncMutations.Add({{"result", status.toStdString()}});
    count->Increment();
}

QByteArray Metrics::scrape() {
    // A counter only grows; the statements' count does too, so the difference is never negative.
    m_databaseErrors.Increment(double(failedSqlCount()) - m_databaseErrors.Value());
    try {
        m_activeSessions.Set(double(m_countSessions()));
    } catch (const std::exception &) {
        // Counted as a database error above by the next scrape; the rest is what a failing database's
        // operator most needs to see, so it is answered anyway, with the last count of sessions.
    }
    m_residentMemory.Set(residentMemoryBytes());
    return QByteArray::fromStdString(prometheus::TextSerializer().Serialize(m_registry->Collect()));
}

} // namespace tpn::server
