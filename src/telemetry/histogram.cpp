#include "histogram.h"

#include <algorithm>
#include <cmath>

namespace tpn::telemetry::histogram {

int bucketOf(double v) {
    if (v <= 0)
        return 0;
    const double k = std::ceil(4.0 * std::log2(v));
    const double clamped = std::clamp(k, double(kMinExponent), double(kMaxExponent));
    return int(clamped) - kMinExponent + 1;
}

double upperBound(int index) {
    if (index <= 0)
        return 0;
    const int k = index - 1 + kMinExponent;
    return std::round(std::exp2(k / 4.0) * 100.0) / 100.0;
}

QJsonArray toJson(const Counts &counts) {
    struct Pair {
        double le;
        qint64 count;
    };
    QList<Pair> pairs;
    for (int i = 0; i < kBuckets; ++i) {
        if (counts[i] == 0)
            continue;
        const double le = upperBound(i);
        if (!pairs.isEmpty() && pairs.constLast().le == le)
            pairs.last().count += counts[i];
        else
            pairs.append({le, counts[i]});
    }
    if (pairs.size() > kMaxSentBuckets) {
        const qsizetype fold = pairs.size() - kMaxSentBuckets;
        for (qsizetype i = 0; i < fold; ++i)
            pairs[fold].count += pairs.at(i).count;
        pairs.remove(0, fold);
    }
    QJsonArray array;
    for (const Pair &pair : std::as_const(pairs))
        array.append(QJsonArray{pair.le, pair.count});
    return array;
}

} // namespace tpn::telemetry::histogram
