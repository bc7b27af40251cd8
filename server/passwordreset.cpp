#include "passwordreset.h"

#include "autherror.h"
#include "database.h"
#include "password.h"
#include "ratelimit.h"
#include "resetcode.h"
#include "resetcodestore.h"
#include "userfields.h"

#include <QDateTime>

namespace tpn::server {

PasswordResets::PasswordResets(const Database &database, UserStore &users, TokenStore &tokens,
                               ResetCodeStore &codes, const PasswordHasher &hasher,
                               LoginRateLimiter &codeLimiter)
    : m_database(database)
    , m_users(users)
    , m_tokens(tokens)
    , m_codes(codes)
    , m_hasher(hasher)
    , m_codeLimiter(codeLimiter) {}

Session PasswordResets::reset(const QString &email, const QString &code, const QString &newPassword,
                              const QString &clientAddress) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString account = normalizeEmail(email);
    // A code has about 49.5 bits; the limit keeps guessing at them hopeless within their 24 hours.
    if (const qint64 wait = m_codeLimiter.retryAfterSeconds(account, clientAddress, now))
        throw AuthError::rateLimited(wait, QStringLiteral("wrong reset codes"));
    const std::optional<UserRow> user = m_users.byEmail(account);
    if (user && user->demo)
        throw demoAccount(QStringLiteral("its password cannot be reset"));
    const std::optional<ResetCodeRow> stored = user ? m_codes.find(user->id) : std::nullopt;
    // Unknown email, no code issued and a wrong code all get the same answer.
    if (!stored || !sameHash(stored->codeHash, resetCodeHash(user->id, code))) {
        m_codeLimiter.recordFailure(account, clientAddress, now);
        throw invalidResetCode();
    }
    if (stored->used || now >= stored->expiresAt) {
        m_codeLimiter.recordFailure(account, clientAddress, now);
        throw resetCodeExpired();
    }
    const QByteArray passwordHash = m_hasher.hash(newPassword);
    SqlTransaction transaction(m_database.connection());
    m_users.setPasswordHash(user->id, passwordHash, now);
    m_codes.markUsed(user->id);
    // Whoever knew the old password may hold tokens: every session of the account ends.
    m_tokens.eraseUser(user->id);
    Session session{*user, m_tokens.startFamily(user->id, now)};
    transaction.commit();
    m_codeLimiter.clearAccount(account, clientAddress);
    return session;
}

} // namespace tpn::server
