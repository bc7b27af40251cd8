#pragma once

#include "sqlstatement.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tpn::server {

class Database;

struct UserRow {
    QString id;
    QString email; // normalized: trimmed, lower-cased
    QString displayName;
    QString language;
    QByteArray passwordHash; // Argon2id, encoded
    qint64 createdAt = 0;    // ms since the epoch
    qint64 updatedAt = 0;
    bool demo = false; // made by --demo: its password is public (docs/security.md)
};

// The users table. Callers pass normalized emails (normalizeEmail()) and hold the transaction when
// several writes belong together.
class UserStore {
public:
    explicit UserStore(const Database &database);

    std::optional<UserRow> byEmail(const QString &email);
    std::optional<UserRow> byId(const QString &id);
    void insert(const UserRow &user);
    void updateProfile(const QString &id, const QString &displayName, const QString &language, qint64 now);
    void setPasswordHash(const QString &id, const QByteArray &passwordHash, qint64 now);
    void markDemo(const QString &id);
    // Rows that reference the user go with it (ON DELETE CASCADE).
    void remove(const QString &id);
    // After a committed deletion: copies the WAL into the database file and empties it. With
    // secure_delete (set by the constructor) the erased rows are then overwritten on disk, not just
    // unlinked, and no old copy of them is left in the WAL.
    void flushDeletions();

private:
    std::optional<UserRow> readOne(SqlStatement &query, const QString &key);

    SqlStatement m_byEmail;
    SqlStatement m_byId;
    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_setPassword;
    SqlStatement m_markDemo;
    SqlStatement m_remove;
    std::optional<SqlStatement> m_checkpoint; // SQLite only
};

} // namespace tpn::server
