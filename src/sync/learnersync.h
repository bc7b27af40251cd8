#pragma once

#include "localstore.h"
#include "sqlitedatabase.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QObject>
#include <memory>

class AuthService;
class DataCipher;

// One learner's data on this device: their userdata.sqlite (synchronous=FULL) and the store over
// it. A signed-in learner's also syncs: it has the engine and the scheduler that drives it, and
// lives from sign-in to sign-out. A guest's (nobody signed in) never leaves the device: it queues
// nothing and never syncs, until the guest's records are adopted into an account.
class LearnerSync : public QObject {
    Q_OBJECT
public:
    LearnerSync(const QString &directory, AuthService &auth, const DataCipher *cipher,
                SyncScheduler::Timing timing = {}, QObject *parent = nullptr);
    // A guest's data in the SQLite file at `databasePath` (":memory:" for data that must not outlive
    // the process, such as journal words with no keychain to keep their key).
    static std::unique_ptr<LearnerSync> forGuest(const QString &databasePath, AuthService &auth,
                                                 const DataCipher *cipher);
    ~LearnerSync() override;

    bool syncs() const { return m_outbox == LocalStore::Outbox::Kept; }

    // Opens the file. A damaged one is moved aside and what can still be read from it (records and
    // queued edits) is copied into a fresh file: damaged never means deleted.
    bool open();
    QString errorString() const { return m_error; }
    int recoveredRows() const { return m_recoveredRows; }

    LocalStore &store() { return *m_store; }
    SyncEngine &engine() { return *m_engine; }
    SyncScheduler &scheduler() { return m_scheduler; }

    // Records a learner's edit and asks for a sync soon.
    bool edit(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error = nullptr);
    bool remove(Entity entity, const QString &recordId, QString *error = nullptr);
    // A refused edit, sent again (soon) or given up (the record shows the server's copy again).
    bool retry(const QString &mutationId);
    bool discard(const QString &mutationId);
    // After changes made directly on store() (a guest's records adopted): tells readers, and asks
    // for a sync soon when `edited` queued something.
    void notifyChanged(bool edited);

signals:
    void changed(); // local data or the outbox changed

private:
    LearnerSync(const QString &databasePath, LocalStore::Outbox outbox, AuthService &auth,
                const DataCipher *cipher, SyncScheduler::Timing timing, QObject *parent);
    bool recover(const QString &damagedPath);

    LocalStore::Outbox m_outbox;
    AuthService &m_auth;
    const DataCipher *m_cipher;
    SqliteDatabase m_database;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    SyncScheduler m_scheduler;
    QString m_error;
    int m_recoveredRows = 0;
};
