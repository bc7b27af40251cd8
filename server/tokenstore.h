#pragma once

#include "sqlstatement.h"
#include "userdata.h"

#include <QString>

#include <optional>

namespace tpn::server {

class Database;

enum class TokenKind { Access, Refresh };

// A stored token as the database knows it (by hash), with its family's owner.
struct TokenRow {
    TokenKind kind = TokenKind::Access;
    qint64 expiresAt = 0; // ms since the epoch
    bool used = false;    // refresh tokens: already exchanged for a new pair
    QString familyId;
    QString userId;
};

struct TokenPair {
    QString accessToken;
    QString refreshToken;
};

struct TokenLifetimes {
    qint64 accessMs = 0;
    qint64 refreshMs = 0;
};

// Live sessions (token families) per user: a new login beyond this ends the least recently used one, so
// that repeated logins cannot grow the tables without bound.
inline constexpr int MaximumSessionsPerUser = 20;

// Token families and their tokens (hashes only). A family is one login; revoking it deletes it with all
// its tokens. Callers hold the transaction around writes that belong together. As a UserDataSource it
// exports the user's sessions and erases them.
class TokenStore final : public UserDataSource {
public:
    TokenStore(const Database &database, TokenLifetimes lifetimes);

    TokenLifetimes lifetimes() const { return m_lifetimes; }

    // Ends the user's least recently used families beyond MaximumSessionsPerUser.
    TokenPair startFamily(const QString &userId, qint64 now);
    // Marks the presented refresh token used and issues the family's next pair.
    TokenPair rotate(const QString &familyId, const QString &usedRefreshHash, qint64 now);
    std::optional<TokenRow> find(const QString &hash);
    void revokeFamily(const QString &familyId);
    // Drops expired refresh tokens and the families no one can refresh any more.
    void purge(qint64 now);

    QString exportName() const override;
    QJsonValue exportUser(const QString &userId) override;
    void eraseUser(const QString &userId) override;

private:
    TokenPair issuePair(const QString &familyId, qint64 now);

    TokenLifetimes m_lifetimes;
    SqlStatement m_insertFamily;
    SqlStatement m_insertToken;
    SqlStatement m_find;
    SqlStatement m_markUsed;
    SqlStatement m_touchFamily;
    SqlStatement m_dropExpiredAccess;
    SqlStatement m_deleteFamily;
    SqlStatement m_deleteOldestFamilies;
    SqlStatement m_purgeTokens;
    SqlStatement m_purgeFamilies;
    SqlStatement m_sessions;
    SqlStatement m_deleteUserFamilies;
};

} // namespace tpn::server
