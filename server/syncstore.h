#pragma once

#include "record.h"
#include "sqlstatement.h"
#include "userdata.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tpn::server {

class Database;

// A page of a user's changes in change order (docs/sync.md, Pull).
struct ChangePage {
    QList<SyncRecord> records;
    qint64 cursor = 0; // the change number of the last record, or the cursor asked for when none
    bool hasMore = false;
};

// A mutation processed before, as a replay of it is answered (docs/sync.md, Push).
struct ProcessedMutation {
    QString recordId;
    QString status; // of the first answer: "applied" or "conflict"
    qint64 version = 0;
    // The whole first answer, kept only for the newest KeptAnswersPerRecord mutations of its record.
    std::optional<QJsonObject> answer;
};

// How many processed mutations of one record keep their whole answer (record included). Keeping every
// answer stored the record again for every edit: storage grew with edits times record size. The newest
// few cover the usual replay, a lost answer sent again at once; an older replay is answered with the
// record as it is now, which the client takes only if it is newer than its own.
inline constexpr int KeptAnswersPerRecord = 2;

// The synced records of every user and the mutations already processed (tables sync_records and
// sync_mutations). Every change of a record gives it the user's next change number (seq), so a pull is
// a range of the (user_id, seq) index: its cost follows the changes, not the size of the account. Callers
// hold the transaction. As a UserDataSource it exports a user's records and mutations and erases them.
class SyncStore final : public UserDataSource {
public:
    explicit SyncStore(const Database &database);

    // The stored record, or one with version 0 when there is none.
    SyncRecord record(const QString &userId, const QString &recordId);
    // Inserts or updates the record and gives it the user's next change number.
    void save(const QString &userId, const SyncRecord &record);
    // The user's newest change number; 0 before the first change.
    qint64 lastChange(const QString &userId);
    ChangePage changesAfter(const QString &userId, qint64 cursor, int limit);

    std::optional<ProcessedMutation> processed(const QString &userId, const QString &mutationId);
    // answer: the result given, with its record. Older answers of the same record beyond
    // KeptAnswersPerRecord are dropped; their status and version stay.
    void markProcessed(const QString &userId, const QString &mutationId, const QString &clientId, qint64 now,
                       const QJsonObject &answer);

    QString exportName() const override;
    QJsonValue exportUser(const QString &userId) override;
    ExportWriter exportWriter() const override;
    // {journal, mutations, progress, tasks} of the user, written record by record through connection.
    static void writeExport(const QSqlDatabase &connection, const QString &userId, QIODevice &out);
    void eraseUser(const QString &userId) override;

private:
    static SyncRecord readRecord(const SqlStatement &query, int firstColumn);

    QSqlDatabase m_connection;
    SqlStatement m_record;
    SqlStatement m_save;
    SqlStatement m_lastChange;
    SqlStatement m_changes;
    SqlStatement m_processed;
    SqlStatement m_markProcessed;
    SqlStatement m_dropOldAnswers;
    SqlStatement m_eraseRecords;
    SqlStatement m_eraseMutations;
};

} // namespace tpn::server
