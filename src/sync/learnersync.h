#pragma once

#include "localstore.h"
#include "sqlitedatabase.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QObject>
#include <memory>

class AuthService;
class DataCipher;

// The sync machinery of one signed-in learner: their userdata.sqlite (synchronous=FULL), the
// store over it, the engine and the scheduler that drives it. It lives from sign-in to sign-out.
class LearnerSync : public QObject {
    Q_OBJECT
public:
    LearnerSync(const QString &directory, AuthService &auth, const DataCipher *cipher,
                SyncScheduler::Timing timing = {}, QObject *parent = nullptr);
    ~LearnerSync() override;

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

signals:
    void changed(); // local data or the outbox changed

private:
    bool recover(const QString &damagedPath);

    QString m_directory;
    AuthService &m_auth;
    const DataCipher *m_cipher;
    SqliteDatabase m_database;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    SyncScheduler m_scheduler;
    QString m_error;
    int m_recoveredRows = 0;
};
