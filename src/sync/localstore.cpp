#include "localstore.h"

#include "sqlitedatabase.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QUuid>

namespace {
QString json(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString isoTime(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTime(const QVariant &v) {
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString opName(bool isDelete) {
    return isDelete ? QStringLiteral("delete") : QStringLiteral("upsert");
}

QVariant blob(const QByteArray &bytes) {
    return bytes.isEmpty() ? QVariant() : QVariant(bytes);
}

const QString kNoKey = QStringLiteral("no data key: journal text cannot be stored safely");
const QString kCannotOpen = QStringLiteral("a queued journal edit cannot be opened with this learner's key");
} // namespace

LocalStore::LocalStore(SqliteDatabase &database, const DataCipher *cipher, Outbox outbox)
    : m_database(database)
    , m_sealer(cipher)
    , m_outbox(outbox)
    , m_queries(database) {}

PreparedQuery LocalStore::query(UserDataSql statement) {
    return m_queries.get(int(statement), userDataSql(statement));
}

bool LocalStore::run(UserDataSql statement, const QVariantList &values) {
    PreparedQuery q = query(statement);
    return q.exec(values) || fail(q.errorText());
}

bool LocalStore::fail(const QString &error) {
    m_error = error;
    qCWarning(lcStore) << "user data:" << error; // SQL and key errors only: never a learner's words
    return false;
}

bool LocalStore::failed(QString *error) {
    if (error)
        *error = m_error;
    return false;
}

bool LocalStore::inTransaction(const std::function<bool()> &work) {
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    if (work() && db.commit())
        return true;
    db.rollback();
    return false;
}

// The sealed words of `fields` as a value to bind (NULL when there are none); nullopt if they
// cannot be sealed, which fails the write rather than store them in the clear.
std::optional<QVariant> LocalStore::sealed(Entity entity, const QString &recordId, QJsonObject *fields,
                                           JournalSealer::Place place) {
    const auto words = m_sealer.seal(entity, recordId, fields, place);
    if (!words) {
        fail(kNoKey);
        return std::nullopt;
    }
    return blob(*words);
}

std::optional<LocalRecord> LocalStore::record(Entity entity, const QString &recordId) {
    PreparedQuery q = query(UserDataSql::SelectRecord);
    if (!q.exec({entityName(entity), recordId}) || !q.next())
        return std::nullopt;
    const auto fields = m_sealer.open(entity, recordId, object(q.value(2)), q.value(3).toByteArray(),
                                      JournalSealer::Place::Record);
    if (!fields)
        return std::nullopt; // no key, or tampered: never show garbage
    return LocalRecord{
        entity, recordId, q.value(0).toInt(), q.value(1).toBool(), *fields, fromIsoTime(q.value(4))};
}

QList<LocalRecord> LocalStore::records(Entity entity) {
    PreparedQuery q = query(UserDataSql::SelectLiveRecords);
    QList<LocalRecord> result;
    if (!q.exec({entityName(entity)}))
        return result;
    while (q.next()) {
        const QString recordId = q.value(0).toString();
        const auto fields = m_sealer.open(entity, recordId, object(q.value(2)), q.value(3).toByteArray(),
                                          JournalSealer::Place::Record);
        if (!fields)
            continue; // no key, or tampered: never show garbage
        result.append({entity, recordId, q.value(1).toInt(), false, *fields, fromIsoTime(q.value(4))});
    }
    return result;
}

int LocalStore::recordCount(Entity entity) {
    PreparedQuery q = query(UserDataSql::CountLiveRecords);
    return q.exec({entityName(entity)}) && q.next() ? q.value(0).toInt() : 0;
}

bool LocalStore::writeRecord(const LocalRecord &r) {
    QJsonObject fields = r.fields;
    const auto words = sealed(r.entity, r.recordId, &fields, JournalSealer::Place::Record);
    // When it last changed (the server's time, or this device's for its own edits), not when it was
    // written here: a pull must not make every record look just edited.
    const QDateTime changed = r.updatedAt.isValid() ? r.updatedAt : QDateTime::currentDateTimeUtc();
    return words && run(UserDataSql::UpsertRecord, {entityName(r.entity), r.recordId, r.version, r.deleted,
                                                    json(fields), *words, isoTime(changed)});
}

// The record with `fields` laid on top, and (with an outbox) the edit queued. Runs inside the
// caller's transaction.
bool LocalStore::applyEdit(Entity entity, const QString &recordId, const QJsonObject &fields) {
    LocalRecord current = record(entity, recordId).value_or(LocalRecord{entity, recordId, 0, false, {}, {}});
    current.fields = collapseFields(entity, current.fields, fields);
    current.deleted = false; // an edit after a delete brings the record back
    current.updatedAt = QDateTime::currentDateTimeUtc();
    return writeRecord(current) &&
           (m_outbox == Outbox::None || queue(entity, recordId, false, fields, current.version));
}

bool LocalStore::edit(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error) {
    if (entity == Entity::Journal && !m_sealer.hasKey())
        return fail(kNoKey) || failed(error);
    return inTransaction([&] { return applyEdit(entity, recordId, fields); }) || failed(error);
}

bool LocalStore::remove(Entity entity, const QString &recordId, QString *error) {
    const bool ok = inTransaction([&] {
        if (m_outbox == Outbox::None) // no server to tell: nothing to keep a tombstone for
            return run(UserDataSql::DeleteRecord, {entityName(entity), recordId});
        LocalRecord current =
            record(entity, recordId).value_or(LocalRecord{entity, recordId, 0, false, {}, {}});
        current.deleted = true;
        current.updatedAt = QDateTime::currentDateTimeUtc();
        return writeRecord(current) && queue(entity, recordId, true, {}, current.version);
    });
    return ok || failed(error);
}

bool LocalStore::adopt(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error) {
    if (entity == Entity::Journal && !m_sealer.hasKey())
        return fail(kNoKey) || failed(error);
    const bool ok = inTransaction([&] {
        bool adopted = false;
        {
            PreparedQuery q = query(UserDataSql::SelectAdopted);
            if (!q.exec({entityName(entity), recordId}))
                return fail(q.errorText());
            adopted = q.next();
        }
        return adopted || (applyEdit(entity, recordId, fields) &&
                           run(UserDataSql::InsertAdopted,
                               {entityName(entity), recordId, isoTime(QDateTime::currentDateTimeUtc())}));
    });
    return ok || failed(error);
}

bool LocalStore::forget(Entity entity, const QString &recordId) {
    return inTransaction([&] {
        return run(UserDataSql::DeleteMutationsOfRecord, {entityName(entity), recordId}) &&
               run(UserDataSql::DeleteRecord, {entityName(entity), recordId});
    });
}

bool LocalStore::queue(Entity entity, const QString &recordId, bool isDelete, const QJsonObject &fields,
                       int baseVersion) {
    QJsonObject merged = fields;
    QString mutationId;
    {
        PreparedQuery find = query(UserDataSql::SelectPendingOfRecord);
        if (!find.exec({entityName(entity), recordId}))
            return fail(find.errorText());
        if (find.next()) {
            // An unsent edit of this record is waiting: fold this one into it, so several offline
            // edits make one mutation and no field is lost.
            mutationId = find.value(0).toString();
            const bool wasDelete = find.value(1).toString() == QLatin1String("delete");
            const auto earlier = m_sealer.open(entity, recordId, object(find.value(2)),
                                               find.value(3).toByteArray(), JournalSealer::Place::Outbox);
            if (!earlier)
                return fail(kCannotOpen);
            if (!isDelete && !wasDelete)
                merged = collapseFields(entity, *earlier, fields);
        }
    }
    QJsonObject stored = isDelete ? QJsonObject() : merged;
    const auto words = sealed(entity, recordId, &stored, JournalSealer::Place::Outbox);
    if (!words)
        return false;
    if (!mutationId.isEmpty())
        return run(UserDataSql::UpdatePending, {opName(isDelete), json(stored), *words, mutationId});
    return run(UserDataSql::InsertMutation, {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                             entityName(entity), recordId, opName(isDelete), baseVersion,
                                             json(stored), *words, isoTime(QDateTime::currentDateTimeUtc())});
}

// A row of one of the statements that read UserDataSql's mutation columns. Fields that cannot be
// opened (another learner's key) read as empty; `opened` says so.
Mutation LocalStore::mutationFromRow(const PreparedQuery &q, bool *opened) const {
    Mutation m;
    m.mutationId = q.value(0).toString();
    m.entity = entityFromName(q.value(1).toString()).value_or(Entity::Task);
    m.recordId = q.value(2).toString();
    m.isDelete = q.value(3).toString() == QLatin1String("delete");
    m.baseVersion = q.value(4).toInt();
    const auto fields = m_sealer.open(m.entity, m.recordId, object(q.value(5)), q.value(6).toByteArray(),
                                      JournalSealer::Place::Outbox);
    m.fields = fields.value_or(QJsonObject());
    if (opened)
        *opened = fields.has_value();
    m.state = q.value(7).toString();
    m.reason = q.value(8).toString();
    return m;
}

QList<Mutation> LocalStore::mutations(UserDataSql statement, const QVariantList &values) {
    QList<Mutation> result;
    PreparedQuery q = query(statement);
    if (q.exec(values)) {
        while (q.next())
            result.append(mutationFromRow(q));
    }
    return result;
}

int LocalStore::pendingCount() {
    PreparedQuery q = query(UserDataSql::CountUnconfirmed);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<Mutation> LocalStore::takeBatch(int maxCount, qint64 maxBytes) {
    QList<Mutation> batch;
    const bool ok = inTransaction([&] {
        {
            PreparedQuery q = query(UserDataSql::SelectUnconfirmed);
            if (!q.exec())
                return fail(q.errorText());
            qint64 bytes = 0;
            // One mutation per record per push: a later edit waits for the earlier one's result,
            // which gives it the new base version (otherwise the server would see our own edit as
            // a conflict).
            QSet<QString> records;
            while (batch.size() < maxCount && q.next()) {
                const QString key = q.value(1).toString() + u'/' + q.value(2).toString();
                if (records.contains(key))
                    continue;
                records.insert(key);
                Mutation m = mutationFromRow(q);
                const qint64 size = QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact).size();
                if (!batch.isEmpty() && bytes + size > maxBytes)
                    break;
                bytes += size;
                batch.append(std::move(m));
            }
        } // the read is finished before the rows it read are written
        for (const Mutation &m : std::as_const(batch)) {
            if (!run(UserDataSql::MarkSending, {m.mutationId}))
                return false;
        }
        return true;
    });
    return ok ? batch : QList<Mutation>();
}

QList<Mutation> LocalStore::rejected() {
    return mutations(UserDataSql::SelectRejected);
}

QList<Mutation> LocalStore::outbox() {
    return mutations(UserDataSql::SelectOutbox);
}

bool LocalStore::discard(const QString &mutationId) {
    return inTransaction([&] {
        const QList<Mutation> found = mutations(UserDataSql::SelectRejectedMutation, {mutationId});
        if (found.isEmpty())
            return fail(QStringLiteral("no such rejected edit"));
        return run(UserDataSql::DeleteMutation, {mutationId}) &&
               restore(found.first().entity, found.first().recordId);
    });
}

bool LocalStore::retry(const QString &mutationId) {
    return inTransaction([&] {
        Mutation m;
        bool opened = false;
        {
            PreparedQuery q = query(UserDataSql::SelectRejectedMutation);
            if (!q.exec({mutationId}) || !q.next())
                return fail(QStringLiteral("no such rejected edit"));
            m = mutationFromRow(q, &opened);
        }
        if (!opened)
            return fail(QStringLiteral("the rejected edit cannot be opened with this learner's key"));
        const auto current = record(m.entity, m.recordId);
        return run(UserDataSql::DeleteMutation, {mutationId}) &&
               queue(m.entity, m.recordId, m.isDelete, m.fields, current ? current->version : 0) &&
               restore(m.entity, m.recordId);
    });
}

// Sync: applying what the server answered to pushes and pulls.

QString LocalStore::stateValue(const QString &key) {
    PreparedQuery q = query(UserDataSql::SelectState);
    return q.exec({key}) && q.next() ? q.value(0).toString() : QString();
}

bool LocalStore::setStateValue(const QString &key, const QString &value) {
    return run(UserDataSql::UpsertState, {key, value});
}

qint64 LocalStore::cursor() {
    return stateValue(QStringLiteral("cursor")).toLongLong();
}

QString LocalStore::clientId() {
    QString id = stateValue(QStringLiteral("client_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setStateValue(QStringLiteral("client_id"), id);
    }
    return id;
}

QDateTime LocalStore::lastSyncedAt() {
    return fromIsoTime(stateValue(QStringLiteral("last_synced_at")));
}

bool LocalStore::setLastSyncedAt(const QDateTime &when) {
    return setStateValue(QStringLiteral("last_synced_at"), isoTime(when));
}

// The server's record with this device's unconfirmed edits laid on top again, so the learner
// keeps seeing what they did until the server has it.
std::optional<LocalRecord> LocalStore::withUnconfirmedEdits(const RemoteRecord &base) {
    PreparedQuery q = query(UserDataSql::SelectUnconfirmedOfRecord);
    if (!q.exec({entityName(base.entity), base.recordId})) {
        fail(q.errorText());
        return std::nullopt;
    }
    LocalRecord merged{base.entity, base.recordId, base.version, base.deleted, base.fields, base.updatedAt};
    while (q.next()) {
        const QDateTime editedAt = fromIsoTime(q.value(3));
        if (editedAt > merged.updatedAt)
            merged.updatedAt = editedAt;
        if (q.value(0).toString() == QLatin1String("delete")) {
            merged.deleted = true;
            continue;
        }
        const auto fields = m_sealer.open(base.entity, base.recordId, object(q.value(1)),
                                          q.value(2).toByteArray(), JournalSealer::Place::Outbox);
        if (!fields) {
            fail(kCannotOpen);
            return std::nullopt;
        }
        merged.fields = collapseFields(base.entity, merged.fields, *fields);
        merged.deleted = false;
    }
    return merged;
}

bool LocalStore::applyRemote(const RemoteRecord &remote) {
    const auto merged = withUnconfirmedEdits(remote);
    return merged && writeRecord(*merged) && writeServerCopy(remote);
}

bool LocalStore::writeServerCopy(const RemoteRecord &remote) {
    QJsonObject fields = remote.fields;
    const auto words = sealed(remote.entity, remote.recordId, &fields, JournalSealer::Place::ServerCopy);
    const QJsonObject copy{{QStringLiteral("version"), remote.version},
                           {QStringLiteral("deleted"), remote.deleted},
                           {QStringLiteral("updated_at"), remote.updatedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("fields"), fields}};
    return words && run(UserDataSql::UpdateServerCopy,
                        {json(copy), *words, entityName(remote.entity), remote.recordId});
}

std::optional<RemoteRecord> LocalStore::serverCopy(Entity entity, const QString &recordId) {
    PreparedQuery q = query(UserDataSql::SelectServerCopy);
    if (!q.exec({entityName(entity), recordId}) || !q.next())
        return std::nullopt;
    const QJsonObject copy = object(q.value(0));
    const auto fields = m_sealer.open(entity, recordId, copy.value(QStringLiteral("fields")).toObject(),
                                      q.value(1).toByteArray(), JournalSealer::Place::ServerCopy);
    if (!fields)
        return std::nullopt;
    return RemoteRecord{entity,
                        recordId,
                        copy.value(QStringLiteral("version")).toInt(),
                        copy.value(QStringLiteral("deleted")).toBool(),
                        *fields,
                        fromIsoTime(copy.value(QStringLiteral("updated_at")).toString())};
}

// Rebuilds a record from the server's copy and the edits still waiting, after one left the queue.
bool LocalStore::restore(Entity entity, const QString &recordId) {
    if (const auto copy = serverCopy(entity, recordId))
        return applyRemote(*copy);
    const auto current = record(entity, recordId);
    if (current && current->version > 0)
        return true; // synced before the copy was kept (schema 1): the next pull of it sets it right
    // Never on the server: what is left is this device's own waiting edits, if any.
    const auto merged = withUnconfirmedEdits(RemoteRecord{entity, recordId, 0, true, {}, {}});
    if (!merged)
        return false;
    if (!merged->deleted)
        return writeRecord(*merged);
    return run(UserDataSql::DeleteRecord, {entityName(entity), recordId});
}

bool LocalStore::settle(const QList<PushResult> &results) {
    return inTransaction([&] {
        for (const PushResult &r : results) {
            if (r.status == PushResult::Status::Rejected) {
                if (!markRejected({r.mutationId}, r.reason.isEmpty() ? QStringLiteral("rejected") : r.reason))
                    return false;
                continue;
            }
            if (!run(UserDataSql::DeleteSentMutation, {r.mutationId}))
                return false;
            if (!r.record)
                continue;
            // A later unsent edit of the record was based on the version before this answer: move it
            // onto the new version, since what happened in between was this device's own edit.
            if (!run(UserDataSql::RebasePending,
                     {r.record->version, entityName(r.record->entity), r.record->recordId}) ||
                !applyRemote(*r.record))
                return false;
        }
        return true;
    });
}

bool LocalStore::reject(const QStringList &mutationIds, const QString &reason) {
    return inTransaction([&] { return markRejected(mutationIds, reason); });
}

// A refused edit leaves the record (the outbox keeps it, with the reason, to retry or discard).
bool LocalStore::markRejected(const QStringList &mutationIds, const QString &reason) {
    for (const QString &id : mutationIds) {
        // Read into a list before restore() runs its own statements.
        const QList<Mutation> sending = mutations(UserDataSql::SelectSendingMutation, {id});
        if (sending.isEmpty())
            continue; // already settled or rejected
        if (!run(UserDataSql::MarkRejected, {reason.left(64), id}) ||
            !restore(sending.first().entity, sending.first().recordId))
            return false;
    }
    return true;
}

bool LocalStore::applyPull(const PullPage &page) {
    // The records and the cursor move together: a crash between pages re-pulls, never skips.
    return inTransaction([&] {
        for (const RemoteRecord &r : page.changes) {
            if (!applyRemote(r))
                return false;
        }
        return setStateValue(QStringLiteral("cursor"), QString::number(page.cursor));
    });
}
