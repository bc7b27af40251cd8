#include "resetcodestore.h"

#include "database.h"

namespace tpn::server {

ResetCodeStore::ResetCodeStore(const Database &database)
    : m_replace(database.connection(),
                QStringLiteral("INSERT INTO reset_codes (user_id, code_hash, created_at, expires_at, used) "
                               "VALUES (?, ?, ?, ?, 0) ON CONFLICT (user_id) DO UPDATE SET code_hash = "
                               "excluded.code_hash, created_at = excluded.created_at, expires_at = "
                               "excluded.expires_at, used = 0"))
    , m_find(database.connection(),
             QStringLiteral("SELECT code_hash, expires_at, used FROM reset_codes WHERE user_id = ?"))
    , m_markUsed(database.connection(), QStringLiteral("UPDATE reset_codes SET used = 1 WHERE user_id = ?")) {
}

void ResetCodeStore::replace(const QString &userId, const QString &codeHash, qint64 now, qint64 expiresAt) {
    m_replace.exec({userId, codeHash, now, expiresAt});
}

std::optional<ResetCodeRow> ResetCodeStore::find(const QString &userId) {
    m_find.exec({userId});
    std::optional<ResetCodeRow> row;
    if (m_find.next())
        row =
            ResetCodeRow{m_find.value(0).toString(), m_find.value(1).toLongLong(), m_find.value(2).toBool()};
    m_find.finish();
    return row;
}

void ResetCodeStore::markUsed(const QString &userId) {
    m_markUsed.exec({userId});
}

} // namespace tpn::server
