#include "syncstatus.h"

#include "datetext.h"
#include "learnersync.h"
#include "reachability.h"

#include <QCoreApplication>
#include <QEvent>

SyncStatus::SyncStatus(Reachability &reachability, QObject *parent)
    : QObject(parent)
    , m_reachability(reachability) {
    connect(&m_reachability, &Reachability::onlineChanged, this, &SyncStatus::changed);
    m_ageTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, before the line reads differently.
    m_ageTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        emit changed();
        scheduleAging();
    });
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool SyncStatus::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        emit changed();
    return QObject::eventFilter(watched, event);
}

// The next moment lastSyncedText would read differently: the next whole minute under an hour, the
// next whole hour under a day, then the next local midnight is close enough (a date shows).
void SyncStatus::scheduleAging() {
    if (!m_lastSyncedAt.isValid()) {
        m_ageTimer.stop();
        return;
    }
    const qint64 ms = m_lastSyncedAt.msecsTo(QDateTime::currentDateTimeUtc());
    const qint64 step = ms < 3600 * 1000 ? 60 * 1000 : 3600 * 1000;
    const qint64 next = ms < 24 * 3600 * 1000 ? (ms / step + 1) * step - ms : 3600 * 1000;
    m_ageTimer.start(std::chrono::milliseconds(std::max<qint64>(next, 1000)));
}

void SyncStatus::setLearner(LearnerSync *learner) {
    if (m_learner)
        m_learner->disconnect(this);
    m_learner = learner;
    m_lastRunFailed = false;
    m_progress = 0;
    if (m_learner) {
        connect(m_learner, &LearnerSync::changed, this, &SyncStatus::refresh);
        connect(&m_learner->engine(), &SyncEngine::progress, this, [this](int pushed, int toPush, int) {
            m_progress = toPush > 0 ? double(pushed) / toPush : 1.0;
            refresh();
        });
        connect(&m_learner->engine(), &SyncEngine::finished, this, [this](const SyncEngine::Result &r) {
            m_lastRunFailed = r.error.isError() && !r.error.isConnectivity();
            m_progress = 0;
            refresh();
        });
    }
    refresh();
}

void SyncStatus::refresh() {
    if (m_learner) {
        m_pending = m_learner->store().pendingCount();
        m_rejected = static_cast<int>(m_learner->store().rejected().size());
        m_lastSyncedAt = m_learner->store().lastSyncedAt();
    } else {
        m_pending = m_rejected = 0;
        m_lastSyncedAt = {};
    }
    scheduleAging();
    emit changed();
}

QString SyncStatus::state() const {
    if (!m_learner)
        return QStringLiteral("signedOut");
    if (syncing())
        return QStringLiteral("syncing");
    if (!m_reachability.online())
        return QStringLiteral("offline");
    return m_lastRunFailed ? QStringLiteral("failing") : QStringLiteral("idle");
}

bool SyncStatus::syncing() const {
    return m_learner && m_learner->engine().running();
}

QString SyncStatus::lastSyncedText() const {
    if (!m_lastSyncedAt.isValid())
        return tr("Not synced yet");
    const qint64 seconds = m_lastSyncedAt.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return tr("Synced just now");
    if (seconds < 3600)
        return tr("Synced %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("Synced %n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("Synced on %1").arg(dateText(m_lastSyncedAt.toLocalTime().date()));
}

void SyncStatus::syncNow() {
    if (m_learner)
        m_learner->scheduler().connectivityRestored(); // now, and forget any backoff: the learner asked
}
