#include "tokenstore.h"

#include "database.h"
#include "token.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace tpn::server {

namespace {

QString kindName(TokenKind kind) {
    return kind == TokenKind::Access ? QStringLiteral("access") : QStringLiteral("refresh");
}

} // namespace

TokenStore::TokenStore(const Database &database, TokenLifetimes lifetimes)
    : m_lifetimes(lifetimes)
    , m_insertFamily(database.connection(),
                     QStringLiteral("INSERT INTO token_families (id, user_id, created_at, last_used_at) "
                                    "VALUES (?, ?, ?, ?)"))
    , m_insertToken(
          database.connection(),
          QStringLiteral("INSERT INTO tokens (hash, family_id, kind, expires_at) VALUES (?, ?, ?, ?)"))
    , m_find(database.connection(),
             QStringLiteral("SELECT t.kind, t.expires_at, t.used, f.id, f.user_id FROM tokens t "
                            "JOIN token_families f ON f.id = t.family_id WHERE t.hash = ?"))
    , m_markUsed(database.connection(), QStringLiteral("UPDATE tokens SET used = 1 WHERE hash = ?"))
    , m_touchFamily(database.connection(),
                    QStringLiteral("UPDATE token_families SET last_used_at = ? WHERE id = ?"))
    , m_dropExpiredAccess(database.connection(),
                          QStringLiteral("DELETE FROM tokens WHERE family_id = ? AND kind = 'access' "
                                         "AND expires_at <= ?"))
    , m_deleteFamily(database.connection(), QStringLiteral("DELETE FROM token_families WHERE id = ?"))
    , m_deleteOldestFamilies(database.connection(),
                             QStringLiteral("DELETE FROM token_families WHERE user_id = ? AND id NOT IN "
                                            "(SELECT id FROM token_families WHERE user_id = ? "
                                            "ORDER BY last_used_at DESC, rowid DESC LIMIT ?)"))
    , m_purgeTokens(database.connection(),
                    QStringLiteral("DELETE FROM tokens WHERE kind = 'refresh' AND expires_at <= ?"))
    , m_purgeFamilies(database.connection(),
                      QStringLiteral("DELETE FROM token_families WHERE NOT EXISTS (SELECT 1 FROM tokens t "
                                     "WHERE t.family_id = token_families.id AND t.kind = 'refresh' "
                                     "AND t.used = 0)"))
    , m_sessions(database.connection(),
                 QStringLiteral("SELECT f.created_at, f.last_used_at, EXISTS (SELECT 1 FROM tokens t "
                                "WHERE t.family_id = f.id AND t.kind = 'refresh' AND t.used = 0 "
                                "AND t.expires_at > ?) FROM token_families f WHERE f.user_id = ? "
                                "ORDER BY f.created_at, f.id"))
    , m_deleteUserFamilies(database.connection(),
                           QStringLiteral("DELETE FROM token_families WHERE user_id = ?")) {}

TokenPair TokenStore::startFamily(const QString &userId, qint64 now) {
    const QString familyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_insertFamily.exec({familyId, userId, now, now});
    m_deleteOldestFamilies.exec({userId, userId, MaximumSessionsPerUser});
    return issuePair(familyId, now);
}

TokenPair TokenStore::rotate(const QString &familyId, const QString &usedRefreshHash, qint64 now) {
    m_markUsed.exec({usedRefreshHash});
    m_touchFamily.exec({now, familyId});
    // Superseded access tokens that have run out are of no more use; live ones keep working until then.
    m_dropExpiredAccess.exec({familyId, now});
    return issuePair(familyId, now);
}

TokenPair TokenStore::issuePair(const QString &familyId, qint64 now) {
    TokenPair pair{newToken(), newToken()};
    m_insertToken.exec(
        {tokenHash(pair.accessToken), familyId, kindName(TokenKind::Access), now + m_lifetimes.accessMs});
    m_insertToken.exec(
        {tokenHash(pair.refreshToken), familyId, kindName(TokenKind::Refresh), now + m_lifetimes.refreshMs});
    return pair;
}

std::optional<TokenRow> TokenStore::find(const QString &hash) {
    m_find.exec({hash});
    std::optional<TokenRow> row;
    if (m_find.next()) {
        const TokenKind kind = m_find.value(0).toString() == kindName(TokenKind::Access) ? TokenKind::Access
                                                                                         : TokenKind::Refresh;
        row = TokenRow{kind, m_find.value(1).toLongLong(), m_find.value(2).toBool(),
                       m_find.value(3).toString(), m_find.value(4).toString()};
    }
    m_find.finish();
    return row;
}

void TokenStore::revokeFamily(const QString &familyId) {
    m_deleteFamily.exec({familyId});
}

void TokenStore::purge(qint64 now) {
    m_purgeTokens.exec({now});
    m_purgeFamilies.exec();
}

QString TokenStore::exportName() const {
    return QStringLiteral("sessions");
}

QJsonValue TokenStore::exportUser(const QString &userId) {
    m_sessions.exec({QDateTime::currentMSecsSinceEpoch(), userId});
    QJsonArray sessions;
    while (m_sessions.next()) {
        sessions.append(
            QJsonObject{{QStringLiteral("createdAt"), exportTime(m_sessions.value(0).toLongLong())},
                        {QStringLiteral("lastUsedAt"), exportTime(m_sessions.value(1).toLongLong())},
                        {QStringLiteral("active"), m_sessions.value(2).toBool()}});
    }
    m_sessions.finish();
    return sessions;
}

void TokenStore::eraseUser(const QString &userId) {
    m_deleteUserFamilies.exec({userId});
}

} // namespace tpn::server
