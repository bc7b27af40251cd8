#pragma once

#include "apierror.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <chrono>

// When to sync. At start-up; when the network comes back; shortly after local edits (debounced,
// so a burst of edits makes one sync); every few minutes while all is well. After a failure it
// waits an exponential, capped backoff with full jitter, and never less than the server's
// Retry-After. It asks for a sync with syncRequested() and must be told how each one ended.
class SyncScheduler : public QObject {
    Q_OBJECT
public:
    struct Timing {
        std::chrono::milliseconds debounce{2000};
        std::chrono::milliseconds period{std::chrono::minutes(5)};
        std::chrono::milliseconds backoffBase{2000};
        std::chrono::milliseconds backoffCap{std::chrono::minutes(5)};
    };

    explicit SyncScheduler(Timing timing, QObject *parent = nullptr);
    explicit SyncScheduler(QObject *parent = nullptr)
        : SyncScheduler(Timing{}, parent) {}

    void start();                // sync now, then keep the rhythm
    void pause();                // no sync at all until start(): for tests that run each sync themselves
    void localEditMade();        // sync soon
    void connectivityRestored(); // sync now, forgetting the backoff
    void syncFinished(const ApiError &error);

    int consecutiveFailures() const { return m_failures; }
    // How long until the next sync is due, or -1 when none is scheduled (one is running).
    qint64 msUntilNextSync() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    // For tests: a seeded generator makes the jitter repeatable.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

signals:
    void syncRequested();

private:
    void scheduleIn(std::chrono::milliseconds delay);
    void fire();

    Timing m_timing;
    QTimer m_timer;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    int m_failures = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_againAfterRun = false;
};
