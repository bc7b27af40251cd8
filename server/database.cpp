#include "database.h"

#include "postgresschema.h"

#include "serverlog.h"
#include "sqlstatement.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace tpn::server {

namespace {

// The catalog (docs/api.md, Content files).
QStringList catalogTables() {
    return {
        QStringLiteral("CREATE TABLE categories (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "icon TEXT NOT NULL, color TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE category_names (category_id TEXT NOT NULL REFERENCES categories(id) "
                       "ON DELETE CASCADE, language TEXT NOT NULL, name TEXT NOT NULL, "
                       "PRIMARY KEY (category_id, language))"),
        // languages: the complete translations, comma-separated in API order ("ht,fr,en").
        QStringLiteral("CREATE TABLE courses (id TEXT PRIMARY KEY, category_id TEXT NOT NULL "
                       "REFERENCES categories(id), position INTEGER NOT NULL, icon TEXT NOT NULL, "
                       "color TEXT NOT NULL, default_language TEXT NOT NULL, languages TEXT NOT NULL, "
                       "lesson_count INTEGER NOT NULL, duration_minutes INTEGER NOT NULL, "
                       "content_hash TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX courses_by_position ON courses (position)"),
        QStringLiteral("CREATE INDEX courses_by_category ON courses (category_id, position)"),
        // Only complete translations are stored; search_key is tpn::searchKey(title + " " + summary).
        QStringLiteral(
            "CREATE TABLE course_texts (course_id TEXT NOT NULL REFERENCES courses(id) "
            "ON DELETE CASCADE, language TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, "
            "description TEXT NOT NULL, search_key TEXT NOT NULL, PRIMARY KEY (course_id, language))"),
        QStringLiteral(
            "CREATE TABLE lessons (course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE, "
            "id TEXT NOT NULL, position INTEGER NOT NULL, duration_minutes INTEGER NOT NULL, "
            "content_hash TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (course_id, id))"),
        QStringLiteral("CREATE INDEX lessons_by_position ON lessons (course_id, position)"),
        QStringLiteral(
            "CREATE TABLE lesson_texts (course_id TEXT NOT NULL, lesson_id TEXT NOT NULL, "
            "language TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL, "
            "PRIMARY KEY (course_id, lesson_id, language), FOREIGN KEY (course_id, lesson_id) "
            "REFERENCES lessons(course_id, id) ON DELETE CASCADE)"),
    };
}

// Accounts (docs/api.md, Accounts). Times are milliseconds since the epoch, UTC. Deleting a user
// cascades to everything of it; later per-user tables reference users(id) ON DELETE CASCADE too.
QStringList accountTables() {
    return {
        // email: trimmed and lower-cased, so UNIQUE compares as the API does.
        QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
                       "display_name TEXT NOT NULL, language TEXT NOT NULL, password_hash TEXT NOT NULL, "
                       "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
        // One family per login; refreshing adds tokens to it, revoking deletes it.
        QStringLiteral("CREATE TABLE token_families (id TEXT PRIMARY KEY, user_id TEXT NOT NULL "
                       "REFERENCES users(id) ON DELETE CASCADE, created_at INTEGER NOT NULL, "
                       "last_used_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX token_families_by_user ON token_families (user_id)"),
        // hash: hex SHA-256 of the token; the token itself is never stored.
        QStringLiteral("CREATE TABLE tokens (hash TEXT PRIMARY KEY, family_id TEXT NOT NULL "
                       "REFERENCES token_families(id) ON DELETE CASCADE, "
                       "kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')), "
                       "expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX tokens_by_family ON tokens (family_id)"),
        QStringLiteral("CREATE INDEX tokens_by_expiry ON tokens (expires_at)"),
    };
}

// Offline sync (docs/sync.md). fields and server_state are JSON objects; times are ms since the epoch.
// seq is the user's change number of the record's latest change: pulls read the (user_id, seq) index.
QStringList syncTables() {
    return {
        QStringLiteral(
            "CREATE TABLE sync_records (user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
            "record_id TEXT NOT NULL, entity TEXT NOT NULL, version INTEGER NOT NULL, "
            "seq INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL, "
            "fields TEXT NOT NULL, server_state TEXT NOT NULL, PRIMARY KEY (user_id, record_id))"),
        QStringLiteral("CREATE UNIQUE INDEX sync_records_by_seq ON sync_records (user_id, seq)"),
        // result: the answer the mutation first got, returned again for every replay of it.
        QStringLiteral(
            "CREATE TABLE sync_mutations (user_id TEXT NOT NULL REFERENCES users(id) "
            "ON DELETE CASCADE, mutation_id TEXT NOT NULL, client_id TEXT NOT NULL, "
            "processed_at INTEGER NOT NULL, result TEXT NOT NULL, PRIMARY KEY (user_id, mutation_id))"),
    };
}

// Password-reset codes and the demo flag (docs/security.md). A user has at most one code: issuing a new one
// replaces the old. code_hash: hex SHA-256 of the user id and the code; the code itself is never stored.
// demo: the account was made by --demo; its password is public, so it cannot be deleted or reset.
QStringList resetTables() {
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN demo INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE reset_codes (user_id TEXT PRIMARY KEY REFERENCES users(id) "
                       "ON DELETE CASCADE, code_hash TEXT NOT NULL, created_at INTEGER NOT NULL, "
                       "expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0)"),
    };
}

// Offline content (docs/api.md, "Offline content"). image: SHA-256 (hex) of the course's image, or NULL.
// content_images: every image the catalog shows, by SHA-256 (hex); replaced with the catalog at import.
QStringList contentTables() {
    return {
        QStringLiteral("ALTER TABLE courses ADD COLUMN image TEXT"),
        QStringLiteral("CREATE TABLE content_images (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "content_type TEXT NOT NULL, data BLOB NOT NULL)"),
    };
}

// Crash reports and timings (docs/telemetry.md). Times from the device are ISO 8601 UTC text; received_at
// is ms since the epoch. No user id, token or request header is kept. crash_reports.minidump: the file
// name under DATA/crash-reports, or NULL for an error. stack_state: NULL until minidump_stackwalk has
// read the dump, then 'symbolized' (every signature frame has a function), 'partial' or 'unreadable';
// frames: the crashing thread's frames (JSON). An error's signature is set when it is stored.
// telemetry_metrics.buckets: the [le, count] pairs as received (JSON).
QStringList telemetryTables() {
    return {
        QStringLiteral(
            "CREATE TABLE crash_reports (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN "
            "('crash', 'error')), device TEXT NOT NULL, created_at TEXT NOT NULL, received_at INTEGER "
            "NOT NULL, app_version TEXT NOT NULL, build_id TEXT NOT NULL, os TEXT NOT NULL, language TEXT "
            "NOT NULL, screen TEXT NOT NULL, reason TEXT NOT NULL, message TEXT NOT NULL, count INTEGER "
            "NOT NULL, dropped INTEGER NOT NULL, breadcrumbs TEXT NOT NULL, minidump TEXT, "
            "minidump_bytes INTEGER NOT NULL, stack_state TEXT, frames TEXT, signature TEXT)"),
        QStringLiteral("CREATE INDEX crash_reports_by_signature ON crash_reports (kind, signature)"),
        QStringLiteral("CREATE TABLE telemetry_batches (id TEXT PRIMARY KEY, device TEXT NOT NULL, "
                       "app_version TEXT NOT NULL, build_id TEXT NOT NULL, os TEXT NOT NULL, language TEXT "
                       "NOT NULL, started_at TEXT NOT NULL, ended_at TEXT NOT NULL, dropped INTEGER NOT "
                       "NULL, received_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE telemetry_metrics (batch_id TEXT NOT NULL REFERENCES "
                       "telemetry_batches(id) ON DELETE CASCADE, name TEXT NOT NULL, label TEXT NOT NULL, "
                       "unit TEXT NOT NULL, count INTEGER NOT NULL, sum REAL NOT NULL, min REAL NOT NULL, "
                       "max REAL NOT NULL, buckets TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX telemetry_metrics_by_batch ON telemetry_metrics (batch_id)"),
    };
}

// What the server notes about itself (the fingerprint of the content it imported last), and the rate
// limits' events (rateevents.h), shared by every server process on this database.
QStringList serverStateTables() {
    return {
        QStringLiteral("CREATE TABLE server_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE rate_events (scope TEXT NOT NULL, key BLOB NOT NULL, at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX rate_events_by_key ON rate_events (scope, key, at)"),
        QStringLiteral("CREATE INDEX rate_events_by_time ON rate_events (scope, at)"),
    };
}

// Sync storage that grows with the edits, not with edits times record size (docs/sync.md, Storage).
// sync_mutations keeps per processed mutation its record, status and version; result (the whole first
// answer) only for the newest mutations of each record (SyncStore::markProcessed), so it becomes
// nullable: the table is rebuilt, in processing order. A journal entry keeps its 5 newest conflict
// versions (MaximumConflictVersions in merge.h).
QStringList syncStorageSteps() {
    return {
        QStringLiteral(
            "CREATE TABLE sync_mutations_new (user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
            "mutation_id TEXT NOT NULL, client_id TEXT NOT NULL, processed_at INTEGER NOT NULL, "
            "record_id TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL, result TEXT, "
            "PRIMARY KEY (user_id, mutation_id))"),
        QStringLiteral("INSERT INTO sync_mutations_new SELECT user_id, mutation_id, client_id, processed_at, "
                       "json_extract(result, '$.record.record_id'), json_extract(result, '$.status'), "
                       "json_extract(result, '$.version'), result FROM sync_mutations ORDER BY rowid"),
        QStringLiteral("DROP TABLE sync_mutations"),
        QStringLiteral("ALTER TABLE sync_mutations_new RENAME TO sync_mutations"),
        QStringLiteral("CREATE INDEX sync_mutations_by_record ON sync_mutations (user_id, record_id)"),
        QStringLiteral("UPDATE sync_mutations SET result = NULL WHERE rowid NOT IN (SELECT rowid FROM "
                       "(SELECT rowid, row_number() OVER (PARTITION BY user_id, record_id ORDER BY rowid "
                       "DESC) AS newer FROM sync_mutations) WHERE newer <= 2)"),
        QStringLiteral(
            "UPDATE sync_records SET server_state = json_set(server_state, '$.conflict_versions', "
            "(SELECT json_group_array(json(kept.value)) FROM (SELECT value FROM "
            "json_each(sync_records.server_state, '$.conflict_versions') WHERE key >= "
            "json_array_length(sync_records.server_state, '$.conflict_versions') - 5 ORDER BY key) AS kept)) "
            "WHERE json_array_length(server_state, '$.conflict_versions') > 5"),
    };
}

// The catalog's search index (docs/api.md, Search): the search keys of course_texts, one row per course
// and language, in an FTS5 table with the trigram tokenizer, so that a substring of 3 or more characters
// is found through the index instead of by reading every key. case_sensitive 1: the keys are already
// case-folded and accent-free (tpn::searchKey), so the index compares them exactly as stored.
// CatalogWriter rewrites it with the catalog.
QStringList catalogSearchTables() {
    return {
        QStringLiteral(
            "CREATE VIRTUAL TABLE course_search USING fts5(course_id UNINDEXED, language UNINDEXED, "
            "search_key, tokenize = 'trigram case_sensitive 1')"),
        QStringLiteral("INSERT INTO course_search (course_id, language, search_key) "
                       "SELECT course_id, language, search_key FROM course_texts"),
    };
}

// Schema steps: step N takes user_version from N to N + 1. Append; never edit a step once released.
const QList<QStringList> &migrationSteps() {
    static const QList<QStringList> steps{
        catalogTables(),   accountTables(),     syncTables(),          resetTables(),      contentTables(),
        telemetryTables(), serverStateTables(), catalogSearchTables(), syncStorageSteps(),
    };
    return steps;
}

} // namespace

Database::Database(const QString &dataDir, const DatabaseSettings &settings)
    : m_connectionName(QStringLiteral("tpn-server"))
    , m_dataDir(dataDir)
    , m_settings(settings.name.isEmpty() ? *DatabaseSettings::fromUrl({}, dataDir, nullptr) : settings) {
    if (!QDir().mkpath(dataDir))
        throw DatabaseError(QStringLiteral("%1: cannot create the data directory").arg(dataDir));
    m_settings.open(m_connectionName);
    if (isPostgres()) {
        // Not NOTICEs such as "extension exists, skipping" in the server's log.
        exec(QStringLiteral("SET client_min_messages = warning"));
        // As SQLite's busy timeout: a lock held elsewhere (an operator's psql in a transaction) fails the
        // request after 5 s instead of holding it, and the server's one thread, forever.
        exec(QStringLiteral("SET lock_timeout = '5s'"));
    } else {
        // FULL: learners' data is kept here, of which this may be the only copy.
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    migrate();
}

Database::~Database() {
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const {
    const auto readNumber = [this](const QString &statement) {
        QSqlQuery query(connection());
        if (!query.exec(statement) || !query.next()) {
            throw DatabaseError(QStringLiteral("%1: cannot read the schema version: %2")
                                    .arg(m_settings.displayName(), query.lastError().text()));
        }
        return query.value(0).toInt();
    };
    // PostgreSQL has no user_version: migrate() makes a table of one row for it.
    return readNumber(isPostgres() ? QStringLiteral("SELECT version FROM schema_version")
                                   : QStringLiteral("PRAGMA user_version"));
}

void Database::exec(const QString &statement) const {
    QSqlQuery query(connection());
    if (!query.exec(statement)) {
        throw DatabaseError(QStringLiteral("%1: %2 failed: %3")
                                .arg(m_settings.displayName(), statement.left(60), query.lastError().text()));
    }
}

void Database::migrate() const {
    const QList<QStringList> &steps = isPostgres() ? postgresMigrationSteps() : migrationSteps();
    if (isPostgres()) {
        SqlTransaction transaction(connection()); // one process at a time (sqlstatement.cpp)
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        exec(QStringLiteral(
            "INSERT INTO schema_version SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)"));
        transaction.commit();
    }
    for (;;) {
        // The version is read inside the write transaction: another process may have migrated meanwhile.
        SqlTransaction transaction(connection());
        const int version = schemaVersion();
        if (version > steps.size()) {
            throw DatabaseError(QStringLiteral("%1: schema version %2 is newer than this server (%3)")
                                    .arg(m_settings.displayName())
                                    .arg(version)
                                    .arg(steps.size()));
        }
        if (version == steps.size())
            return;
        for (const QString &statement : steps.at(version))
            exec(statement);
        exec(isPostgres() ? QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1)
                          : QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        transaction.commit();
        qCInfo(lcServer) << "database schema now at version" << version + 1;
    }
}

} // namespace tpn::server
