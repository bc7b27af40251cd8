#pragma once

#include <QString>

namespace tpn::server {

// One-time password-reset codes (docs/security.md). Their form (alphabet, length, grouping, how a typed
// code is read) is shared with the app in src/domain/accountrules.h.

// A new code in canonical form ("K7QM3XPA9R"): each character drawn uniformly from the alphabet by the
// system's generator, about 49.5 bits in all.
QString newResetCode();

// What the database keeps instead of the code: the hex SHA-256 of "<user id>:<code>". The user id ties a
// code to its account, so equal codes of two accounts do not have equal hashes.
QString resetCodeHash(const QString &userId, const QString &normalizedCode);

// Compares two hashes in a time that does not depend on where they differ, so timing the answers does
// not reveal how much of a guess was right.
bool sameHash(const QString &a, const QString &b);

} // namespace tpn::server
