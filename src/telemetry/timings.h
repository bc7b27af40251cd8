#pragma once

#include "histogram.h"

#include <QJsonArray>
#include <QLatin1StringView>
#include <QMutex>
#include <QString>
#include <QStringView>
#include <atomic>
#include <unordered_map>

namespace tpn::telemetry {

enum class Metric {
    StartupFirstFrame,
    ScreenFirstVisit,
    ScreenVisit,
    ApiLatency,
    SyncDuration,
    SyncMutations,
    CacheQuery,
    DownloadThroughput,
};
inline constexpr int kMetricCount = int(Metric::DownloadThroughput) + 1;

QLatin1StringView metricName(Metric metric); // e.g. "api.latency"
QLatin1StringView metricUnit(Metric metric); // "ms", "count" or "bytes_per_s"

// Counters and fixed-bucket histograms per (metric, label): what the timings batches carry. No raw
// event is kept, so memory is bounded by the number of series, not by how long the app runs.
// Thread-safe: a sync on a worker and the GUI thread may record at the same time.
class Timings {
public:
    // A batch carries at most 200 metrics: 8 of them are kept for the label "other", which takes the
    // values of any further label (an endpoint whose ids were not replaced must not grow memory).
    static constexpr int kMaxSeries = 200;
    static constexpr int kMaxLabelledSeries = kMaxSeries - kMetricCount;
    static constexpr int kMaxLabelLength = 120;

    // Records one value; label e.g. a screen name or "GET /mobile-api/courses 200". Callable from any
    // thread; no disk I/O, and no allocation once the (metric, label) exists. A NaN or infinite value
    // is ignored.
    void record(Metric metric, double value, QStringView label = {});
    bool isEmpty() const;
    // The "metrics" array of a telemetry batch (docs/telemetry.md) since the last take, and reset.
    QJsonArray take();

private:
    struct Series {
        qint64 count = 0;
        double sum = 0;
        double min = 0;
        double max = 0;
        histogram::Counts buckets{};
    };
    struct Key {
        Metric metric;
        QString label;
    };
    struct KeyView {
        Metric metric;
        QStringView label;
    };
    // Lookups by QStringView, so recording with an existing label builds no QString.
    struct Hash {
        using is_transparent = void;
        size_t operator()(KeyView key) const noexcept { return qHash(key.label, size_t(key.metric)); }
        size_t operator()(const Key &key) const noexcept { return (*this)(KeyView{key.metric, key.label}); }
    };
    struct Equal {
        using is_transparent = void;
        static KeyView view(const Key &key) { return {key.metric, key.label}; }
        static KeyView view(KeyView key) { return key; }
        template <typename A, typename B> bool operator()(const A &a, const B &b) const noexcept {
            return view(a).metric == view(b).metric && view(a).label == view(b).label;
        }
    };

    Series &seriesFor(KeyView key);

    mutable QMutex m_mutex;
    std::unordered_map<Key, Series, Hash, Equal> m_series;
    int m_labelled = 0;
    std::atomic<qint64> m_recorded{0};
};

} // namespace tpn::telemetry
