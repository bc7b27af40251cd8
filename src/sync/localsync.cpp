// LocalStore's side of a sync: applying what the server answered to pushes and pulls.
#include "localstore.h"
#include "sqlitedatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

QString LocalStore::stateValue(const QString &key) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool LocalStore::setStateValue(const QString &key, const QString &value) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() || fail(q.lastError().text());
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

// The server's record with this device's unconfirmed edits laid on top again, so the learner
// keeps seeing what they did until the server has it.
std::optional<LocalRecord> LocalStore::withUnconfirmedEdits(const RemoteRecord &base) {
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT op, fields, sealed, created_at FROM outbox WHERE entity = ? AND record_id = ?"
                       " AND state IN ('sending', 'pending') ORDER BY seq"));
    q.addBindValue(entityName(base.entity));
    q.addBindValue(base.recordId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    LocalRecord merged{base.entity, base.recordId, base.version, base.deleted, base.fields, base.updatedAt};
    while (q.next()) {
        const QDateTime editedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        if (editedAt > merged.updatedAt)
            merged.updatedAt = editedAt;
        if (q.value(0).toString() == QLatin1String("delete")) {
            merged.deleted = true;
            continue;
        }
        const auto fields =
            unseal(base.entity, base.recordId, object(q.value(1)), q.value(2).toByteArray(), "outbox");
        if (!fields) {
            fail(QStringLiteral("a queued journal edit cannot be opened with this learner's key"));
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
    const QByteArray sealed = seal(remote.entity, remote.recordId, &fields, "server");
    const QJsonObject copy{{QStringLiteral("version"), remote.version},
                           {QStringLiteral("deleted"), remote.deleted},
                           {QStringLiteral("updated_at"), remote.updatedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("fields"), fields}};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE records SET server_copy = ?, server_sealed = ? WHERE entity = ? AND record_id = ?"));
    q.addBindValue(json(copy));
    q.addBindValue(sealed.isEmpty() ? QVariant() : QVariant(sealed));
    q.addBindValue(entityName(remote.entity));
    q.addBindValue(remote.recordId);
    return q.exec() || fail(q.lastError().text());
}

std::optional<RemoteRecord> LocalStore::serverCopy(Entity entity, const QString &recordId) {
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT server_copy, server_sealed FROM records WHERE entity = ? AND record_id = ?"
                       " AND server_copy IS NOT NULL"));
    q.addBindValue(entityName(entity));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject copy = object(q.value(0));
    const auto fields = unseal(entity, recordId, copy.value(QStringLiteral("fields")).toObject(),
                               q.value(1).toByteArray(), "server");
    if (!fields)
        return std::nullopt;
    return RemoteRecord{
        entity,
        recordId,
        copy.value(QStringLiteral("version")).toInt(),
        copy.value(QStringLiteral("deleted")).toBool(),
        *fields,
        QDateTime::fromString(copy.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs)};
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
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM records WHERE entity = ? AND record_id = ?"));
    q.addBindValue(entityName(entity));
    q.addBindValue(recordId);
    return q.exec() || fail(q.lastError().text());
}

// A later unsent edit of the record was based on the version before this answer: move it onto
// the new version, since what happened in between was this device's own edit.
bool LocalStore::rebasePending(Entity entity, const QString &recordId, int version) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity = ? AND record_id = ?"
                             " AND state = 'pending'"));
    q.addBindValue(version);
    q.addBindValue(entityName(entity));
    q.addBindValue(recordId);
    return q.exec() || fail(q.lastError().text());
}

bool LocalStore::settle(const QList<PushResult> &results) {
    return inTransaction([&] {
        QSqlQuery done(m_database.connection());
        done.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ? AND state = 'sending'"));
        for (const PushResult &r : results) {
            if (r.status == PushResult::Status::Rejected) {
                if (!markRejected({r.mutationId}, r.reason.isEmpty() ? QStringLiteral("rejected") : r.reason))
                    return false;
                continue;
            }
            done.addBindValue(r.mutationId);
            if (!done.exec())
                return fail(done.lastError().text());
            if (r.record && !(rebasePending(r.record->entity, r.record->recordId, r.record->version) &&
                              applyRemote(*r.record)))
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
    QSqlQuery find(m_database.connection());
    find.prepare(
        QStringLiteral("SELECT entity, record_id FROM outbox WHERE mutation_id = ? AND state = 'sending'"));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', reason = ? WHERE mutation_id = ?"));
    for (const QString &id : mutationIds) {
        find.addBindValue(id);
        if (!find.exec())
            return fail(find.lastError().text());
        if (!find.next())
            continue; // already settled or rejected
        const Entity entity = entityFromName(find.value(0).toString()).value_or(Entity::Task);
        const QString recordId = find.value(1).toString();
        find.finish();
        q.addBindValue(reason.left(64));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text());
        if (!restore(entity, recordId))
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

bool LocalStore::retry(const QString &mutationId) {
    return inTransaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(
            QStringLiteral("SELECT entity, record_id, op, fields, sealed FROM outbox WHERE mutation_id = ?"
                           " AND state = 'rejected'"));
        q.addBindValue(mutationId);
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("no such rejected edit"));
        const Entity entity = entityFromName(q.value(0).toString()).value_or(Entity::Task);
        const QString recordId = q.value(1).toString();
        const bool isDelete = q.value(2).toString() == QLatin1String("delete");
        const auto fields = unseal(entity, recordId, object(q.value(3)), q.value(4).toByteArray(), "outbox");
        q.finish();
        if (!fields)
            return fail(QStringLiteral("the rejected edit cannot be opened with this learner's key"));
        QSqlQuery drop(m_database.connection());
        drop.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"));
        drop.addBindValue(mutationId);
        const auto current = record(entity, recordId);
        return drop.exec() && queue(entity, recordId, isDelete, *fields, current ? current->version : 0) &&
               restore(entity, recordId);
    });
}

QDateTime LocalStore::lastSyncedAt() {
    return QDateTime::fromString(stateValue(QStringLiteral("last_synced_at")), Qt::ISODateWithMs);
}

bool LocalStore::setLastSyncedAt(const QDateTime &when) {
    return setStateValue(QStringLiteral("last_synced_at"), when.toUTC().toString(Qt::ISODateWithMs));
}
