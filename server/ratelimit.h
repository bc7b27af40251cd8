#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace tpn::server {

// Failed logins per account and per client address in a sliding window, in memory: a restart forgets
// them, which costs an attacker a restart per window at most. Times are ms since the epoch.
class LoginRateLimiter {
public:
    struct Limits {
        int perAccount = 5;
        int perAddress = 20;
        qint64 windowMs = 15 * 60 * 1000;
    };

    explicit LoginRateLimiter(Limits limits);

    // 0 when an attempt may be made now; otherwise the whole seconds until one may (at least 1).
    qint64 retryAfterSeconds(const QString &account, const QString &address, qint64 now);
    void recordFailure(const QString &account, const QString &address, qint64 now);
    void clearAccount(const QString &account);

private:
    using Failures = QHash<QString, QList<qint64>>; // oldest first
    qint64 waitMs(Failures &failures, const QString &key, int limit, qint64 now) const;
    void forgetExpired(Failures &failures, qint64 now) const;

    Limits m_limits;
    Failures m_accounts;
    Failures m_addresses;
    int m_recordsSinceSweep = 0;
};

} // namespace tpn::server
