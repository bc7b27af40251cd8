#pragma once

#include "sqlstatement.h"

namespace tpn::server {

class Database;

// The signed-in sessions, for /metrics: token families with an unused refresh token that has not expired
// (the sessions docs/api.md calls active, across every account). One range of the tokens' expiry index.
class ActiveSessions {
public:
    explicit ActiveSessions(const Database &database);

    // now: milliseconds since the epoch. Throws DatabaseError.
    qint64 count(qint64 now);

private:
    SqlStatement m_count;
};

} // namespace tpn::server
