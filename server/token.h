#pragma once

#include <QByteArray>
#include <QString>

namespace tpn::server {

// A new opaque token: 32 random bytes from the system's generator, base64url without padding (43 chars).
QString newToken();

// What the database keeps instead of the token: the hex SHA-256 of its text. The token carries 256 random
// bits, so a plain hash (no salt, no slow hash) is enough to make a stolen database useless as tokens.
QString tokenHash(const QString &token);

} // namespace tpn::server
