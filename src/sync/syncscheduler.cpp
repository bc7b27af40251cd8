#include "syncscheduler.h"

using std::chrono::milliseconds;

SyncScheduler::SyncScheduler(Timing timing, QObject *parent)
    : QObject(parent)
    , m_timing(timing) {
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would break the server's Retry-After.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::fire);
}

void SyncScheduler::start() {
    m_paused = false;
    fire();
}

void SyncScheduler::pause() {
    m_paused = true;
    m_timer.stop();
}

void SyncScheduler::scheduleIn(milliseconds delay) {
    if (!m_paused)
        m_timer.start(delay);
}

void SyncScheduler::fire() {
    if (m_paused)
        return;
    if (m_running) {
        m_againAfterRun = true; // something new happened during the run: go again right after
        return;
    }
    m_timer.stop();
    m_running = true;
    emit syncRequested();
}

void SyncScheduler::localEditMade() {
    if (m_running) {
        m_againAfterRun = true;
        return;
    }
    // A backoff in progress is kept: a learner typing must not hammer a failing server.
    if (m_failures == 0 || !m_timer.isActive())
        scheduleIn(m_timing.debounce);
}

void SyncScheduler::connectivityRestored() {
    m_failures = 0;
    fire();
}

void SyncScheduler::syncFinished(const ApiError &error) {
    m_running = false;
    if (!error.isError() || error.kind == ApiError::Kind::Cancelled) {
        m_failures = 0;
        if (std::exchange(m_againAfterRun, false))
            scheduleIn(m_timing.debounce);
        else
            scheduleIn(m_timing.period);
        return;
    }
    m_againAfterRun = false;
    ++m_failures;
    // Full jitter: a random wait up to the exponential bound, so many devices coming back online
    // at once do not all retry in step.
    const qint64 bound = std::min<qint64>(m_timing.backoffCap.count(), m_timing.backoffBase.count()
                                                                           << std::min(m_failures - 1, 20));
    qint64 delay = static_cast<qint64>(m_random.bounded(static_cast<quint32>(bound) + 1));
    delay = std::max<qint64>(delay, qint64(error.retryAfterSeconds) * 1000);
    scheduleIn(milliseconds(delay));
}
