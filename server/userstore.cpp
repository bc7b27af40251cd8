#include "userstore.h"

#include "database.h"

namespace tpn::server {

namespace {

const QString UserColumns = QStringLiteral(
    "SELECT id, email, display_name, language, password_hash, created_at, updated_at, demo FROM users ");

} // namespace

UserStore::UserStore(const Database &database)
    : m_byEmail(database.connection(), UserColumns + QStringLiteral("WHERE email = ?"))
    , m_byId(database.connection(), UserColumns + QStringLiteral("WHERE id = ?"))
    , m_insert(database.connection(),
               QStringLiteral("INSERT INTO users (id, email, display_name, language, password_hash, "
                              "created_at, updated_at, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_update(database.connection(),
               QStringLiteral("UPDATE users SET display_name = ?, language = ?, updated_at = ? WHERE id = ?"))
    , m_setPassword(database.connection(),
                    QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"))
    , m_markDemo(database.connection(), QStringLiteral("UPDATE users SET demo = 1 WHERE id = ?"))
    , m_remove(database.connection(), QStringLiteral("DELETE FROM users WHERE id = ?")) {
    // A deleted account must not survive in free pages of the file. PostgreSQL keeps deleted rows until
    // its autovacuum reuses their space (docs/security.md).
    if (!database.isPostgres()) {
        m_checkpoint.emplace(database.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        SqlStatement(database.connection(), QStringLiteral("PRAGMA secure_delete = ON")).exec();
    }
}

std::optional<UserRow> UserStore::byEmail(const QString &email) {
    return readOne(m_byEmail, email);
}

std::optional<UserRow> UserStore::byId(const QString &id) {
    return readOne(m_byId, id);
}

std::optional<UserRow> UserStore::readOne(SqlStatement &query, const QString &key) {
    query.exec({key});
    std::optional<UserRow> row;
    if (query.next()) {
        row = UserRow{query.value(0).toString(),   query.value(1).toString(),    query.value(2).toString(),
                      query.value(3).toString(),   query.value(4).toByteArray(), query.value(5).toLongLong(),
                      query.value(6).toLongLong(), query.value(7).toBool()};
    }
    query.finish();
    return row;
}

void UserStore::insert(const UserRow &user) {
    // The hash is stored as text: it is ASCII, and "$argon2id$…" is what tools and people expect to see.
    m_insert.exec({user.id, user.email, user.displayName, user.language,
                   QString::fromLatin1(user.passwordHash), user.createdAt, user.updatedAt, user.demo});
}

void UserStore::updateProfile(const QString &id, const QString &displayName, const QString &language,
                              qint64 now) {
    m_update.exec({displayName, language, now, id});
}

void UserStore::setPasswordHash(const QString &id, const QByteArray &passwordHash, qint64 now) {
    m_setPassword.exec({QString::fromLatin1(passwordHash), now, id});
}

void UserStore::markDemo(const QString &id) {
    m_markDemo.exec({id});
}

void UserStore::remove(const QString &id) {
    m_remove.exec({id});
}

void UserStore::flushDeletions() {
    // Best effort: a checkpoint that finds the database busy leaves the WAL for the next one.
    if (m_checkpoint) {
        m_checkpoint->exec();
        m_checkpoint->finish();
    }
}

} // namespace tpn::server
