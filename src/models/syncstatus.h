#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "learnersync.h"
class Reachability;

// What the learner sees of sync, and nothing else: whether it is running and how far, how many edits
// wait, how many the server refused, and when everything last reached the server. Exposed to QML as
// `Sync`; the composition hands it the signed-in learner's LearnerSync (none for a guest). Whether
// the server can be reached comes from the app's one Reachability. The learner's data itself is
// read through `Learner` (LearnerRepository).
class SyncStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY changed)
    Q_PROPERTY(QString lastSyncedText READ lastSyncedText NOTIFY changed)

public:
    explicit SyncStatus(Reachability &reachability, QObject *parent = nullptr);

    void setLearner(LearnerSync *learner);

    bool available() const { return m_learner != nullptr; }
    // "signedOut", "idle", "syncing", "offline" (the server cannot be reached), "failing" (it answers with
    // errors)
    QString state() const;
    bool syncing() const;
    double progress() const { return m_progress; }
    int pendingCount() const { return m_pending; }
    int rejectedCount() const { return m_rejected; }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    // "Synced just now", "Synced 5 minutes ago"… in the UI language, without relying on QLocale
    // (Qt 6.4 has no Kreyòl locale): relative phrases from the translations, dates as dd/MM/yyyy.
    QString lastSyncedText() const;

    Q_INVOKABLE void syncNow();

protected:
    // The UI language changed: lastSyncedText is worded anew (Qt's retranslation only re-reads
    // bindings that call qsTr, not text made here).
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void changed();

private:
    void refresh();
    void scheduleAging(); // "just now" becomes "1 minute ago" when it stops being true

    Reachability &m_reachability;
    QPointer<LearnerSync> m_learner;
    double m_progress = 0;
    int m_pending = 0;
    int m_rejected = 0;
    QDateTime m_lastSyncedAt;
    QTimer m_ageTimer;
    bool m_lastRunFailed = false; // the server answered the last run with an error
};
