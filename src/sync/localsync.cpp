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

// The server's record becomes the local one, with this device's unconfirmed edits laid on top
// again, so the learner keeps seeing what they did until the server has it.
bool LocalStore::applyRemote(const RemoteRecord &remote) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT op, fields, sealed FROM outbox WHERE entity = ? AND record_id = ?"
                             " AND state IN ('sending', 'pending') ORDER BY seq"));
    q.addBindValue(entityName(remote.entity));
    q.addBindValue(remote.recordId);
    if (!q.exec())
        return fail(q.lastError().text());
    LocalRecord merged{remote.entity,  remote.recordId, remote.version,
                       remote.deleted, remote.fields,   remote.updatedAt};
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("delete")) {
            merged.deleted = true;
            continue;
        }
        const auto fields =
            unseal(remote.entity, remote.recordId, object(q.value(1)), q.value(2).toByteArray(), "outbox");
        if (!fields)
            return fail(QStringLiteral("a queued journal edit cannot be opened with this learner's key"));
        merged.fields = collapseFields(remote.entity, merged.fields, *fields);
        merged.deleted = false;
    }
    q.finish();
    return writeRecord(merged);
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
                if (!reject({r.mutationId}, r.reason.isEmpty() ? QStringLiteral("rejected") : r.reason))
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
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', reason = ? WHERE mutation_id = ?"
                             " AND state = 'sending'"));
    for (const QString &id : mutationIds) {
        q.addBindValue(reason.left(64));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text());
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
        return drop.exec() && queue(entity, recordId, isDelete, *fields, current ? current->version : 0);
    });
}

QDateTime LocalStore::lastSyncedAt() {
    return QDateTime::fromString(stateValue(QStringLiteral("last_synced_at")), Qt::ISODateWithMs);
}

bool LocalStore::setLastSyncedAt(const QDateTime &when) {
    return setStateValue(QStringLiteral("last_synced_at"), when.toUTC().toString(Qt::ISODateWithMs));
}
