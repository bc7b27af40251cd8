#include "userdatasql.h"

// The columns a Mutation is read from (LocalStore::mutationFromRow); a macro so that each
// statement stays one literal, made at compile time.
#define TPN_MUTATION_COLUMNS                                                                                 \
    "SELECT mutation_id, entity, record_id, op, base_version, fields, sealed, state, reason FROM outbox"

QString userDataSql(UserDataSql statement) {
    switch (statement) {
    case UserDataSql::SelectRecord:
        return QStringLiteral("SELECT version, deleted, fields, sealed, updated_at FROM records"
                              " WHERE entity = ? AND record_id = ?");
    case UserDataSql::SelectLiveRecords:
        return QStringLiteral("SELECT record_id, version, fields, sealed, updated_at FROM records"
                              " WHERE entity = ? AND deleted = 0 ORDER BY updated_at");
    case UserDataSql::CountLiveRecords:
        return QStringLiteral("SELECT count(*) FROM records WHERE entity = ? AND deleted = 0");
    case UserDataSql::UpsertRecord:
        return QStringLiteral(
            "INSERT INTO records (entity, record_id, version, deleted, fields, sealed, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, record_id) DO UPDATE SET"
            " version = excluded.version, deleted = excluded.deleted, fields = excluded.fields,"
            " sealed = excluded.sealed, updated_at = excluded.updated_at");
    case UserDataSql::DeleteRecord:
        return QStringLiteral("DELETE FROM records WHERE entity = ? AND record_id = ?");
    case UserDataSql::SelectServerCopy:
        return QStringLiteral(
            "SELECT server_copy, server_sealed FROM records WHERE entity = ? AND record_id = ?"
            " AND server_copy IS NOT NULL");
    case UserDataSql::UpdateServerCopy:
        return QStringLiteral(
            "UPDATE records SET server_copy = ?, server_sealed = ? WHERE entity = ? AND record_id = ?");
    case UserDataSql::SelectPendingOfRecord:
        return QStringLiteral("SELECT mutation_id, op, fields, sealed FROM outbox"
                              " WHERE entity = ? AND record_id = ? AND state = 'pending'");
    case UserDataSql::UpdatePending:
        return QStringLiteral("UPDATE outbox SET op = ?, fields = ?, sealed = ? WHERE mutation_id = ?");
    case UserDataSql::InsertMutation:
        return QStringLiteral("INSERT INTO outbox (mutation_id, entity, record_id, op, base_version, fields,"
                              " sealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    case UserDataSql::CountUnconfirmed:
        return QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')");
    case UserDataSql::SelectUnconfirmed:
        return QStringLiteral(TPN_MUTATION_COLUMNS " WHERE state IN ('sending', 'pending') ORDER BY seq");
    case UserDataSql::SelectUnconfirmedOfRecord:
        return QStringLiteral("SELECT op, fields, sealed, created_at FROM outbox WHERE entity = ?"
                              " AND record_id = ? AND state IN ('sending', 'pending') ORDER BY seq");
    case UserDataSql::MarkSending:
        return QStringLiteral("UPDATE outbox SET state = 'sending' WHERE mutation_id = ?");
    case UserDataSql::SelectRejected:
        return QStringLiteral(TPN_MUTATION_COLUMNS " WHERE state = 'rejected' ORDER BY seq");
    case UserDataSql::SelectOutbox:
        return QStringLiteral(TPN_MUTATION_COLUMNS " ORDER BY seq");
    case UserDataSql::SelectRejectedMutation:
        return QStringLiteral(TPN_MUTATION_COLUMNS " WHERE mutation_id = ? AND state = 'rejected'");
    case UserDataSql::SelectSendingMutation:
        return QStringLiteral(TPN_MUTATION_COLUMNS " WHERE mutation_id = ? AND state = 'sending'");
    case UserDataSql::MarkRejected:
        return QStringLiteral("UPDATE outbox SET state = 'rejected', reason = ? WHERE mutation_id = ?");
    case UserDataSql::DeleteMutation:
        return QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?");
    case UserDataSql::DeleteSentMutation:
        return QStringLiteral("DELETE FROM outbox WHERE mutation_id = ? AND state = 'sending'");
    case UserDataSql::DeleteMutationsOfRecord:
        return QStringLiteral("DELETE FROM outbox WHERE entity = ? AND record_id = ?");
    case UserDataSql::RebasePending:
        return QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity = ? AND record_id = ?"
                              " AND state = 'pending'");
    case UserDataSql::SelectState:
        return QStringLiteral("SELECT value FROM sync_state WHERE key = ?");
    case UserDataSql::UpsertState:
        return QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)");
    case UserDataSql::SelectAdopted:
        return QStringLiteral("SELECT 1 FROM adopted WHERE entity = ? AND record_id = ?");
    case UserDataSql::InsertAdopted:
        return QStringLiteral("INSERT INTO adopted (entity, record_id, adopted_at) VALUES (?, ?, ?)");
    }
    return {};
}

#undef TPN_MUTATION_COLUMNS
