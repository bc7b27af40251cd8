#pragma once

#include <QList>
#include <QMap>

#include <optional>

namespace tpn::server {

// The fixed buckets of docs/telemetry.md: a value v > 0 falls in bucket k = ceil(4 * log2 v), whose upper
// bound is le = 2^(k/4) rounded to 2 decimals; v <= 0 falls in the bucket le = 0. Every device and version
// uses the same bounds, so histograms add up.
double bucketBound(double value);
// Whether le is one of those bounds (within the rounding to 2 decimals).
bool isBucketBound(double le);

// Histograms merged across batches: the counts per bucket bound, and the extremes.
class MergedHistogram {
public:
    // buckets: [le, count] pairs of one batch's metric, already validated.
    void add(qint64 count, double sum, double min, double max, const QList<QPair<double, qint64>> &buckets);

    qint64 count() const { return m_count; }
    double sum() const { return m_sum; }
    double min() const { return m_min; }
    double max() const { return m_max; }
    // The le of the first bucket whose cumulative count reaches q * count, clamped to [min, max];
    // nothing while empty.
    std::optional<double> quantile(double q) const;

private:
    QMap<qint64, qint64> m_buckets; // le in hundredths -> count
    qint64 m_count = 0;
    double m_sum = 0;
    double m_min = 0;
    double m_max = 0;
};

} // namespace tpn::server
