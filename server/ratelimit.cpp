#include "ratelimit.h"

#include <algorithm>

namespace tpn::server {

namespace {

// Keys with only expired events are swept out this often, so that many different keys (guessed emails,
// made-up devices) do not grow the tables for ever.
constexpr int SweepInterval = 1000;

} // namespace

SlidingWindowLimit::SlidingWindowLimit(int limit, qint64 windowMs, std::unique_ptr<RateEvents> events)
    : m_limit(limit)
    , m_windowMs(windowMs)
    , m_events(std::move(events)) {}

qint64 SlidingWindowLimit::waitMs(const QString &key, qint64 now) {
    const QList<qint64> times = recent(key, now);
    if (times.size() < m_limit)
        return 0;
    // Allowed once so many events have left the window that fewer than limit remain.
    return std::max<qint64>(0, times.at(times.size() - m_limit) + m_windowMs - now);
}

void SlidingWindowLimit::record(const QString &key, qint64 now) {
    m_events->add(key, now);
    if (++m_recordsSinceSweep >= SweepInterval) {
        m_recordsSinceSweep = 0;
        m_events->forgetUntil(now - m_windowMs);
    }
}

QList<qint64> SlidingWindowLimit::recent(const QString &key, qint64 now) {
    return m_events->after(key, now - m_windowMs);
}

void SlidingWindowLimit::clear(const QString &key) {
    m_events->clear(key);
}

void SlidingWindowLimit::forget(const QString &key, qint64 time) {
    m_events->forgetOne(key, time);
}

qint64 retryAfterSeconds(qint64 waitMs) {
    return waitMs <= 0 ? 0 : std::max<qint64>(1, (waitMs + 999) / 1000);
}

LoginRateLimiter::LoginRateLimiter(Limits limits, const RateEventsFactory &events, const QString &scope)
    : m_limits(limits)
    , m_pairs(limits.perPair, limits.windowMs, events(scope + QStringLiteral(".pair")))
    , m_accounts(limits.perAccount, limits.windowMs, events(scope + QStringLiteral(".account")))
    , m_addresses(limits.perAddress, limits.windowMs, events(scope + QStringLiteral(".address"))) {}

QString LoginRateLimiter::pairKey(const QString &account, const QString &address) {
    return account + u' ' + address;
}

qint64 LoginRateLimiter::pairWaitMs(const QString &key, qint64 now) {
    const QList<qint64> times = m_pairs.recent(key, now);
    const qsizetype beyond = times.size() - m_limits.perPair;
    if (beyond < 0)
        return 0;
    // The perPair-th failure waits firstDelayMs, each further one twice as long, up to the window...
    const qint64 delay =
        std::min(m_limits.windowMs, m_limits.firstDelayMs << std::min<qsizetype>(beyond, 40));
    // ...or until so many failures have left the window that fewer than perPair remain.
    const qint64 untilBelow = times.at(beyond) + m_limits.windowMs - now;
    return std::max<qint64>(0, std::min(times.constLast() + delay - now, untilBelow));
}

qint64 LoginRateLimiter::retryAfterSeconds(const QString &account, const QString &address, qint64 now,
                                           bool accountWide) {
    qint64 wait = std::max(pairWaitMs(pairKey(account, address), now), m_addresses.waitMs(address, now));
    if (accountWide)
        wait = std::max(wait, m_accounts.waitMs(account, now));
    return server::retryAfterSeconds(wait);
}

void LoginRateLimiter::recordFailure(const QString &account, const QString &address, qint64 now) {
    m_pairs.record(pairKey(account, address), now);
    m_accounts.record(account, now);
    m_addresses.record(address, now);
}

void LoginRateLimiter::clearAccount(const QString &account, const QString &address) {
    m_pairs.clear(pairKey(account, address));
    m_accounts.clear(account);
}

void LoginRateLimiter::recordSuccess(const QString &account, const QString &address, qint64 attemptTime) {
    clearAccount(account, address);
    m_addresses.forget(address, attemptTime);
}

RequestRateLimiter::RequestRateLimiter(int perWindow, qint64 windowMs, std::unique_ptr<RateEvents> events)
    : m_keys(perWindow, windowMs, std::move(events)) {}

qint64 RequestRateLimiter::admit(const QString &key, qint64 now) {
    const qint64 wait = retryAfterSeconds(m_keys.waitMs(key, now));
    if (wait == 0)
        m_keys.record(key, now);
    return wait;
}

} // namespace tpn::server
