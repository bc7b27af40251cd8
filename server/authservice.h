#pragma once

#include "tokenstore.h"
#include "userstore.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace tpn::server {

class Database;
class LoginRateLimiter;
class RequestRateLimiter;
class PasswordHasher;

// Validated fields of a new account (see userfields.h).
struct NewAccount {
    QString email; // normalized
    QString password;
    QString displayName;
    QString language;
    bool demo = false; // a --demo account, whose password is public
};

// A user with a fresh pair of tokens: what register, login and refresh answer.
struct Session {
    UserRow user;
    TokenPair tokens;
};

// Accounts and tokens: registration, login with its rate limit, refresh-token rotation with reuse
// detection, logout, and the check of access tokens. Errors are thrown as ApiError/AuthError, or carried
// by the futures of registration and login: those hash with Argon2id (tens of ms each) on a few worker
// threads, so the server's thread keeps answering meanwhile, and do their database work back on the
// thread that made this object — the thread that owns the SQLite connection.
class AuthService {
public:
    AuthService(const Database &database, UserStore &users, TokenStore &tokens, const PasswordHasher &hasher,
                LoginRateLimiter &loginLimiter, RequestRateLimiter &registrationLimiter);

    // clientAddress: the key of the per-address registration limit, which counts every attempt.
    QFuture<Session> registerUser(const NewAccount &account, const QString &clientAddress);
    // Creates the account unless one with its email exists; true if it did. For a demo account, an
    // existing one that still has the demo password (made before accounts carried the flag) is flagged.
    bool addAccountIfMissing(const NewAccount &account);
    // clientAddress: the key of the per-address rate limit. Demo accounts have no per-account lockout:
    // their failures count per account and address, so one device's typos do not lock out the others.
    QFuture<Session> login(const QString &email, const QString &password, const QString &clientAddress);
    Session refresh(const QString &refreshToken);
    // Revokes the refresh token's family; does nothing for an unknown token.
    void logout(const QString &refreshToken);
    // The owner of the access token in an Authorization header ("Bearer <token>").
    UserRow authenticate(const QByteArray &authorization);

    qint64 accessLifetimeSeconds() const { return m_tokens.lifetimes().accessMs / 1000; }

private:
    std::optional<UserRow> createUser(const NewAccount &account, const QByteArray &passwordHash, qint64 now);
    void purgeNowAndThen(qint64 now);

    const Database &m_database;
    UserStore &m_users;
    TokenStore &m_tokens;
    const PasswordHasher &m_hasher;
    LoginRateLimiter &m_loginLimiter;
    RequestRateLimiter &m_registrationLimiter;
    qint64 m_nextPurge = 0;
    QObject m_owningThread; // the context of the continuations that touch the database
    QThreadPool m_hashing;  // declared last: destroyed (waiting for its hashes) first
};

} // namespace tpn::server
