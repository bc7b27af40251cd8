#include "activesessions.h"

#include "database.h"

namespace tpn::server {

ActiveSessions::ActiveSessions(const Database &database)
    : m_count(database.connection(),
              QStringLiteral("SELECT COUNT(DISTINCT family_id) FROM tokens "
                             "WHERE expires_at > ? AND kind = 'refresh' AND used = 0")) {}

qint64 ActiveSessions::count(qint64 now) {
    m_count.exec({now});
    const qint64 sessions = m_count.next() ? m_count.value(0).toLongLong() : 0;
    m_count.finish();
    return sessions;
}

} // namespace tpn::server
