#pragma once

#include "sqlstatement.h"

#include <QString>

#include <optional>

namespace tpn::server {

class Database;

// A user's password-reset code as stored: its hash (resetcode.h), never the code.
struct ResetCodeRow {
    QString codeHash;
    qint64 expiresAt = 0; // ms since the epoch
    bool used = false;
};

// The reset_codes table: at most one code per user, so issuing a new code replaces any older one (used
// or not), and a user's codes go with the account (ON DELETE CASCADE).
class ResetCodeStore {
public:
    explicit ResetCodeStore(const Database &database);

    void replace(const QString &userId, const QString &codeHash, qint64 now, qint64 expiresAt);
    std::optional<ResetCodeRow> find(const QString &userId);
    void markUsed(const QString &userId);

private:
    SqlStatement m_replace;
    SqlStatement m_find;
    SqlStatement m_markUsed;
};

} // namespace tpn::server
