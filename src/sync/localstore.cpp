#include "localstore.h"

#include "datacipher.h"
#include "sqlitedatabase.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QUuid>

QString LocalStore::json(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject LocalStore::object(const QVariant &v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString LocalStore::now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

LocalStore::LocalStore(SqliteDatabase &database, const DataCipher *cipher, Outbox)
    : m_database(database)
    , m_cipher(cipher) {}
// TEMPORARY until the localstore branch lands
bool LocalStore::adopt(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error) {
    return edit(entity, recordId, fields, error);
}
bool LocalStore::forget(Entity, const QString &) { return false; }
int LocalStore::recordCount(Entity entity) { return int(records(entity).size()); }

bool LocalStore::fail(const QString &error) {
    m_error = error;
    qCWarning(lcStore) << "user data:" << error;
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

// A journal entry's words (its text and any versions kept from a conflict) leave the fields and
// are sealed apart, bound to the record and to their purpose ("record" or "outbox"), so a sealed
// value cannot be replayed elsewhere in the file.
QByteArray LocalStore::seal(Entity entity, const QString &recordId, QJsonObject *fields,
                            const char *purpose) const {
    if (entity != Entity::Journal)
        return {};
    QJsonObject words;
    for (const QString &key : {QStringLiteral("text"), QStringLiteral("conflict_versions")}) {
        if (fields->contains(key))
            words.insert(key, fields->take(key));
    }
    if (words.isEmpty())
        return {};
    return m_cipher->seal(QJsonDocument(words).toJson(QJsonDocument::Compact),
                          QByteArray(purpose) + ":journal:" + recordId.toUtf8());
}

std::optional<QJsonObject> LocalStore::unseal(Entity entity, const QString &recordId, QJsonObject fields,
                                              const QByteArray &sealed, const char *purpose) const {
    if (entity != Entity::Journal || sealed.isEmpty())
        return fields;
    if (!m_cipher)
        return std::nullopt;
    const auto words = m_cipher->open(sealed, QByteArray(purpose) + ":journal:" + recordId.toUtf8());
    if (!words)
        return std::nullopt;
    const QJsonObject opened = QJsonDocument::fromJson(*words).object();
    for (auto it = opened.begin(); it != opened.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

std::optional<LocalRecord> LocalStore::record(Entity entity, const QString &recordId) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT version, deleted, fields, sealed, updated_at FROM records"
                             " WHERE entity = ? AND record_id = ?"));
    q.addBindValue(entityName(entity));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto fields = unseal(entity, recordId, object(q.value(2)), q.value(3).toByteArray(), "record");
    if (!fields)
        return std::nullopt; // no key, or tampered: never show garbage
    return LocalRecord{entity,
                       recordId,
                       q.value(0).toInt(),
                       q.value(1).toBool(),
                       *fields,
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)};
}

QList<LocalRecord> LocalStore::records(Entity entity) {
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id, version, fields, sealed, updated_at FROM records"
                             " WHERE entity = ? AND deleted = 0 ORDER BY updated_at"));
    q.addBindValue(entityName(entity));
    QList<LocalRecord> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        const QString recordId = q.value(0).toString();
        const auto fields = unseal(entity, recordId, object(q.value(2)), q.value(3).toByteArray(), "record");
        if (!fields)
            continue; // no key, or tampered: never show garbage
        result.append({entity, recordId, q.value(1).toInt(), false, *fields,
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

bool LocalStore::writeRecord(const LocalRecord &r) {
    QJsonObject fields = r.fields;
    const QByteArray sealed = seal(r.entity, r.recordId, &fields, "record");
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO records (entity, record_id, version, deleted, fields, sealed, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, record_id) DO UPDATE SET"
                       " version = excluded.version, deleted = excluded.deleted, fields = excluded.fields,"
                       " sealed = excluded.sealed, updated_at = excluded.updated_at"));
    q.addBindValue(entityName(r.entity));
    q.addBindValue(r.recordId);
    q.addBindValue(r.version);
    q.addBindValue(r.deleted);
    q.addBindValue(json(fields));
    q.addBindValue(sealed.isEmpty() ? QVariant() : QVariant(sealed));
    // When it last changed (the server's time, or this device's for its own edits), not when it was
    // written here: a pull must not make every record look just edited.
    q.addBindValue(r.updatedAt.isValid() ? r.updatedAt.toUTC().toString(Qt::ISODateWithMs) : now());
    return q.exec() || fail(q.lastError().text());
}

bool LocalStore::edit(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error) {
    if (entity == Entity::Journal && !m_cipher) {
        fail(QStringLiteral("no data key: journal text cannot be stored safely"));
        if (error)
            *error = m_error;
        return false;
    }
    const bool ok = inTransaction([&] {
        LocalRecord current =
            record(entity, recordId).value_or(LocalRecord{entity, recordId, 0, false, {}, {}});
        current.fields = collapseFields(entity, current.fields, fields);
        current.deleted = false; // an edit after a delete brings the record back
        current.updatedAt = QDateTime::currentDateTimeUtc();
        return writeRecord(current) && queue(entity, recordId, false, fields, current.version);
    });
    if (!ok && error)
        *error = m_error;
    return ok;
}

bool LocalStore::remove(Entity entity, const QString &recordId, QString *error) {
    const bool ok = inTransaction([&] {
        LocalRecord current =
            record(entity, recordId).value_or(LocalRecord{entity, recordId, 0, false, {}, {}});
        current.deleted = true;
        current.updatedAt = QDateTime::currentDateTimeUtc();
        return writeRecord(current) && queue(entity, recordId, true, {}, current.version);
    });
    if (!ok && error)
        *error = m_error;
    return ok;
}

bool LocalStore::queue(Entity entity, const QString &recordId, bool isDelete, const QJsonObject &fields,
                       int baseVersion) {
    const QSqlDatabase db = m_database.connection();
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT mutation_id, op, fields, sealed FROM outbox"
                                " WHERE entity = ? AND record_id = ? AND state = 'pending'"));
    find.addBindValue(entityName(entity));
    find.addBindValue(recordId);
    if (!find.exec())
        return fail(find.lastError().text());

    QJsonObject merged = fields;
    QString mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool exists = false;
    if (find.next()) {
        // An unsent edit of this record is waiting: fold this one into it, so several offline edits
        // make one mutation and no field is lost.
        exists = true;
        mutationId = find.value(0).toString();
        const bool wasDelete = find.value(1).toString() == QLatin1String("delete");
        const auto earlier =
            unseal(entity, recordId, object(find.value(2)), find.value(3).toByteArray(), "outbox");
        if (!earlier)
            return fail(QStringLiteral("a queued journal edit cannot be opened with this learner's key"));
        if (!isDelete && !wasDelete)
            merged = collapseFields(entity, *earlier, fields);
    }
    find.finish();

    QJsonObject stored = isDelete ? QJsonObject() : merged;
    const QByteArray sealed = seal(entity, recordId, &stored, "outbox");
    QSqlQuery write(db);
    if (exists) {
        write.prepare(
            QStringLiteral("UPDATE outbox SET op = ?, fields = ?, sealed = ? WHERE mutation_id = ?"));
        write.addBindValue(isDelete ? QStringLiteral("delete") : QStringLiteral("upsert"));
        write.addBindValue(json(stored));
        write.addBindValue(sealed.isEmpty() ? QVariant() : QVariant(sealed));
        write.addBindValue(mutationId);
    } else {
        write.prepare(
            QStringLiteral("INSERT INTO outbox (mutation_id, entity, record_id, op, base_version, fields,"
                           " sealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        write.addBindValue(mutationId);
        write.addBindValue(entityName(entity));
        write.addBindValue(recordId);
        write.addBindValue(isDelete ? QStringLiteral("delete") : QStringLiteral("upsert"));
        write.addBindValue(baseVersion);
        write.addBindValue(json(stored));
        write.addBindValue(sealed.isEmpty() ? QVariant() : QVariant(sealed));
        write.addBindValue(now());
    }
    return write.exec() || fail(write.lastError().text());
}

Mutation LocalStore::mutationFromRow(QSqlQuery &q) const {
    Mutation m;
    m.mutationId = q.value(0).toString();
    m.entity = entityFromName(q.value(1).toString()).value_or(Entity::Task);
    m.recordId = q.value(2).toString();
    m.isDelete = q.value(3).toString() == QLatin1String("delete");
    m.baseVersion = q.value(4).toInt();
    m.fields = unseal(m.entity, m.recordId, object(q.value(5)), q.value(6).toByteArray(), "outbox")
                   .value_or(QJsonObject());
    m.state = q.value(7).toString();
    m.reason = q.value(8).toString();
    return m;
}

namespace {
const QString kMutationColumns = QStringLiteral(
    "SELECT mutation_id, entity, record_id, op, base_version, fields, sealed, state, reason FROM outbox");
}

int LocalStore::pendingCount() {
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')")) &&
                   q.next()
               ? q.value(0).toInt()
               : 0;
}

QList<Mutation> LocalStore::takeBatch(int maxCount, qint64 maxBytes) {
    QList<Mutation> batch;
    const bool ok = inTransaction([&] {
        QSqlQuery q(m_database.connection());
        if (!q.exec(kMutationColumns + QStringLiteral(" WHERE state IN ('sending', 'pending') ORDER BY seq")))
            return fail(q.lastError().text());
        qint64 bytes = 0;
        // One mutation per record per push: a later edit waits for the earlier one's result, which
        // gives it the new base version (otherwise the server would see our own edit as a conflict).
        QSet<QString> records;
        while (q.next() && batch.size() < maxCount) {
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
        q.finish();
        QSqlQuery mark(m_database.connection());
        mark.prepare(QStringLiteral("UPDATE outbox SET state = 'sending' WHERE mutation_id = ?"));
        for (const Mutation &m : std::as_const(batch)) {
            mark.addBindValue(m.mutationId);
            if (!mark.exec())
                return fail(mark.lastError().text());
        }
        return true;
    });
    return ok ? batch : QList<Mutation>();
}

QList<Mutation> LocalStore::rejected() {
    QList<Mutation> result;
    QSqlQuery q(m_database.connection());
    if (q.exec(kMutationColumns + QStringLiteral(" WHERE state = 'rejected' ORDER BY seq"))) {
        while (q.next())
            result.append(mutationFromRow(q));
    }
    return result;
}

QList<Mutation> LocalStore::outbox() {
    QList<Mutation> result;
    QSqlQuery q(m_database.connection());
    if (q.exec(kMutationColumns + QStringLiteral(" ORDER BY seq"))) {
        while (q.next())
            result.append(mutationFromRow(q));
    }
    return result;
}

bool LocalStore::discard(const QString &mutationId) {
    return inTransaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "SELECT entity, record_id FROM outbox WHERE mutation_id = ? AND state = 'rejected'"));
        q.addBindValue(mutationId);
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("no such rejected edit"));
        const Entity entity = entityFromName(q.value(0).toString()).value_or(Entity::Task);
        const QString recordId = q.value(1).toString();
        q.finish();
        QSqlQuery drop(m_database.connection());
        drop.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"));
        drop.addBindValue(mutationId);
        return (drop.exec() || fail(drop.lastError().text())) && restore(entity, recordId);
    });
}
