#include "histogram.h"

#include <algorithm>
#include <cmath>

namespace tpn::server {

namespace {

double roundedBound(int k) {
    return std::round(std::exp2(k / 4.0) * 100) / 100;
}

qint64 hundredths(double le) {
    return qint64(std::llround(le * 100));
}

} // namespace

double bucketBound(double value) {
    if (!(value > 0))
        return 0;
    return roundedBound(int(std::ceil(4 * std::log2(value))));
}

bool isBucketBound(double le) {
    if (le == 0)
        return true;
    if (!(le > 0) || !std::isfinite(le))
        return false;
    // Several tiny buckets round to the same bound, so look at the k on either side of 4 * log2 le.
    const double k = 4 * std::log2(le);
    for (const double candidate : {std::floor(k), std::ceil(k)}) {
        if (std::fabs(candidate) < 4096 && hundredths(roundedBound(int(candidate))) == hundredths(le) &&
            std::fabs(le * 100 - std::round(le * 100)) < 1e-6 * std::max(1.0, le))
            return true;
    }
    return false;
}

void MergedHistogram::add(qint64 count, double sum, double min, double max,
                          const QList<QPair<double, qint64>> &buckets) {
    m_min = m_count == 0 ? min : std::min(m_min, min);
    m_max = m_count == 0 ? max : std::max(m_max, max);
    m_count += count;
    m_sum += sum;
    for (const auto &[le, bucketCount] : buckets)
        m_buckets[hundredths(le)] += bucketCount;
}

std::optional<double> MergedHistogram::quantile(double q) const {
    if (m_count == 0)
        return std::nullopt;
    const double target = q * double(m_count);
    qint64 cumulative = 0;
    double le = m_max;
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        cumulative += it.value();
        if (double(cumulative) >= target) {
            le = double(it.key()) / 100;
            break;
        }
    }
    return std::clamp(le, m_min, m_max);
}

} // namespace tpn::server
