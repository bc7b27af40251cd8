#pragma once

#include "localstore.h"

#include <QObject>
#include <QPointer>
#include <optional>

#include "learnersync.h"

// The learner's own data — tasks, journal, progress and the edits waiting to reach the server — as
// the screens read and change it, whoever uses the app: the signed-in learner, or the guest on this
// device before any account. Exposed to QML as `Learner`; the list models bind to it as the catalog's
// models bind to `Catalog`. The sync status (`Sync`) only reports; it is not a source of data.
class LearnerRepository : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY learnerChanged)
    Q_PROPERTY(bool guest READ guest NOTIFY learnerChanged)
    // False while journal words cannot be kept on this device (a guest with no keychain to hold the
    // key that seals them): they live in memory until the app closes, never on disk in the clear.
    Q_PROPERTY(bool journalKept READ journalKept NOTIFY learnerChanged)

public:
    // Whose data is shown: `records` holds everything, except the journal when `journal` is given
    // (a guest's journal kept in memory only).
    struct Source {
        LearnerSync *records = nullptr;
        LearnerSync *journal = nullptr;
        bool guest = false;
    };

    explicit LearnerRepository(QObject *parent = nullptr);

    void setSource(const Source &source);
    bool available() const { return m_records != nullptr; }
    bool guest() const { return m_guest; }
    bool journalKept() const { return !m_journal; }
    bool syncs() const; // false for a guest: nothing is queued for a server

    QList<LocalRecord> records(Entity entity) const;
    std::optional<LocalRecord> record(Entity entity, const QString &recordId) const;
    // The learner's edit, shown at once and queued for the server (for a signed-in learner).
    bool edit(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error = nullptr);
    bool remove(Entity entity, const QString &recordId, QString *error = nullptr);

    QList<Mutation> outbox() const;
    bool retry(const QString &mutationId);
    bool discard(const QString &mutationId);

signals:
    void learnerChanged();
    // The records or the outbox changed, or another learner's data is shown: what lists reload on.
    // Not sent for a sync's progress steps.
    void dataChanged();
    // A sync moved edits along the outbox (waiting to sending): for the outbox page only.
    void outboxProgressed();
    // About to show another learner's data (sign-in, sign-out): the last moment to record anything
    // for the one still shown.
    void learnerChanging();

private:
    LearnerSync *syncFor(Entity entity) const;
    void watch(LearnerSync *sync);

    QPointer<LearnerSync> m_records;
    QPointer<LearnerSync> m_journal;
    bool m_guest = false;
};
