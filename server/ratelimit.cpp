#include "ratelimit.h"

#include <algorithm>

namespace tpn::server {

namespace {

// Keys with only expired failures are swept out this often, so that guessing at many different emails
// does not grow the tables for ever.
constexpr int SweepInterval = 1000;

} // namespace

LoginRateLimiter::LoginRateLimiter(Limits limits)
    : m_limits(limits) {}

qint64 LoginRateLimiter::retryAfterSeconds(const QString &account, const QString &address, qint64 now) {
    const qint64 wait = std::max(waitMs(m_accounts, account, m_limits.perAccount, now),
                                 waitMs(m_addresses, address, m_limits.perAddress, now));
    return wait <= 0 ? 0 : std::max<qint64>(1, (wait + 999) / 1000);
}

qint64 LoginRateLimiter::waitMs(Failures &failures, const QString &key, int limit, qint64 now) const {
    const auto found = failures.find(key);
    if (found == failures.end())
        return 0;
    QList<qint64> &times = *found;
    times.removeIf([&](qint64 time) { return time + m_limits.windowMs <= now; });
    if (times.isEmpty()) {
        failures.erase(found);
        return 0;
    }
    if (times.size() < limit)
        return 0;
    // The attempt is allowed once so many failures have left the window that fewer than limit remain.
    return times.at(times.size() - limit) + m_limits.windowMs - now;
}

void LoginRateLimiter::recordFailure(const QString &account, const QString &address, qint64 now) {
    m_accounts[account].append(now);
    m_addresses[address].append(now);
    if (++m_recordsSinceSweep >= SweepInterval) {
        m_recordsSinceSweep = 0;
        forgetExpired(m_accounts, now);
        forgetExpired(m_addresses, now);
    }
}

void LoginRateLimiter::clearAccount(const QString &account) {
    m_accounts.remove(account);
}

void LoginRateLimiter::forgetExpired(Failures &failures, qint64 now) const {
    failures.removeIf([&](const Failures::iterator &entry) {
        return entry.value().constLast() + m_limits.windowMs <= now;
    });
}

} // namespace tpn::server
