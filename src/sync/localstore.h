#pragma once

#include "journalsealer.h"
#include "mutation.h"
#include "preparedqueries.h"
#include "syncjson.h"
#include "userdatasql.h"

#include <QDateTime>
#include <functional>
#include <optional>

class DataCipher;
class SqliteDatabase;

struct LocalRecord {
    Entity entity = Entity::Task;
    QString recordId;
    int version = 0; // the server's version this device last saw; 0 if never synced
    bool deleted = false;
    QJsonObject fields;
    QDateTime updatedAt;
};

// The learner's records and their outbox in userdata.sqlite. A local edit shows at once and is
// queued in the same transaction, so no edit is ever visible without being queued or queued
// without being visible. Journal text is sealed with the learner's data key, in the record and in
// the outbox alike: it is never in the file in the clear. Its statements are prepared once and
// kept, so it must not outlive the database's connection.
class LocalStore {
public:
    // Kept: every edit is queued for the server. None: the guest's store, on this device only —
    // edits are written and nothing is queued; a removed record is simply gone.
    enum class Outbox { Kept, None };

    // `cipher` may be null (no data key yet): journal edits are then refused, never stored in the clear.
    LocalStore(SqliteDatabase &database, const DataCipher *cipher, Outbox outbox = Outbox::Kept);

    bool edit(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error = nullptr);
    bool remove(Entity entity, const QString &recordId, QString *error = nullptr);

    std::optional<LocalRecord> record(Entity entity, const QString &recordId);
    QList<LocalRecord> records(Entity entity);
    int recordCount(Entity entity); // records not deleted, as records() lists them

    // Bringing a guest's records into an account, so that a kill at any moment loses nothing and
    // doubles nothing: the account's store adopt()s each record (applied and queued as edit() does,
    // once: adopting it again changes nothing, so progress time is never counted twice), then the
    // guest's store forget()s it.
    bool adopt(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error = nullptr);
    bool forget(Entity entity, const QString &recordId); // the record and its outbox rows; queues nothing

    int pendingCount();
    // The next mutations to push, oldest first, marked as sending: from now on they never change,
    // and after a crash they are pushed again with the same mutation id.
    QList<Mutation> takeBatch(int maxCount, qint64 maxBytes);
    QList<Mutation> rejected();
    QList<Mutation> outbox(); // everything not yet confirmed, oldest first: pending, sending, rejected
    // A record always shows the server's last copy with this device's unconfirmed edits on top, so
    // a refused edit leaves the record (it waits in the outbox), discarding it changes nothing the
    // learner sees, and retrying it (folded into a newer unsent edit of its record, if any) shows it again.
    bool discard(const QString &mutationId);
    bool retry(const QString &mutationId);

    // Sync: the server's answers. Each call is one transaction.
    bool settle(const QList<PushResult> &results);
    bool reject(const QStringList &mutationIds, const QString &reason);
    bool applyPull(const PullPage &page);
    qint64 cursor();
    QString clientId(); // made once per learner's file, sent with every push
    QDateTime lastSyncedAt();
    bool setLastSyncedAt(const QDateTime &when);

    QString errorString() const { return m_error; }

private:
    PreparedQuery query(UserDataSql statement);
    bool run(UserDataSql statement, const QVariantList &values);
    bool applyEdit(Entity entity, const QString &recordId, const QJsonObject &fields);
    bool applyRemote(const RemoteRecord &remote);
    std::optional<LocalRecord> withUnconfirmedEdits(const RemoteRecord &base);
    bool writeServerCopy(const RemoteRecord &remote);
    std::optional<RemoteRecord> serverCopy(Entity entity, const QString &recordId);
    bool restore(Entity entity, const QString &recordId);
    bool markRejected(const QStringList &mutationIds, const QString &reason);
    QString stateValue(const QString &key);
    bool setStateValue(const QString &key, const QString &value);
    bool queue(Entity entity, const QString &recordId, bool isDelete, const QJsonObject &fields,
               int baseVersion);
    bool writeRecord(const LocalRecord &record);
    std::optional<QVariant> sealed(Entity entity, const QString &recordId, QJsonObject *fields,
                                   JournalSealer::Place place);
    QList<Mutation> mutations(UserDataSql statement, const QVariantList &values = {});
    Mutation mutationFromRow(const PreparedQuery &q, bool *opened = nullptr) const;
    bool fail(const QString &error);
    bool failed(QString *error);
    bool inTransaction(const std::function<bool()> &work);

    SqliteDatabase &m_database;
    JournalSealer m_sealer;
    Outbox m_outbox;
    PreparedQueries m_queries;
    QString m_error;
};
