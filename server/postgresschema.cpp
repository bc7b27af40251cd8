#include "postgresschema.h"

namespace tpn::server {

namespace {

// The schema SQLite reaches after its nine steps (database.cpp, where each table's comment says what it
// holds), written for PostgreSQL in one step. PostgreSQL came with schema version 9, so its steps 1 to 8
// are empty and the ninth makes everything: the versions mean the same schema on both. From here on, a
// change to the schema is a step in both lists.
//
// What differs, and why:
// - Times in ms since the epoch and counters are BIGINT (PostgreSQL's INTEGER has 32 bits); bytes are BYTEA.
// - PostgreSQL has no rowid. The queries that read the order rows were written in (sync_mutations,
//   token_families, rate_events) find it in a column of that name, so one text of them serves both.
// - Catalog search: course_search is a plain table with a pg_trgm index, which answers the same
//   LIKE '%key%' that FTS5's trigram index answers in SQLite (catalogstore.cpp).
QStringList schemaAtVersion9() {
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),

        QStringLiteral("CREATE TABLE categories (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "icon TEXT NOT NULL, color TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE category_names (category_id TEXT NOT NULL REFERENCES categories(id) "
                       "ON DELETE CASCADE, language TEXT NOT NULL, name TEXT NOT NULL, "
                       "PRIMARY KEY (category_id, language))"),
        QStringLiteral("CREATE TABLE courses (id TEXT PRIMARY KEY, category_id TEXT NOT NULL "
                       "REFERENCES categories(id), position INTEGER NOT NULL, icon TEXT NOT NULL, "
                       "color TEXT NOT NULL, default_language TEXT NOT NULL, languages TEXT NOT NULL, "
                       "lesson_count INTEGER NOT NULL, duration_minutes INTEGER NOT NULL, "
                       "content_hash TEXT NOT NULL, updated_at TEXT NOT NULL, image TEXT)"),
        QStringLiteral("CREATE INDEX courses_by_position ON courses (position)"),
        QStringLiteral("CREATE INDEX courses_by_category ON courses (category_id, position)"),
        QStringLiteral(
            "CREATE TABLE course_texts (course_id TEXT NOT NULL REFERENCES courses(id) "
            "ON DELETE CASCADE, language TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, "
            "description TEXT NOT NULL, search_key TEXT NOT NULL, PRIMARY KEY (course_id, language))"),
        QStringLiteral("CREATE TABLE course_search (course_id TEXT NOT NULL, language TEXT NOT NULL, "
                       "search_key TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX course_search_by_trigram ON course_search "
                       "USING gin (search_key gin_trgm_ops)"),
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
        QStringLiteral("CREATE TABLE content_images (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "content_type TEXT NOT NULL, data BYTEA NOT NULL)"),

        QStringLiteral(
            "CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
            "display_name TEXT NOT NULL, language TEXT NOT NULL, password_hash TEXT NOT NULL, "
            "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, demo INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE token_families (rowid BIGSERIAL, id TEXT PRIMARY KEY, user_id TEXT NOT NULL "
            "REFERENCES users(id) ON DELETE CASCADE, created_at BIGINT NOT NULL, "
            "last_used_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX token_families_by_user ON token_families (user_id)"),
        QStringLiteral("CREATE TABLE tokens (hash TEXT PRIMARY KEY, family_id TEXT NOT NULL "
                       "REFERENCES token_families(id) ON DELETE CASCADE, "
                       "kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')), "
                       "expires_at BIGINT NOT NULL, used INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX tokens_by_family ON tokens (family_id)"),
        QStringLiteral("CREATE INDEX tokens_by_expiry ON tokens (expires_at)"),
        QStringLiteral("CREATE TABLE reset_codes (user_id TEXT PRIMARY KEY REFERENCES users(id) "
                       "ON DELETE CASCADE, code_hash TEXT NOT NULL, created_at BIGINT NOT NULL, "
                       "expires_at BIGINT NOT NULL, used INTEGER NOT NULL DEFAULT 0)"),

        QStringLiteral(
            "CREATE TABLE sync_records (user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
            "record_id TEXT NOT NULL, entity TEXT NOT NULL, version BIGINT NOT NULL, "
            "seq BIGINT NOT NULL, updated_at BIGINT NOT NULL, deleted INTEGER NOT NULL, "
            "fields TEXT NOT NULL, server_state TEXT NOT NULL, PRIMARY KEY (user_id, record_id))"),
        QStringLiteral("CREATE UNIQUE INDEX sync_records_by_seq ON sync_records (user_id, seq)"),
        QStringLiteral(
            "CREATE TABLE sync_mutations (rowid BIGSERIAL, user_id TEXT NOT NULL REFERENCES users(id) "
            "ON DELETE CASCADE, mutation_id TEXT NOT NULL, client_id TEXT NOT NULL, "
            "processed_at BIGINT NOT NULL, record_id TEXT NOT NULL, status TEXT NOT NULL, "
            "version BIGINT NOT NULL, result TEXT, PRIMARY KEY (user_id, mutation_id))"),
        QStringLiteral("CREATE INDEX sync_mutations_by_record ON sync_mutations (user_id, record_id, rowid)"),
        QStringLiteral("CREATE INDEX sync_mutations_by_order ON sync_mutations (user_id, rowid)"),

        QStringLiteral(
            "CREATE TABLE crash_reports (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN "
            "('crash', 'error')), device TEXT NOT NULL, created_at TEXT NOT NULL, received_at BIGINT "
            "NOT NULL, app_version TEXT NOT NULL, build_id TEXT NOT NULL, os TEXT NOT NULL, language TEXT "
            "NOT NULL, screen TEXT NOT NULL, reason TEXT NOT NULL, message TEXT NOT NULL, count BIGINT "
            "NOT NULL, dropped BIGINT NOT NULL, breadcrumbs TEXT NOT NULL, minidump TEXT, "
            "minidump_bytes BIGINT NOT NULL, stack_state TEXT, frames TEXT, signature TEXT)"),
        QStringLiteral("CREATE INDEX crash_reports_by_signature ON crash_reports (kind, signature)"),
        QStringLiteral("CREATE TABLE telemetry_batches (id TEXT PRIMARY KEY, device TEXT NOT NULL, "
                       "app_version TEXT NOT NULL, build_id TEXT NOT NULL, os TEXT NOT NULL, language TEXT "
                       "NOT NULL, started_at TEXT NOT NULL, ended_at TEXT NOT NULL, dropped BIGINT NOT "
                       "NULL, received_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE telemetry_metrics (batch_id TEXT NOT NULL REFERENCES "
            "telemetry_batches(id) ON DELETE CASCADE, name TEXT NOT NULL, label TEXT NOT NULL, "
            "unit TEXT NOT NULL, count BIGINT NOT NULL, sum DOUBLE PRECISION NOT NULL, "
            "min DOUBLE PRECISION NOT NULL, max DOUBLE PRECISION NOT NULL, buckets TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX telemetry_metrics_by_batch ON telemetry_metrics (batch_id)"),

        QStringLiteral("CREATE TABLE server_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE rate_events (rowid BIGSERIAL PRIMARY KEY, scope TEXT NOT NULL, "
                       "key BYTEA NOT NULL, at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX rate_events_by_key ON rate_events (scope, key, at)"),
        QStringLiteral("CREATE INDEX rate_events_by_time ON rate_events (scope, at)"),
    };
}

} // namespace

const QList<QStringList> &postgresMigrationSteps() {
    static const QList<QStringList> steps{{}, {}, {}, {}, {}, {}, {}, {}, schemaAtVersion9()};
    return steps;
}

} // namespace tpn::server
