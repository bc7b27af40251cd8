#pragma once

#include <QRandomGenerator>
#include <QString>

namespace tpn::server {

// What an injected fault does to one request (docs/sync.md, Fault injection).
enum class FaultKind {
    None,
    DropBeforeProcessing, // abort the connection; nothing is processed or committed
    DropAfterCommit,      // process and commit, then abort the connection without answering
    InternalError,        // answer 500 internal without processing
    RateLimited,          // answer 429 rate_limited with Retry-After: 1 without processing
    Delay,                // process, then answer normally after delayMs
};

struct Fault {
    FaultKind kind = FaultKind::None;
    int delayMs = 0; // FaultKind::Delay only

    bool operator==(const Fault &) const = default;
};

// The stable name of a fault kind, for the log and the tests ("drop_before_processing", …).
QString faultName(FaultKind kind);

// Decides, request by request, whether to inject a fault and which (--fault-rate, --fault-seed). The
// sequence depends only on the rate and the seed: every call draws the same amount of randomness whatever
// it decides, so a test that makes its own FaultPlan with the same arguments predicts what the server
// will do to each of its requests.
class FaultPlan {
public:
    static constexpr int MinimumDelayMs = 200;
    static constexpr int MaximumDelayMs = 1500;
    static constexpr int KindCount = 5;

    FaultPlan(double rate, quint32 seed);

    bool isActive() const { return m_rate > 0; }
    Fault next();

private:
    double m_rate;
    QRandomGenerator m_random;
};

} // namespace tpn::server
