#include "syncstore.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tpn::server {

namespace {

// The columns readRecord() reads, in its order.
const QString RecordColumns =
    QStringLiteral("record_id, entity, version, updated_at, deleted, fields, server_state");

QString compactJson(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &value) {
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

SyncStore::SyncStore(const Database &database)
    : m_record(database.connection(),
               QStringLiteral("SELECT ") + RecordColumns +
                   QStringLiteral(" FROM sync_records WHERE user_id = ? AND record_id = ?"))
    , m_save(
          database.connection(),
          QStringLiteral("INSERT INTO sync_records (user_id, record_id, entity, version, seq, updated_at, "
                         "deleted, fields, server_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (user_id, record_id) DO UPDATE SET version = excluded.version, "
                         "seq = excluded.seq, updated_at = excluded.updated_at, deleted = excluded.deleted, "
                         "fields = excluded.fields, server_state = excluded.server_state"))
    , m_lastChange(database.connection(),
                   QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sync_records WHERE user_id = ?"))
    , m_changes(database.connection(), QStringLiteral("SELECT seq, ") + RecordColumns +
                                           QStringLiteral(" FROM sync_records WHERE user_id = ? AND seq > ? "
                                                          "ORDER BY seq LIMIT ?"))
    , m_processed(database.connection(),
                  QStringLiteral("SELECT result FROM sync_mutations WHERE user_id = ? AND mutation_id = ?"))
    , m_markProcessed(
          database.connection(),
          QStringLiteral("INSERT INTO sync_mutations (user_id, mutation_id, client_id, processed_at, "
                         "result) VALUES (?, ?, ?, ?, ?)"))
    , m_allRecords(database.connection(),
                   QStringLiteral("SELECT ") + RecordColumns +
                       QStringLiteral(" FROM sync_records WHERE user_id = ? ORDER BY seq"))
    , m_allMutations(database.connection(),
                     QStringLiteral("SELECT mutation_id, client_id, processed_at, result FROM sync_mutations "
                                    "WHERE user_id = ? ORDER BY processed_at, rowid"))
    , m_eraseRecords(database.connection(), QStringLiteral("DELETE FROM sync_records WHERE user_id = ?"))
    , m_eraseMutations(database.connection(),
                       QStringLiteral("DELETE FROM sync_mutations WHERE user_id = ?")) {}

SyncRecord SyncStore::readRecord(const SqlStatement &query, int first) {
    SyncRecord record;
    record.recordId = query.value(first).toString();
    record.entity = query.value(first + 1).toString();
    record.version = query.value(first + 2).toLongLong();
    record.updatedAt = query.value(first + 3).toLongLong();
    record.deleted = query.value(first + 4).toBool();
    record.fields = parseObject(query.value(first + 5));
    record.state = parseObject(query.value(first + 6));
    return record;
}

SyncRecord SyncStore::record(const QString &userId, const QString &recordId) {
    m_record.exec({userId, recordId});
    SyncRecord record;
    if (m_record.next())
        record = readRecord(m_record, 0);
    m_record.finish();
    return record;
}

void SyncStore::save(const QString &userId, const SyncRecord &record) {
    // Records are never removed (deletions are tombstones), so the maximum only grows, and the index on
    // (user_id, seq) finds it without a scan.
    const qint64 seq = lastChange(userId) + 1;
    m_save.exec({userId, record.recordId, record.entity, record.version, seq, record.updatedAt,
                 record.deleted ? 1 : 0, compactJson(record.fields), compactJson(record.state)});
}

qint64 SyncStore::lastChange(const QString &userId) {
    m_lastChange.exec({userId});
    const qint64 last = m_lastChange.next() ? m_lastChange.value(0).toLongLong() : 0;
    m_lastChange.finish();
    return last;
}

ChangePage SyncStore::changesAfter(const QString &userId, qint64 cursor, int limit) {
    // One row more than asked for tells whether more follow.
    m_changes.exec({userId, cursor, limit + 1});
    ChangePage page;
    page.cursor = cursor;
    while (m_changes.next()) {
        if (page.records.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.cursor = m_changes.value(0).toLongLong();
        page.records.append(readRecord(m_changes, 1));
    }
    m_changes.finish();
    return page;
}

std::optional<QJsonObject> SyncStore::processedResult(const QString &userId, const QString &mutationId) {
    m_processed.exec({userId, mutationId});
    std::optional<QJsonObject> result;
    if (m_processed.next())
        result = parseObject(m_processed.value(0));
    m_processed.finish();
    return result;
}

void SyncStore::markProcessed(const QString &userId, const QString &mutationId, const QString &clientId,
                              qint64 now, const QJsonObject &result) {
    m_markProcessed.exec({userId, mutationId, clientId, now, compactJson(result)});
}

QString SyncStore::exportName() const {
    return QStringLiteral("sync");
}

QJsonValue SyncStore::exportUser(const QString &userId) {
    QJsonArray tasks;
    QJsonArray journal;
    QJsonArray progress;
    m_allRecords.exec({userId});
    while (m_allRecords.next()) {
        const SyncRecord record = readRecord(m_allRecords, 0);
        QJsonArray &list = record.entity == entity::Task      ? tasks
                           : record.entity == entity::Journal ? journal
                                                              : progress;
        list.append(recordJson(record));
    }
    m_allRecords.finish();
    // The results stored for replays hold earlier states of the records: data the server keeps, so it
    // goes into the export as well.
    QJsonArray mutations;
    m_allMutations.exec({userId});
    while (m_allMutations.next()) {
        mutations.append(
            QJsonObject{{QStringLiteral("mutation_id"), m_allMutations.value(0).toString()},
                        {QStringLiteral("client_id"), m_allMutations.value(1).toString()},
                        {QStringLiteral("processed_at"), exportTime(m_allMutations.value(2).toLongLong())},
                        {QStringLiteral("result"), parseObject(m_allMutations.value(3))}});
    }
    m_allMutations.finish();
    return QJsonObject{{QStringLiteral("tasks"), tasks},
                       {QStringLiteral("journal"), journal},
                       {QStringLiteral("progress"), progress},
                       {QStringLiteral("mutations"), mutations}};
}

void SyncStore::eraseUser(const QString &userId) {
    m_eraseRecords.exec({userId});
    m_eraseMutations.exec({userId});
}

} // namespace tpn::server
