// Timing batches (docs/telemetry.md, POST /mobile-api/telemetry) against the real server over HTTPS:
// accepted once per id, merged into the quantiles `tekpounou-server report` computes, every bad field
// refused by name, the body cap and the per-device rate limit.

#include "telemetrytesting.h"
#include "testserver.h"

#include <QTest>

#include <cmath>

namespace {

const QString Telemetry = QStringLiteral("/mobile-api/telemetry");

// Bucket bounds 2^(k/4), rounded to 2 decimals.
constexpr double Le256 = 256;    // k = 32
constexpr double Le512 = 512;    // k = 36
constexpr double Le608 = 608.87; // k = 37
constexpr double Le724 = 724.08; // k = 38
constexpr double Le1024 = 1024;  // k = 40
constexpr double Le2048 = 2048;  // k = 44

QJsonArray buckets(std::initializer_list<std::pair<double, int>> pairs) {
    QJsonArray array;
    for (const auto &[le, count] : pairs)
        array.append(QJsonArray{le, count});
    return array;
}

QJsonObject startup(qint64 count, double sum, double min, double max, const QJsonArray &histogram) {
    return metric(QStringLiteral("startup.first_frame"), QString(), count, sum, min, max, histogram);
}

// The report's entry for name, label and version.
QJsonObject findMetric(const QJsonObject &report, const QString &name, const QString &label,
                       const QString &version) {
    for (const QJsonValue &value : report.value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject metric = value.toObject();
        if (metric.value(QStringLiteral("name")).toString() == name &&
            metric.value(QStringLiteral("label")).toString() == label &&
            metric.value(QStringLiteral("app_version")).toString() == version)
            return metric;
    }
    return {};
}

} // namespace

class TestServerTelemetry : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void quantilesOfMergedBatches();
    void refusesBadBatches_data();
    void refusesBadBatches();
    void bodyCap();
    void rateLimitPerDevice();

private:
    TestServer m_server{QStringList{}};
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerTelemetry::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerTelemetry::quantilesOfMergedBatches() {
    const QString device = newUuid();
    // Version 0.1.0, two batches: 3 start-ups in 500..600 ms, then 7 in 700..1900 ms.
    const QJsonObject first = timingBatch(device, QStringLiteral("0.1.0"),
                                          {startup(3, 1650, 500, 600, buckets({{Le512, 1}, {Le608, 2}}))});
    const QJsonObject second =
        timingBatch(newUuid(), QStringLiteral("0.1.0"),
                    {startup(7, 8000, 700, 1900, buckets({{Le724, 4}, {Le1024, 2}, {Le2048, 1}})),
                     metric(QStringLiteral("api.latency"), QStringLiteral("GET /mobile-api/courses 200"), 2,
                            40, 19, 21, buckets({{22.63, 2}}))});
    const HttpReply created = postJson(m_client, m_server, Telemetry, first);
    QCOMPARE(created.status, 201);
    const QString problem = envelopeProblem(created, true, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(created.data().toObject().value(QStringLiteral("duplicate")), QJsonValue(false));
    QCOMPARE(postJson(m_client, m_server, Telemetry, second).status, 201);
    // The first batch again (its acknowledgement was lost): not counted twice.
    const HttpReply again = postJson(m_client, m_server, Telemetry, first);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.data().toObject().value(QStringLiteral("duplicate")), QJsonValue(true));
    // Version 0.2.0 on its own.
    QCOMPARE(postJson(m_client, m_server, Telemetry,
                      timingBatch(device, QStringLiteral("0.2.0"),
                                  {startup(2, 500, 240, 256, buckets({{Le256, 2}}))}))
                 .status,
             201);

    const QJsonObject report = reportJson(m_server.dataDir());
    QVERIFY(!report.isEmpty());
    QCOMPARE(
        report.value(QStringLiteral("totals")).toObject().value(QStringLiteral("timing_batches")).toInt(), 3);
    const QJsonObject merged =
        findMetric(report, QStringLiteral("startup.first_frame"), {}, QStringLiteral("0.1.0"));
    QCOMPARE(merged.value(QStringLiteral("count")).toInt(), 10);
    QCOMPARE(merged.value(QStringLiteral("batches")).toInt(), 2);
    // Cumulative: 1, 3, 7, 9, 10. p50 needs 5: the 724.08 bucket; p95 needs 9.5: the 2048 bucket,
    // clamped to the largest value seen, 1900.
    QCOMPARE(merged.value(QStringLiteral("p50")).toDouble(), Le724);
    QCOMPARE(merged.value(QStringLiteral("p95")).toDouble(), 1900.0);
    QCOMPARE(merged.value(QStringLiteral("max")).toDouble(), 1900.0);
    QCOMPARE(merged.value(QStringLiteral("min")).toDouble(), 500.0);
    QCOMPARE(merged.value(QStringLiteral("mean")).toDouble(), 965.0);
    const QJsonObject later =
        findMetric(report, QStringLiteral("startup.first_frame"), {}, QStringLiteral("0.2.0"));
    QCOMPARE(later.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(later.value(QStringLiteral("p50")).toDouble(), Le256);
    QCOMPARE(later.value(QStringLiteral("p95")).toDouble(), Le256);
    const QJsonObject api =
        findMetric(report, QStringLiteral("api.latency"), QStringLiteral("GET /mobile-api/courses 200"),
                   QStringLiteral("0.1.0"));
    // The 22.63 bucket clamped to the largest value, 21.
    QCOMPARE(api.value(QStringLiteral("p50")).toDouble(), 21.0);
    QCOMPARE(report.value(QStringLiteral("metrics")).toArray().size(), 3);
}

void TestServerTelemetry::refusesBadBatches_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject good = timingBatch(newUuid(), QStringLiteral("0.1.0"),
                                         {startup(3, 1650, 500, 600, buckets({{Le512, 1}, {Le608, 2}}))});
    const auto row = [&](const char *name, const QString &path, const QJsonValue &value,
                         const QString &field) {
        QTest::newRow(name) << withPath(withPath(good, QStringLiteral("id"), newUuid()), path, value)
                            << field;
    };
    const QString m = QStringLiteral("metrics[0].");
    row("id not a UUID", QStringLiteral("id"), QStringLiteral("batch-7"), QStringLiteral("id"));
    row("no device", QStringLiteral("device"), QJsonValue::Undefined, QStringLiteral("device"));
    row("started_at not a time", QStringLiteral("started_at"), QStringLiteral("09:00"),
        QStringLiteral("started_at"));
    row("ended before it started", QStringLiteral("ended_at"), QStringLiteral("2026-12-02T08:00:00Z"),
        QStringLiteral("ended_at"));
    row("metrics not an array", QStringLiteral("metrics"), QStringLiteral("none"), QStringLiteral("metrics"));
    row("name with capitals", m + QStringLiteral("name"), QStringLiteral("Startup"),
        m + QStringLiteral("name"));
    row("name too long", m + QStringLiteral("name"), QString(65, u'a'), m + QStringLiteral("name"));
    row("label too long", m + QStringLiteral("label"), QString(121, u'l'), m + QStringLiteral("label"));
    row("label with a tab", m + QStringLiteral("label"), QStringLiteral("GET\t/"),
        m + QStringLiteral("label"));
    row("unknown unit", m + QStringLiteral("unit"), QStringLiteral("seconds"), m + QStringLiteral("unit"));
    row("count 0", m + QStringLiteral("count"), 0, m + QStringLiteral("count"));
    row("sum not a number", m + QStringLiteral("sum"), QStringLiteral("1650"), m + QStringLiteral("sum"));
    row("min above max", m + QStringLiteral("min"), 700, m + QStringLiteral("min"));
    row("not a bucket bound", m + QStringLiteral("buckets[0]"), QJsonArray{500, 1},
        m + QStringLiteral("buckets[0]"));
    row("bucket not a pair", m + QStringLiteral("buckets[0]"), QJsonArray{Le512},
        m + QStringLiteral("buckets[0]"));
    row("bucket count 0", m + QStringLiteral("buckets[0]"), QJsonArray{Le512, 0},
        m + QStringLiteral("buckets[0]"));
    row("buckets descending", m + QStringLiteral("buckets[1]"), QJsonArray{Le256, 2},
        m + QStringLiteral("buckets[1]"));
    row("buckets do not add up", m + QStringLiteral("buckets[1]"), QJsonArray{Le608, 5},
        m + QStringLiteral("buckets"));
    QJsonArray many;
    for (int k = 1; k <= 65; ++k)
        many.append(QJsonArray{std::round(std::exp2(k / 4.0) * 100) / 100, 1});
    row("65 buckets", m + QStringLiteral("buckets"), many, m + QStringLiteral("buckets"));
    QJsonArray metrics;
    for (int i = 0; i < 201; ++i)
        metrics.append(metric(QStringLiteral("cache.query_%1").arg(i), {}, 1, 1, 1, 1, buckets({{1, 1}})));
    row("201 metrics", QStringLiteral("metrics"), metrics, QStringLiteral("metrics"));
    row("same metric twice", QStringLiteral("metrics[1]"),
        good.value(QStringLiteral("metrics")).toArray().at(0), QStringLiteral("metrics[1]"));
}

void TestServerTelemetry::refusesBadBatches() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const HttpReply reply = postJson(m_client, m_server, Telemetry, body);
    const QString problem = invalidFieldProblem(reply, field);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestServerTelemetry::bodyCap() {
    QJsonObject batch =
        timingBatch(newUuid(), QStringLiteral("0.1.0"), {startup(1, 9, 9, 9, buckets({{9.51, 1}}))});
    QCOMPARE(postJson(m_client, m_server, Telemetry, batch).status, 201);
    batch = withPath(batch, QStringLiteral("id"), newUuid());
    batch.insert(QStringLiteral("padding"), QString(256 * 1024, u'p'));
    const HttpReply refused = postJson(m_client, m_server, Telemetry, batch);
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.errorCode(), QStringLiteral("payload_too_large"));
    const HttpReply notJson = m_client.send("POST", m_server.url(Telemetry), "[1, 2]");
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorCode(), QStringLiteral("invalid_body"));
}

void TestServerTelemetry::rateLimitPerDevice() {
    const QString device = newUuid();
    const QJsonArray metrics{startup(1, 9, 9, 9, buckets({{9.51, 1}}))};
    for (int i = 0; i < 120; ++i) {
        const int status =
            postJson(m_client, m_server, Telemetry, timingBatch(device, QStringLiteral("0.1.0"), metrics))
                .status;
        QVERIFY2(status == 201, qPrintable(QStringLiteral("batch %1: %2").arg(i).arg(status)));
    }
    const HttpReply limited =
        postJson(m_client, m_server, Telemetry, timingBatch(device, QStringLiteral("0.1.0"), metrics));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 3500 && retryAfter <= 3600, limited.header("Retry-After").constData());
    QCOMPARE(postJson(m_client, m_server, Telemetry, timingBatch(newUuid(), QStringLiteral("0.1.0"), metrics))
                 .status,
             201);
}

QTEST_GUILESS_MAIN(TestServerTelemetry)
#include "tst_server_telemetry.moc"
