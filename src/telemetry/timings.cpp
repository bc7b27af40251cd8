#include "timings.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace tpn::telemetry {

namespace {
struct MetricInfo {
    QLatin1StringView name;
    QLatin1StringView unit;
};
constexpr MetricInfo kMetrics[kMetricCount] = {
    {QLatin1StringView("startup.first_frame"), QLatin1StringView("ms")},
    {QLatin1StringView("screen.first_visit"), QLatin1StringView("ms")},
    {QLatin1StringView("screen.visit"), QLatin1StringView("ms")},
    {QLatin1StringView("api.latency"), QLatin1StringView("ms")},
    {QLatin1StringView("sync.duration"), QLatin1StringView("ms")},
    {QLatin1StringView("sync.mutations"), QLatin1StringView("count")},
    {QLatin1StringView("cache.query"), QLatin1StringView("ms")},
    {QLatin1StringView("download.throughput"), QLatin1StringView("bytes_per_s")},
};
constexpr QStringView kOtherLabel = u"other";

// The wire allows printable characters only; a label is the app's own text, so this is a safeguard.
QString printable(const QString &label) {
    QString out = label;
    for (QChar &c : out)
        if (!c.isPrint())
            c = u'?';
    return out;
}
} // namespace

QLatin1StringView metricName(Metric metric) {
    return kMetrics[int(metric)].name;
}

QLatin1StringView metricUnit(Metric metric) {
    return kMetrics[int(metric)].unit;
}

Timings::Series &Timings::seriesFor(KeyView key) {
    if (auto it = m_series.find(key); it != m_series.end())
        return it->second;
    if (key.label != kOtherLabel) {
        if (m_labelled < kMaxLabelledSeries) {
            ++m_labelled;
        } else {
            key.label = kOtherLabel;
            if (auto it = m_series.find(key); it != m_series.end())
                return it->second;
        }
    }
    return m_series.try_emplace(Key{key.metric, key.label.toString()}).first->second;
}

void Timings::record(Metric metric, double value, QStringView label) {
    if (!std::isfinite(value))
        return;
    const int bucket = histogram::bucketOf(value);
    QMutexLocker lock(&m_mutex);
    Series &series = seriesFor({metric, label.left(kMaxLabelLength)});
    if (series.count == 0) {
        series.min = value;
        series.max = value;
    } else {
        series.min = std::min(series.min, value);
        series.max = std::max(series.max, value);
    }
    ++series.count;
    series.sum += value;
    ++series.buckets[bucket];
    m_recorded.fetch_add(1, std::memory_order_relaxed);
}

bool Timings::isEmpty() const {
    return m_recorded.load(std::memory_order_relaxed) == 0;
}

QJsonArray Timings::take() {
    struct Taken {
        Metric metric;
        QString label;
        Series series;
    };
    QList<Taken> taken;
    {
        // Copy and reset under the lock; the JSON is built after, so recorders wait microseconds only.
        QMutexLocker lock(&m_mutex);
        for (auto it = m_series.begin(); it != m_series.end();) {
            if (it->second.count == 0) {
                // Unused for a whole batch: forget it, so labels seen once do not hold their slot.
                if (it->first.label != kOtherLabel)
                    --m_labelled;
                it = m_series.erase(it);
                continue;
            }
            taken.append({it->first.metric, it->first.label, it->second});
            it->second = Series{};
            ++it;
        }
        m_recorded.store(0, std::memory_order_relaxed);
    }
    std::sort(taken.begin(), taken.end(), [](const Taken &a, const Taken &b) {
        return a.metric != b.metric ? a.metric < b.metric : a.label < b.label;
    });
    QJsonArray metrics;
    for (const Taken &t : std::as_const(taken)) {
        metrics.append(QJsonObject{
            {QStringLiteral("name"), metricName(t.metric)},
            {QStringLiteral("label"), printable(t.label)},
            {QStringLiteral("unit"), metricUnit(t.metric)},
            {QStringLiteral("count"), t.series.count},
            {QStringLiteral("sum"), t.series.sum},
            {QStringLiteral("min"), t.series.min},
            {QStringLiteral("max"), t.series.max},
            {QStringLiteral("buckets"), histogram::toJson(t.series.buckets)},
        });
    }
    return metrics;
}

} // namespace tpn::telemetry
