#include "ratelimit.h"

#include <algorithm>

namespace tpn::server {

namespace {

// Keys with only expired events are swept out this often, so that many different keys (guessed emails,
// made-up devices) do not grow the tables for ever.
constexpr int SweepInterval = 1000;

} // namespace

SlidingWindowLimit::SlidingWindowLimit(int limit, qint64 windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs) {}

qint64 SlidingWindowLimit::waitMs(const QString &key, qint64 now) {
    const auto found = m_events.find(key);
    if (found == m_events.end())
        return 0;
    QList<qint64> &times = *found;
    times.removeIf([&](qint64 time) { return time + m_windowMs <= now; });
    if (times.isEmpty()) {
        m_events.erase(found);
        return 0;
    }
    if (times.size() < m_limit)
        return 0;
    // Allowed once so many events have left the window that fewer than limit remain.
    return std::max<qint64>(0, times.at(times.size() - m_limit) + m_windowMs - now);
}

void SlidingWindowLimit::record(const QString &key, qint64 now) {
    m_events[key].append(now);
    if (++m_recordsSinceSweep >= SweepInterval) {
        m_recordsSinceSweep = 0;
        forgetExpired(now);
    }
}

void SlidingWindowLimit::clear(const QString &key) {
    m_events.remove(key);
}

void SlidingWindowLimit::forgetExpired(qint64 now) {
    m_events.removeIf([&](const QHash<QString, QList<qint64>>::iterator &entry) {
        return entry.value().constLast() + m_windowMs <= now;
    });
}

qint64 retryAfterSeconds(qint64 waitMs) {
    return waitMs <= 0 ? 0 : std::max<qint64>(1, (waitMs + 999) / 1000);
}

LoginRateLimiter::LoginRateLimiter(Limits limits)
    : m_accounts(limits.perAccount, limits.windowMs)
    , m_addresses(limits.perAddress, limits.windowMs) {}

qint64 LoginRateLimiter::retryAfterSeconds(const QString &account, const QString &address, qint64 now) {
    return server::retryAfterSeconds(
        std::max(m_accounts.waitMs(account, now), m_addresses.waitMs(address, now)));
}

void LoginRateLimiter::recordFailure(const QString &account, const QString &address, qint64 now) {
    m_accounts.record(account, now);
    m_addresses.record(address, now);
}

void LoginRateLimiter::clearAccount(const QString &account) {
    m_accounts.clear(account);
}

DeviceRateLimiter::DeviceRateLimiter(int perWindow, qint64 windowMs)
    : m_devices(perWindow, windowMs) {}

qint64 DeviceRateLimiter::admit(const QString &device, qint64 now) {
    const qint64 wait = retryAfterSeconds(m_devices.waitMs(device, now));
    if (wait == 0)
        m_devices.record(device, now);
    return wait;
}

} // namespace tpn::server
