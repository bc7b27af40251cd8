#pragma once

#include "apiclient.h"
#include "sentlog.h"
#include "spool.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <chrono>
#include <functional>

namespace tpn::telemetry {

// Delivers the spool, oldest first, one upload at a time: "crash" and "error" to
// POST /mobile-api/crash-reports, "timings" to POST /mobile-api/telemetry, as JSON and without a token.
// A report's file is deleted only once the server has it (201, or 200 for a duplicate); a 4xx other than
// 404, 408 and 429 means the server will never take it, so it is removed and counted as dropped. A 404
// (a server without the endpoint yet), 408, 429, 5xx or a network error keeps it and backs off: 30 s
// doubling up to 1 h, plus up to half again of random jitter, and never less than Retry-After.
class ReportUploader : public QObject {
    Q_OBJECT
public:
    struct Backoff {
        std::chrono::milliseconds base{std::chrono::seconds(30)};
        std::chrono::milliseconds cap{std::chrono::hours(1)};
    };

    ReportUploader(ApiClient &api, Spool &spool, SentLog &log, QObject *parent = nullptr);

    // Consent and the metered rule, decided by the caller; asked before every upload. Unset: nothing goes.
    void setAllowed(std::function<bool()> allowedNow);
    // Try now (on start, network back, after add). A running backoff is kept: reports added while the
    // server is failing must not hammer it. The network coming back (Reachability) ends a backoff that
    // was caused by the network, not one the server asked for.
    void kick();

    void setBackoff(Backoff backoff) { m_backoff = backoff; }
    void setRandomSeed(quint32 seed) { m_random.seed(seed); } // for tests: repeatable jitter
    qint64 msUntilRetry() const { return m_retry.isActive() ? m_retry.remainingTime() : -1; }
    bool isBusy() const { return m_busy; }
    static QString pathFor(const QString &kind);

signals:
    void delivered(const QString &id, const QString &kind, qint64 bytes);
    // Nothing more is being sent for now: the spool is empty, sending is not allowed, or a retry waits.
    void idle();

private:
    void next();
    void upload(const SpoolEntry &entry, QJsonObject body);
    void answered(const SpoolEntry &entry, qint64 droppedSent, qint64 bytes, const ApiResult &result);
    void backOff(const ApiError &error);
    void stop();
    void networkBack();

    ApiClient &m_api;
    Spool &m_spool;
    SentLog &m_log;
    std::function<bool()> m_allowed;
    Backoff m_backoff;
    QTimer m_retry;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    int m_failures = 0;
    bool m_busy = false;
    bool m_serverAsked = false; // the running backoff answers the server (429/5xx), not the network
    QString m_unreadable;       // the last report that could not be read
};

} // namespace tpn::telemetry
