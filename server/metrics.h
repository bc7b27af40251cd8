#pragma once

#include "apiserver.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace prometheus {
class Counter;
class Gauge;
class Histogram;
class Registry;
template <typename T> class Family;
} // namespace prometheus

namespace tpn::server {

// What /metrics shows (docs/deployment.md, "Monitoring"), in the Prometheus text format. Request
// counts and durations are recorded as requests are answered; the rest is read when Prometheus scrapes:
// the failed SQL statements, the signed-in sessions, the process's resident memory.
class Metrics {
public:
    // activeSessions: how many sessions are signed in now; called once per scrape.
    explicit Metrics(std::function<qint64()> activeSessions);
    ~Metrics();
    Metrics(const Metrics &) = delete;
    Metrics &operator=(const Metrics &) = delete;

    // ApiServer's observer (apiserver.h): counted per method, route pattern and status.
    void recordRequest(const AnsweredRequest &request);
    // One push result's status: applied, duplicate, conflict or rejected (docs/sync.md, Push).
    void recordSyncResult(const QString &status);

    // Every family, text format 0.0.4.
    QByteArray scrape();

private:
    std::shared_ptr<prometheus::Registry> m_registry;
    prometheus::Family<prometheus::Counter> &m_requests;
    prometheus::Family<prometheus::Histogram> &m_durations;
    prometheus::Family<prometheus::Counter> &m_syncMutations;
    prometheus::Counter &m_databaseErrors;
    prometheus::Gauge &m_activeSessions;
    prometheus::Gauge &m_residentMemory;
    std::function<qint64()> m_countSessions;
    // The series already made, so that a request costs a hash lookup rather than a new series' buckets.
    QHash<QString, prometheus::Counter *> m_requestSeries;
    QHash<QString, prometheus::Histogram *> m_durationSeries;
    QHash<QString, prometheus::Counter *> m_syncSeries;
};

} // namespace tpn::server
