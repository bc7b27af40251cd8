#pragma once

#include "mutation.h"
#include "syncjson.h"

#include <QDateTime>
#include <QSqlQuery>
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
// the outbox alike: it is never in the file in the clear.
class LocalStore {
public:
    // `cipher` may be null (no data key yet): journal edits are then refused, never stored in the clear.
    enum class Outbox { Kept, None };
    LocalStore(SqliteDatabase &database, const DataCipher *cipher, Outbox outbox = Outbox::Kept);
    bool adopt(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error = nullptr);
    bool forget(Entity entity, const QString &recordId);
    int recordCount(Entity entity);

    bool edit(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error = nullptr);
    bool remove(Entity entity, const QString &recordId, QString *error = nullptr);

    std::optional<LocalRecord> record(Entity entity, const QString &recordId);
    QList<LocalRecord> records(Entity entity);

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
    static QString json(const QJsonObject &o);
    static QJsonObject object(const QVariant &v);
    static QString now();
    bool applyRemote(const RemoteRecord &remote);
    std::optional<LocalRecord> withUnconfirmedEdits(const RemoteRecord &base);
    bool writeServerCopy(const RemoteRecord &remote);
    std::optional<RemoteRecord> serverCopy(Entity entity, const QString &recordId);
    bool restore(Entity entity, const QString &recordId);
    bool markRejected(const QStringList &mutationIds, const QString &reason);
    bool rebasePending(Entity entity, const QString &recordId, int version);
    QString stateValue(const QString &key);
    bool setStateValue(const QString &key, const QString &value);
    bool queue(Entity entity, const QString &recordId, bool isDelete, const QJsonObject &fields,
               int baseVersion);
    bool writeRecord(const LocalRecord &record);
    QByteArray seal(Entity entity, const QString &recordId, QJsonObject *fields, const char *purpose) const;
    std::optional<QJsonObject> unseal(Entity entity, const QString &recordId, QJsonObject fields,
                                      const QByteArray &sealed, const char *purpose) const;
    Mutation mutationFromRow(QSqlQuery &q) const;
    bool fail(const QString &error);
    bool inTransaction(const std::function<bool()> &work);

    SqliteDatabase &m_database;
    const DataCipher *m_cipher;
    QString m_error;
};
