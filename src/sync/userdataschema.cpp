#include "userdataschema.h"

const QList<Migration> &userDataMigrations() {
    static const QList<Migration> migrations = {
        {1,
         {// The last state of each record as this device knows it: the server's version plus local edits.
          QStringLiteral("CREATE TABLE records ("
                         " entity TEXT NOT NULL, record_id TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,"
                         " deleted INTEGER NOT NULL DEFAULT 0, fields TEXT NOT NULL, sealed BLOB,"
                         " updated_at TEXT NOT NULL, PRIMARY KEY (entity, record_id))"),
          // Edits not yet confirmed by the server, oldest first. 'pending' rows may still absorb later
          // edits of the same record; 'sending' rows may already be on the server and never change.
          QStringLiteral("CREATE TABLE outbox ("
                         " seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL UNIQUE,"
                         " entity TEXT NOT NULL, record_id TEXT NOT NULL, op TEXT NOT NULL,"
                         " base_version INTEGER NOT NULL, fields TEXT, sealed BLOB,"
                         " state TEXT NOT NULL DEFAULT 'pending', reason TEXT,"
                         " created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE UNIQUE INDEX outbox_one_pending_per_record ON outbox (entity, record_id)"
                         " WHERE state = 'pending'"),
          QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, seq)"),
          QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
        {2,
         {// The record as the server last sent it ({version, deleted, updated_at, fields}; journal words
          // sealed apart): what the learner sees again when a refused edit is set aside, offline.
          QStringLiteral("ALTER TABLE records ADD COLUMN server_copy TEXT"),
          QStringLiteral("ALTER TABLE records ADD COLUMN server_sealed BLOB")}},
        {3,
         {// The guest's records this account has adopted: adopting one again (the app was killed before
          // the guest's copy was forgotten) changes nothing, so progress time is never counted twice.
          QStringLiteral("CREATE TABLE adopted (entity TEXT NOT NULL, record_id TEXT NOT NULL,"
                         " adopted_at TEXT NOT NULL, PRIMARY KEY (entity, record_id))")}},
    };
    return migrations;
}
