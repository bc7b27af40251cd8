#pragma once

#include "rateevents.h"

#include <QList>
#include <QString>

#include <memory>

namespace tpn::server {

// Events per key (an account, a client address, a device) in a sliding window, kept where events says
// (rateevents.h: this process's memory, or the database shared by every server process). Times are ms
// since the epoch.
class SlidingWindowLimit {
public:
    SlidingWindowLimit(int limit, qint64 windowMs, std::unique_ptr<RateEvents> events = memoryRateEvents());

    // 0 when one more event is allowed now; otherwise the ms until one is.
    qint64 waitMs(const QString &key, qint64 now);
    void record(const QString &key, qint64 now);
    // The key's events still in the window, oldest first.
    QList<qint64> recent(const QString &key, qint64 now);
    void clear(const QString &key);
    // Takes back one event recorded at time.
    void forget(const QString &key, qint64 time);
    qint64 windowMs() const { return m_windowMs; }

private:
    int m_limit;
    qint64 m_windowMs;
    std::unique_ptr<RateEvents> m_events;
    int m_recordsSinceSweep = 0;
};

// Whole seconds for a Retry-After header: 0 for no wait, otherwise at least 1.
qint64 retryAfterSeconds(qint64 waitMs);

// Failed logins in a sliding window, kept in the scope's RateEvents ("<scope>.pair", ".account",
// ".address"). Times are ms since the epoch. Three counts, so that one pupil's typos or guesses do
// not lock a whole school behind one NAT address out:
// - per account and address: perPair failures, then each further one waits twice as long as the one
//   before (firstDelayMs, 2×, 4×… capped at the window);
// - per account, from any address, against guessing from many addresses (accountWide only);
// - per address, a ceiling high enough for a classroom, against a spray over many accounts.
class LoginRateLimiter {
public:
    struct Limits {
        int perPair = 5;
        int perAccount = 20;
        int perAddress = 200;
        qint64 windowMs = 15 * 60 * 1000;
        qint64 firstDelayMs = 1000;
    };

    explicit LoginRateLimiter(Limits limits, const RateEventsFactory &events = inMemory(),
                              const QString &scope = QStringLiteral("login"));

    // 0 when an attempt may be made now; otherwise the whole seconds until one may (at least 1).
    // accountWide false: the account has no limit of its own (the demo accounts), only per address.
    qint64 retryAfterSeconds(const QString &account, const QString &address, qint64 now,
                             bool accountWide = true);
    void recordFailure(const QString &account, const QString &address, qint64 now);
    // After a success: the account's failures, and those of the account from this address.
    void clearAccount(const QString &account, const QString &address);
    // A login that was recorded as a failure at attemptTime, while it was verified, succeeded: clears the
    // account as clearAccount() does and takes the attempt back from the address's count.
    void recordSuccess(const QString &account, const QString &address, qint64 attemptTime);

private:
    static QString pairKey(const QString &account, const QString &address);
    qint64 pairWaitMs(const QString &key, qint64 now);

    Limits m_limits;
    SlidingWindowLimit m_pairs;
    SlidingWindowLimit m_accounts;
    SlidingWindowLimit m_addresses;
};

// Requests per key: reports per device (crash reports, timing batches: docs/telemetry.md), where every
// valid report counts, duplicates included, so a device that resends in a loop is limited too; and
// registrations per client address.
class RequestRateLimiter {
public:
    RequestRateLimiter(int perWindow, qint64 windowMs,
                       std::unique_ptr<RateEvents> events = memoryRateEvents());

    // 0 when the request may go ahead (and is counted); otherwise the Retry-After seconds (not counted).
    qint64 admit(const QString &key, qint64 now);

private:
    SlidingWindowLimit m_keys;
};

} // namespace tpn::server
