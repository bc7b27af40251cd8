// What recording a timing costs the code that measures (Timings::record): with a label already seen,
// with a new label, and with two threads recording at once; and what taking a batch costs. The floor is
// reading the clock once (QElapsedTimer::nsecsElapsed), which any timing needs anyway. Reported, not
// asserted (docs/performance.md); the target is at most 2 µs at the median.
#include "timings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>

using tpn::telemetry::Metric;
using tpn::telemetry::Timings;

namespace {

constexpr int kBatches = 1000;
constexpr int kPerBatch = 1000; // 1e6 calls in all

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The median over kBatches of the mean cost of one call in a batch of kPerBatch, in ns: a single call is
// too short for the clock that would time it.
double perCallNs(const std::function<void(int)> &call) {
    QList<double> batches;
    for (int b = 0; b < kBatches; ++b) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kPerBatch; ++i)
            call(i);
        batches.append(double(timer.nsecsElapsed()) / kPerBatch);
    }
    return median(batches);
}

QList<QString> labels(int count) {
    QList<QString> out;
    for (int i = 0; i < count; ++i)
        out.append(QStringLiteral("GET /mobile-api/endpoint-%1/{id} 200").arg(i));
    return out;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    volatile qint64 sink = 0;
    QElapsedTimer clock;
    clock.start();
    const double floor = perCallNs([&](int) { sink = sink + clock.nsecsElapsed(); });

    Timings timings;
    const QString courses = QStringLiteral("GET /mobile-api/courses 200");
    const double existing =
        perCallNs([&](int i) { timings.record(Metric::ApiLatency, 20.0 + (i % 200), courses); });
    const double noLabel = perCallNs([&](int i) { timings.record(Metric::CacheQuery, 0.5 + (i % 50)); });

    // A label's first value: 150 new labels in each of 200 fresh Timings, each call timed alone (so the
    // figure includes one clock read).
    const QList<QString> fresh = labels(150);
    QList<double> firsts;
    for (int round = 0; round < 200; ++round) {
        Timings empty;
        for (const QString &label : fresh) {
            QElapsedTimer timer;
            timer.start();
            empty.record(Metric::ApiLatency, 42, label);
            firsts.append(double(timer.nsecsElapsed()));
        }
    }
    const double firstLabel = median(firsts);

    // Two threads (a sync worker and the GUI, say) recording the same series at the same time.
    double contended = 0;
    qint64 otherCalls = 0;
    {
        Timings shared;
        std::atomic<bool> stop = false;
        std::unique_ptr<QThread> other(QThread::create([&] {
            while (!stop)
                shared.record(Metric::ApiLatency, 33, courses);
        }));
        other->start();
        contended = perCallNs([&](int i) { shared.record(Metric::ApiLatency, 20.0 + (i % 200), courses); });
        stop = true;
        other->wait();
        for (const QJsonValue &m : shared.take())
            otherCalls += m[QLatin1String("count")].toInteger();
        otherCalls -= kBatches * kPerBatch;
    }

    // A batch of 100 series, each with values over a few buckets.
    QList<double> takes;
    for (int round = 0; round < 50; ++round) {
        Timings batch;
        const QList<QString> names = labels(100);
        for (const QString &label : names)
            for (int v = 1; v < 400; v += 7)
                batch.record(Metric::ApiLatency, v, label);
        QElapsedTimer timer;
        timer.start();
        sink = sink + batch.take().size();
        takes.append(timer.nsecsElapsed() / 1e3);
    }

    std::printf("Timings::record, %d calls per figure (median of %d batches of %d)\n\n", kBatches * kPerBatch,
                kBatches, kPerBatch);
    std::printf("| | per call | ratio to the floor |\n|---|---|---|\n");
    std::printf("| floor: one clock read | %.1f ns | 1 |\n", floor);
    std::printf("| existing label | %.1f ns | %.1f |\n", existing, existing / floor);
    std::printf("| no label | %.1f ns | %.1f |\n", noLabel, noLabel / floor);
    std::printf("| a label's first value (timed alone, clock read included) | %.1f ns | %.1f |\n", firstLabel,
                firstLabel / floor);
    std::printf("| existing label, another thread recording at the same time | %.1f ns | %.1f |\n", contended,
                contended / floor);
    std::printf("\nThe other thread recorded %lld values meanwhile.\n", qlonglong(otherCalls));
    std::printf("take() of 100 series: %.1f µs (median of %lld)\n", median(takes), qlonglong(takes.size()));
    return sink == -1 ? 1 : 0;
}
