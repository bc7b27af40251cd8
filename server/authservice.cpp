#include "authservice.h"

#include "autherror.h"
#include "database.h"
#include "password.h"
#include "ratelimit.h"
#include "token.h"
#include "userfields.h"

#include <QDateTime>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace tpn::server {

namespace {

// Expired tokens and dead families are swept out at most this often, on a login or refresh.
constexpr qint64 PurgeIntervalMs = 10 * 60 * 1000;
// Argon2id hashes at once: each takes one core and 19 MiB; the rest wait in the pool's queue.
constexpr int HashingThreads = 2;

qint64 now() {
    return QDateTime::currentMSecsSinceEpoch();
}

// The token of "Bearer <token>" (scheme case-insensitive); empty for any other header.
QString bearerToken(const QByteArray &authorization) {
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(space + 1).trimmed());
}

} // namespace

AuthService::AuthService(const Database &database, UserStore &users, TokenStore &tokens,
                         const PasswordHasher &hasher, LoginRateLimiter &loginLimiter,
                         RequestRateLimiter &registrationLimiter)
    : m_database(database)
    , m_users(users)
    , m_tokens(tokens)
    , m_hasher(hasher)
    , m_loginLimiter(loginLimiter)
    , m_registrationLimiter(registrationLimiter) {
    m_hashing.setMaxThreadCount(HashingThreads);
    purgeNowAndThen(now());
}

std::optional<UserRow> AuthService::createUser(const NewAccount &account, const QByteArray &passwordHash,
                                               qint64 now) {
    if (m_users.byEmail(account.email))
        return std::nullopt;
    const UserRow user{QUuid::createUuid().toString(QUuid::WithoutBraces),
                       account.email,
                       account.displayName,
                       account.language,
                       passwordHash,
                       now,
                       now,
                       account.demo};
    m_users.insert(user);
    return user;
}

QFuture<Session> AuthService::registerUser(const NewAccount &account, const QString &clientAddress) {
    const qint64 time = now();
    // Before the hashing: each registration costs an Argon2id hash, and taken emails are answered too.
    if (const qint64 wait = m_registrationLimiter.admit(clientAddress, time))
        throw AuthError::rateLimited(wait, QStringLiteral("registrations"));
    if (m_users.byEmail(account.email))
        throw emailTaken();
    return QtConcurrent::run(&m_hashing,
                             [this, password = account.password] { return m_hasher.hash(password); })
        .then(&m_owningThread, [this, account](const QByteArray &passwordHash) {
            // Checked again: another registration of the email may have finished while this one hashed.
            const qint64 time = now();
            SqlTransaction transaction(m_database.connection());
            const std::optional<UserRow> user = createUser(account, passwordHash, time);
            if (!user)
                throw emailTaken();
            Session session{*user, m_tokens.startFamily(user->id, time)};
            transaction.commit();
            return session;
        });
}

bool AuthService::addAccountIfMissing(const NewAccount &account) {
    if (!m_users.byEmail(account.email) && createUser(account, m_hasher.hash(account.password), now()))
        return true;
    const std::optional<UserRow> existing = m_users.byEmail(account.email);
    if (account.demo && existing && !existing->demo &&
        m_hasher.verify(existing->passwordHash, account.password))
        m_users.markDemo(existing->id);
    return false;
}

QFuture<Session> AuthService::login(const QString &email, const QString &password,
                                    const QString &clientAddress) {
    const qint64 time = now();
    const QString account = normalizeEmail(email);
    const std::optional<UserRow> user = m_users.byEmail(account);
    // Everybody shares the demo password: locking the demo account would lock every device out of it.
    const bool accountWide = !(user && user->demo);
    // Before any hashing: a limited client costs the server nothing.
    if (const qint64 wait = m_loginLimiter.retryAfterSeconds(account, clientAddress, time, accountWide))
        throw AuthError::rateLimited(wait);
    // Counted as a failure while it is verified, so that attempts made in parallel cannot slip past the
    // limit; a success takes it back.
    m_loginLimiter.recordFailure(account, clientAddress, time);
    const QByteArray stored = user ? user->passwordHash : QByteArray();
    return QtConcurrent::run(&m_hashing,
                             [this, stored, password] {
                                 if (stored.isEmpty()) {
                                     m_hasher.verifyNothing(password);
                                     return false;
                                 }
                                 return m_hasher.verify(stored, password);
                             })
        .then(&m_owningThread, [this, user, account, clientAddress, time](bool verified) {
            // The account may have been deleted while its password was being verified.
            const std::optional<UserRow> current = user ? m_users.byId(user->id) : std::nullopt;
            if (!verified || !current)
                throw invalidCredentials();
            m_loginLimiter.recordSuccess(account, clientAddress, time);
            const qint64 later = now();
            purgeNowAndThen(later);
            SqlTransaction transaction(m_database.connection());
            Session session{*current, m_tokens.startFamily(current->id, later)};
            transaction.commit();
            return session;
        });
}

Session AuthService::refresh(const QString &refreshToken) {
    const qint64 time = now();
    const QString hash = tokenHash(refreshToken);
    const std::optional<TokenRow> token = m_tokens.find(hash);
    if (!token || token->kind != TokenKind::Refresh)
        throw invalidRefreshToken();
    if (token->used) {
        // Two holders of one refresh token: one of them stole it. Ending the session stops both.
        m_tokens.revokeFamily(token->familyId);
        throw refreshReused();
    }
    if (time >= token->expiresAt)
        throw invalidRefreshToken();
    purgeNowAndThen(time);
    SqlTransaction transaction(m_database.connection());
    const std::optional<UserRow> user = m_users.byId(token->userId);
    if (!user)
        throw invalidRefreshToken();
    Session session{*user, m_tokens.rotate(token->familyId, hash, time)};
    transaction.commit();
    return session;
}

void AuthService::logout(const QString &refreshToken) {
    const std::optional<TokenRow> token = m_tokens.find(tokenHash(refreshToken));
    if (token && token->kind == TokenKind::Refresh)
        m_tokens.revokeFamily(token->familyId);
}

UserRow AuthService::authenticate(const QByteArray &authorization) {
    const QString token = bearerToken(authorization);
    if (token.isEmpty())
        throw AuthError::missingToken();
    const std::optional<TokenRow> row = m_tokens.find(tokenHash(token));
    if (!row || row->kind != TokenKind::Access)
        throw AuthError::invalidToken();
    if (now() >= row->expiresAt)
        throw AuthError::tokenExpired();
    std::optional<UserRow> user = m_users.byId(row->userId);
    if (!user)
        throw AuthError::invalidToken();
    return std::move(*user);
}

void AuthService::purgeNowAndThen(qint64 now) {
    if (now < m_nextPurge)
        return;
    m_nextPurge = now + PurgeIntervalMs;
    SqlTransaction transaction(m_database.connection());
    m_tokens.purge(now);
    transaction.commit();
}

} // namespace tpn::server
