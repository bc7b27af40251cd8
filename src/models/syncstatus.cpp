#include "syncstatus.h"

#include "datetext.h"
#include "learnersync.h"
#include "reachability.h"

SyncStatus::SyncStatus(Reachability &reachability, QObject *parent)
    : QObject(parent)
    , m_reachability(reachability) {
    connect(&m_reachability, &Reachability::onlineChanged, this, &SyncStatus::changed);
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
