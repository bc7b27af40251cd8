#pragma once

#include "localstore.h"

#include <QObject>
#include <QPointer>

#include "learnersync.h"

// Brings what a guest did on this device (tasks, journal, progress) into the account that signs in,
// when the learner says so. Each record goes through the account's normal outbox, marked as adopted
// in the same transaction, and only then leaves the guest's file: a kill at any point loses nothing,
// and doing it again doubles nothing (not even the time spent on a lesson). Records the account
// already has are merged by the sync rules (docs/sync.md); everything else is simply added.
// Exposed to QML as `GuestData`.
class GuestAdoption : public QObject {
    Q_OBJECT
    // Whether to offer it: somebody is signed in and the guest's data is not empty.
    Q_PROPERTY(bool offered READ offered NOTIFY changed)
    Q_PROPERTY(int taskCount READ taskCount NOTIFY changed)
    Q_PROPERTY(int journalCount READ journalCount NOTIFY changed)
    Q_PROPERTY(int lessonCount READ lessonCount NOTIFY changed)
    // "3 tasks, 1 journal entry and 2 lessons' progress", in the learner's language.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    static constexpr int kRecordsPerStep = 25; // between two turns of the event loop: the UI keeps drawing

    explicit GuestAdoption(QObject *parent = nullptr);

    // The guest's data (`journal` when the guest's journal lives apart, in memory) and the account's;
    // null account while nobody is signed in.
    void setSources(LearnerSync *guest, LearnerSync *guestJournal, LearnerSync *account);

    bool offered() const;
    int taskCount() const { return m_counts[0]; }
    int journalCount() const { return m_counts[1]; }
    int lessonCount() const { return m_counts[2]; }
    QString summary() const;
    bool running() const { return m_running; }
    double progress() const { return m_total > 0 ? double(m_done) / m_total : 0; }
    QString error() const { return m_error; }

    // Starts bringing everything in; `finished` tells the end.
    Q_INVOKABLE void adopt();
    // Not now: asked again at the next sign-in.
    Q_INVOKABLE void decline();

    // Re-reads the guest's counts (the summary follows the UI language too).
    Q_INVOKABLE void refresh();

signals:
    void changed();
    void finished(bool ok);

private:
    struct Item {
        Entity entity;
        LocalRecord record;
    };
    LearnerSync *guestSyncFor(Entity entity) const;
    void step();
    void finish(const QString &error);

    QPointer<LearnerSync> m_guest;
    QPointer<LearnerSync> m_guestJournal;
    QPointer<LearnerSync> m_account;
    int m_counts[3] = {0, 0, 0};
    bool m_declined = false;
    bool m_running = false;
    QList<Item> m_queue;
    int m_total = 0;
    int m_done = 0;
    QString m_error;
};
