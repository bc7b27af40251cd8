// Timings: the fixed buckets of docs/telemetry.md exactly, the aggregates, labels, take(), bounds on
// memory, and recording from several threads at once.
#include "timings.h"

#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <cmath>

using namespace tpn::telemetry;

namespace {

QJsonObject only(const QJsonArray &metrics) {
    return metrics.size() == 1 ? metrics.at(0).toObject() : QJsonObject{};
}

QJsonObject find(const QJsonArray &metrics, const QString &name, const QString &label) {
    for (const QJsonValue &m : metrics)
        if (m[QLatin1String("name")].toString() == name && m[QLatin1String("label")].toString() == label)
            return m.toObject();
    return {};
}

} // namespace

class TestTimings : public QObject {
    Q_OBJECT
private slots:
    void bucketBoundaries_data();
    void bucketBoundaries();
    void aggregates();
    void wireNamesAndUnits();
    void labelsAreSeparate();
    void takeResets();
    void nonFiniteValuesAreIgnored();
    void bucketsSharingARoundedBoundAreOne();
    void atMost64BucketsAndCountsKept();
    void labelsBeyondTheCapGoToOther();
    void concurrentRecordingSumsCorrectly();
};

void TestTimings::bucketBoundaries_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("le");
    QTest::newRow("1 is its own bound") << 1.0 << 1.0;
    QTest::newRow("just above 1") << 1.0001 << 1.19;
    QTest::newRow("0") << 0.0 << 0.0;
    QTest::newRow("negative") << -3.5 << 0.0;
    QTest::newRow("2 is its own bound") << 2.0 << 2.0;
    QTest::newRow("just above 2") << 2.0001 << 2.38;
    QTest::newRow("just below 2") << 1.9999 << 2.0;
    QTest::newRow("a half") << 0.5 << 0.5;
    QTest::newRow("docs: 812.5 ms") << 812.5 << 861.08;
    QTest::newRow("docs: 21 ms") << 21.0 << 22.63;
    QTest::newRow("1024") << 1024.0 << 1024.0;
    QTest::newRow("1025") << 1025.0 << 1217.75;
    QTest::newRow("tiny: rounds to 0") << 1e-9 << 0.0;
}

void TestTimings::bucketBoundaries() {
    QFETCH(double, value);
    QFETCH(double, le);
    Timings timings;
    timings.record(Metric::ApiLatency, value);
    const QJsonArray buckets = only(timings.take())[QLatin1String("buckets")].toArray();
    QCOMPARE(buckets.size(), 1);
    QCOMPARE(buckets.at(0).toArray().at(0).toDouble(), le);
    QCOMPARE(buckets.at(0).toArray().at(1).toInt(), 1);
    // And by the formula itself, independently of the rounding: 2^(k/4) with k = ceil(4·log2 v).
    if (value > 0.01)
        QCOMPARE(std::round(std::exp2(std::ceil(4 * std::log2(value)) / 4) * 100) / 100, le);
}

void TestTimings::aggregates() {
    Timings timings;
    for (double v : {21.0, 130.4, 25.0, 22.0})
        timings.record(Metric::ApiLatency, v, u"GET /mobile-api/courses 200");
    const QJsonObject m = only(timings.take());
    QCOMPARE(m[QLatin1String("count")].toInt(), 4);
    QCOMPARE(m[QLatin1String("sum")].toDouble(), 198.4);
    QCOMPARE(m[QLatin1String("min")].toDouble(), 21.0);
    QCOMPARE(m[QLatin1String("max")].toDouble(), 130.4);
    // 21 and 22 share le 22.63, 25 is in 26.91, 130.4 in 152.22; ascending, only non-empty ones.
    QCOMPARE(m[QLatin1String("buckets")].toArray(),
             (QJsonArray{QJsonArray{22.63, 2}, QJsonArray{26.91, 1}, QJsonArray{152.22, 1}}));
}

void TestTimings::wireNamesAndUnits() {
    Timings timings;
    const QList<std::tuple<Metric, QString, QString>> expected = {
        {Metric::StartupFirstFrame, "startup.first_frame", "ms"},
        {Metric::ScreenFirstVisit, "screen.first_visit", "ms"},
        {Metric::ScreenVisit, "screen.visit", "ms"},
        {Metric::ApiLatency, "api.latency", "ms"},
        {Metric::SyncDuration, "sync.duration", "ms"},
        {Metric::SyncMutations, "sync.mutations", "count"},
        {Metric::CacheQuery, "cache.query", "ms"},
        {Metric::DownloadThroughput, "download.throughput", "bytes_per_s"},
    };
    for (const auto &[metric, name, unit] : expected)
        timings.record(metric, 1);
    const QJsonArray metrics = timings.take();
    QCOMPARE(metrics.size(), expected.size());
    for (const auto &[metric, name, unit] : expected) {
        const QJsonObject m = find(metrics, name, QString());
        QCOMPARE(m[QLatin1String("unit")].toString(), unit);
        QCOMPARE(m.keys(), (QStringList{"buckets", "count", "label", "max", "min", "name", "sum", "unit"}));
    }
}

void TestTimings::labelsAreSeparate() {
    Timings timings;
    timings.record(Metric::ScreenVisit, 10, u"courses");
    timings.record(Metric::ScreenVisit, 20, u"tasks");
    timings.record(Metric::ScreenVisit, 30, u"tasks");
    timings.record(Metric::ScreenFirstVisit, 40, u"tasks");
    const QJsonArray metrics = timings.take();
    QCOMPARE(metrics.size(), 3);
    QCOMPARE(find(metrics, "screen.visit", "courses")[QLatin1String("count")].toInt(), 1);
    QCOMPARE(find(metrics, "screen.visit", "tasks")[QLatin1String("sum")].toDouble(), 50.0);
    QCOMPARE(find(metrics, "screen.first_visit", "tasks")[QLatin1String("count")].toInt(), 1);
}

void TestTimings::takeResets() {
    Timings timings;
    QVERIFY(timings.isEmpty());
    timings.record(Metric::CacheQuery, 3, u"courses");
    QVERIFY(!timings.isEmpty());
    QCOMPARE(timings.take().size(), 1);
    QVERIFY(timings.isEmpty());
    QVERIFY(timings.take().isEmpty());
    timings.record(Metric::CacheQuery, 5, u"courses");
    const QJsonObject m = only(timings.take());
    QCOMPARE(m[QLatin1String("count")].toInt(), 1); // the earlier value is gone
    QCOMPARE(m[QLatin1String("min")].toDouble(), 5.0);
}

void TestTimings::nonFiniteValuesAreIgnored() {
    Timings timings;
    timings.record(Metric::SyncDuration, std::nan(""));
    timings.record(Metric::SyncDuration, INFINITY);
    QVERIFY(timings.isEmpty());
    QVERIFY(timings.take().isEmpty());
}

void TestTimings::bucketsSharingARoundedBoundAreOne() {
    Timings timings;
    // 0.002 and 0.003 fall in buckets whose bounds round to 0.00: sent as one with 0 itself.
    for (double v : {0.0, 0.002, 0.003})
        timings.record(Metric::CacheQuery, v);
    QCOMPARE(only(timings.take())[QLatin1String("buckets")].toArray(), (QJsonArray{QJsonArray{0.0, 3}}));
}

void TestTimings::atMost64BucketsAndCountsKept() {
    Timings timings;
    // 2^0 … 2^30 in quarter steps: 121 distinct buckets.
    for (int k = 0; k <= 120; ++k)
        timings.record(Metric::DownloadThroughput, std::exp2(k / 4.0));
    const QJsonArray buckets = only(timings.take())[QLatin1String("buckets")].toArray();
    QCOMPARE(buckets.size(), 64);
    qint64 total = 0;
    double previous = -1;
    for (const QJsonValue &b : buckets) {
        QVERIFY(b[0].toDouble() > previous);
        previous = b[0].toDouble();
        total += b[1].toInteger();
    }
    QCOMPARE(total, 121);
    QCOMPARE(buckets.last()[0].toDouble(), std::exp2(30.0));
    QCOMPARE(buckets.first()[1].toInt(), 121 - 63); // the lowest ones folded into the lowest kept
}

void TestTimings::labelsBeyondTheCapGoToOther() {
    Timings timings;
    for (int i = 0; i < 300; ++i)
        timings.record(Metric::ApiLatency, 1, QStringLiteral("GET /mobile-api/courses/%1 200").arg(i));
    timings.record(Metric::ScreenVisit, 1, u"courses");
    const QJsonArray metrics = timings.take();
    QCOMPARE(metrics.size(), Timings::kMaxLabelledSeries + 2); // and one "other" for each metric
    QVERIFY(metrics.size() <= 200);
    QCOMPARE(find(metrics, "api.latency", "other")[QLatin1String("count")].toInt(),
             300 - Timings::kMaxLabelledSeries);
    QCOMPARE(find(metrics, "screen.visit", "other")[QLatin1String("count")].toInt(), 1);
    qint64 total = 0;
    for (const QJsonValue &m : metrics)
        total += m[QLatin1String("count")].toInteger();
    QCOMPARE(total, 301);

    // The labels of the last batch keep their slots for the next one...
    timings.record(Metric::ScreenVisit, 1, u"tasks");
    QCOMPARE(only(timings.take())[QLatin1String("label")].toString(), QStringLiteral("other"));
    // ...and a label not used for a whole batch gives its slot back.
    QVERIFY(timings.take().isEmpty());
    timings.record(Metric::ScreenVisit, 1, u"tasks");
    QCOMPARE(only(timings.take())[QLatin1String("label")].toString(), QStringLiteral("tasks"));
}

void TestTimings::concurrentRecordingSumsCorrectly() {
    Timings timings;
    constexpr int kThreads = 4;
    constexpr int kPerThread = 100000;
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.append(QThread::create([&timings, t] {
            const QString label = t % 2 ? QStringLiteral("odd") : QStringLiteral("even");
            for (int i = 0; i < kPerThread; ++i) {
                timings.record(Metric::ApiLatency, 1, label);
                timings.record(Metric::SyncMutations, 2);
            }
        }));
        threads.last()->start();
    }
    // take() while they record: nothing may be lost or counted twice between batches.
    QList<QJsonArray> batches;
    while (std::any_of(threads.cbegin(), threads.cend(), [](QThread *t) { return !t->isFinished(); }))
        batches.append(timings.take());
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    batches.append(timings.take());
    qint64 latency = 0;
    double mutationsSum = 0;
    qint64 bucketTotal = 0;
    for (const QJsonArray &batch : batches) {
        for (const QJsonValue &m : batch) {
            if (m[QLatin1String("name")] == QLatin1String("api.latency"))
                latency += m[QLatin1String("count")].toInteger();
            else
                mutationsSum += m[QLatin1String("sum")].toDouble();
            for (const QJsonValue &b : m[QLatin1String("buckets")].toArray())
                bucketTotal += b[1].toInteger();
        }
    }
    QCOMPARE(latency, qint64(kThreads) * kPerThread);
    QCOMPARE(mutationsSum, 2.0 * kThreads * kPerThread);
    QCOMPARE(bucketTotal, 2 * qint64(kThreads) * kPerThread);
}

QTEST_GUILESS_MAIN(TestTimings)
#include "tst_timings.moc"
