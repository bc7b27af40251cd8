#pragma once

#include "authservice.h"

#include <QString>

namespace tpn::server {

class Database;
class LoginRateLimiter;
class PasswordHasher;
class ResetCodeStore;
class TokenStore;
class UserStore;

// Sets a new password with a one-time reset code that a teacher printed with `tekpounou-server
// reset-code` (resetcodecommand.h). A reset ends every session of the account — whoever held a token
// of it is signed out — and starts a new one for the learner. Errors are thrown as ApiError/AuthError.
class PasswordResets {
public:
    // codeLimiter: wrong codes, per account and per client address, kept apart from failed logins.
    PasswordResets(const Database &database, UserStore &users, TokenStore &tokens, ResetCodeStore &codes,
                   const PasswordHasher &hasher, LoginRateLimiter &codeLimiter);

    // code: in canonical form (tpn::normalizeResetCode); newPassword: already checked against the rules.
    Session reset(const QString &email, const QString &code, const QString &newPassword,
                  const QString &clientAddress);

private:
    const Database &m_database;
    UserStore &m_users;
    TokenStore &m_tokens;
    ResetCodeStore &m_codes;
    const PasswordHasher &m_hasher;
    LoginRateLimiter &m_codeLimiter;
};

} // namespace tpn::server
