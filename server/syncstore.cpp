#include "syncstore.h"

#include "database.h"

#include <QBuffer>
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

// A processed mutation as the export shows it, from the columns mutation_id, client_id, processed_at,
// record_id, status, version, result. The answer kept for replays holds an earlier state of the record:
// data the server keeps, so it goes into the export as well.
QJsonObject mutationJson(const SqlStatement &query) {
    QJsonObject json{{QStringLiteral("mutation_id"), query.value(0).toString()},
                     {QStringLiteral("client_id"), query.value(1).toString()},
                     {QStringLiteral("processed_at"), exportTime(query.value(2).toLongLong())},
                     {QStringLiteral("record_id"), query.value(3).toString()},
                     {QStringLiteral("status"), query.value(4).toString()},
                     {QStringLiteral("version"), query.value(5).toLongLong()}};
    if (!query.value(6).isNull())
        json.insert(QStringLiteral("result"), parseObject(query.value(6)));
    return json;
}

void writeBytes(QIODevice &out, const QByteArray &bytes) {
    if (out.write(bytes) != bytes.size())
        throw DatabaseError(QStringLiteral("cannot write the export: %1").arg(out.errorString()));
}

} // namespace

SyncStore::SyncStore(const Database &database)
    : m_connection(database.connection())
    , m_record(database.connection(),
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
                  QStringLiteral("SELECT record_id, status, version, result FROM sync_mutations "
                                 "WHERE user_id = ? AND mutation_id = ?"))
    , m_markProcessed(
          database.connection(),
          QStringLiteral("INSERT INTO sync_mutations (user_id, mutation_id, client_id, processed_at, "
                         "record_id, status, version, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
    // rowid follows the order of processing; the (user_id, record_id) index holds it.
    , m_dropOldAnswers(
          database.connection(),
          QStringLiteral("UPDATE sync_mutations SET result = NULL WHERE user_id = ? AND record_id = ? "
                         "AND result IS NOT NULL AND rowid NOT IN (SELECT rowid FROM sync_mutations "
                         "WHERE user_id = ? AND record_id = ? ORDER BY rowid DESC LIMIT ?)"))
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

std::optional<ProcessedMutation> SyncStore::processed(const QString &userId, const QString &mutationId) {
    m_processed.exec({userId, mutationId});
    std::optional<ProcessedMutation> found;
    if (m_processed.next()) {
        found = ProcessedMutation{m_processed.value(0).toString(), m_processed.value(1).toString(),
                                  m_processed.value(2).toLongLong(), std::nullopt};
        if (!m_processed.value(3).isNull())
            found->answer = parseObject(m_processed.value(3));
    }
    m_processed.finish();
    return found;
}

void SyncStore::markProcessed(const QString &userId, const QString &mutationId, const QString &clientId,
                              qint64 now, const QJsonObject &answer) {
    const QString recordId =
        answer.value(QStringLiteral("record")).toObject().value(QStringLiteral("record_id")).toString();
    m_markProcessed.exec({userId, mutationId, clientId, now, recordId,
                          answer.value(QStringLiteral("status")).toString(),
                          answer.value(QStringLiteral("version")).toInteger(), compactJson(answer)});
    m_dropOldAnswers.exec({userId, recordId, userId, recordId, KeptAnswersPerRecord});
}

QString SyncStore::exportName() const {
    return QStringLiteral("sync");
}

QJsonValue SyncStore::exportUser(const QString &userId) {
    // The same writer as the streamed export, into memory: one definition of what the export holds.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeExport(m_connection, userId, buffer);
    return QJsonDocument::fromJson(buffer.data()).object();
}

UserDataSource::ExportWriter SyncStore::exportWriter() const {
    return &SyncStore::writeExport;
}

void SyncStore::writeExport(const QSqlDatabase &connection, const QString &userId, QIODevice &out) {
    // Record by record, so memory does not follow the size of the account; members in the order
    // QJsonObject would write them.
    SqlStatement records(connection, QStringLiteral("SELECT ") + RecordColumns +
                                         QStringLiteral(" FROM sync_records WHERE user_id = ? AND entity = ? "
                                                        "ORDER BY seq"));
    SqlStatement mutations(
        connection, QStringLiteral("SELECT mutation_id, client_id, processed_at, record_id, status, "
                                   "version, result FROM sync_mutations WHERE user_id = ? ORDER BY rowid"));
    const auto writeArray = [&](const char *name, SqlStatement &rows, const auto &toJson) {
        writeBytes(out, QByteArray("\"") + name + "\":[");
        for (bool first = true; rows.next(); first = false) {
            if (!first)
                writeBytes(out, ",");
            writeBytes(out, QJsonDocument(toJson(rows)).toJson(QJsonDocument::Compact));
        }
        rows.finish();
        writeBytes(out, "]");
    };
    const auto record = [](const SqlStatement &rows) { return recordJson(readRecord(rows, 0)); };
    writeBytes(out, "{");
    records.exec({userId, entity::Journal});
    writeArray("journal", records, record);
    writeBytes(out, ",");
    mutations.exec({userId});
    writeArray("mutations", mutations, mutationJson);
    writeBytes(out, ",");
    records.exec({userId, entity::Progress});
    writeArray("progress", records, record);
    writeBytes(out, ",");
    records.exec({userId, entity::Task});
    writeArray("tasks", records, record);
    writeBytes(out, "}");
}

void SyncStore::eraseUser(const QString &userId) {
    m_eraseRecords.exec({userId});
    m_eraseMutations.exec({userId});
}

} // namespace tpn::server
