#include "faultplan.h"

namespace tpn::server {

QString faultName(FaultKind kind) {
    switch (kind) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::DropBeforeProcessing:
        return QStringLiteral("drop_before_processing");
    case FaultKind::DropAfterCommit:
        return QStringLiteral("drop_after_commit");
    case FaultKind::InternalError:
        return QStringLiteral("internal_error");
    case FaultKind::RateLimited:
        return QStringLiteral("rate_limited");
    case FaultKind::Delay:
        return QStringLiteral("delay");
    }
    return QStringLiteral("unknown");
}

FaultPlan::FaultPlan(double rate, quint32 seed)
    : m_rate(rate)
    , m_random(seed) {}

Fault FaultPlan::next() {
    // All three draws happen on every call, so decision N is the same however the earlier ones went.
    const double roll = m_random.generateDouble();
    const int kind = int(m_random.bounded(KindCount));
    const int delayMs = int(m_random.bounded(MinimumDelayMs, MaximumDelayMs + 1));
    if (roll >= m_rate)
        return {};
    const auto chosen = FaultKind(int(FaultKind::DropBeforeProcessing) + kind);
    return {chosen, chosen == FaultKind::Delay ? delayMs : 0};
}

} // namespace tpn::server
