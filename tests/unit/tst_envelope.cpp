// The API envelope parser must turn any server answer into data or a typed error: never a crash,
// never a half-filled result.
#include "envelope.h"

#include <QJsonArray>
#include <QTest>

class TestEnvelope : public QObject {
    Q_OBJECT
private slots:
    void success();
    void failures_data();
    void failures();
    void truncatedAtEveryByte();
    void tenMegabytes();
    void deepNesting();
};

void TestEnvelope::success() {
    const QByteArray body = R"({"success":true,"data":[{"id":"a"}],
        "pagination":{"page":2,"limit":20,"total":41,"hasMore":true},"metadata":{"apiVersion":1}})";
    const ApiResult r = parseEnvelope(body, 200);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.envelope.data.toArray().size(), 1);
    QVERIFY(r.envelope.pagination);
    QCOMPARE(r.envelope.pagination->page, 2);
    QCOMPARE(r.envelope.pagination->total, 41);
    QVERIFY(r.envelope.pagination->hasMore);
    QCOMPARE(r.envelope.metadata.value(u"apiVersion").toInt(), 1);
}

void TestEnvelope::failures_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    using K = ApiError::Kind;
    QTest::newRow("empty") << QByteArray() << 200 << K::Malformed << "invalid_json";
    QTest::newRow("html 200") << QByteArray("<html>hi</html>") << 200 << K::Malformed << "invalid_json";
    QTest::newRow("html 502") << QByteArray("<html>bad gateway</html>") << 502 << K::Server << "invalid_json";
    QTest::newRow("array") << QByteArray("[1,2]") << 200 << K::Malformed << "invalid_json";
    QTest::newRow("no success") << QByteArray(R"({"data":[]})") << 200 << K::Malformed << "invalid_envelope";
    QTest::newRow("success string") << QByteArray(R"({"success":"true","data":[]})") << 200 << K::Malformed
                                    << "invalid_envelope";
    QTest::newRow("no data") << QByteArray(R"({"success":true})") << 200 << K::Malformed
                             << "invalid_envelope";
    QTest::newRow("success on 500") << QByteArray(R"({"success":true,"data":1})") << 500 << K::Malformed
                                    << "invalid_envelope";
    QTest::newRow("failure on 200") << QByteArray(R"({"success":false,"error":{"code":"x","message":"y"}})")
                                    << 200 << K::Malformed << "invalid_envelope";
    QTest::newRow("error not object")
        << QByteArray(R"({"success":false,"error":"boom"})") << 400 << K::Malformed << "invalid_envelope";
    QTest::newRow("error code number") << QByteArray(R"({"success":false,"error":{"code":4,"message":"m"}})")
                                       << 400 << K::Malformed << "invalid_envelope";
    QTest::newRow("404") << QByteArray(R"({"success":false,"error":{"code":"not_found","message":"m"}})")
                         << 404 << K::NotFound << "not_found";
    QTest::newRow("400") << QByteArray(
                                R"({"success":false,"error":{"code":"invalid_parameter","message":"m"}})")
                         << 400 << K::Rejected << "invalid_parameter";
    QTest::newRow("503") << QByteArray(R"({"success":false,"error":{"code":"internal","message":"m"}})")
                         << 503 << K::Server << "internal";
    QTest::newRow("pagination string") << QByteArray(R"({"success":true,"data":[],"pagination":"1"})") << 200
                                       << K::Malformed << "invalid_envelope";
    QTest::newRow("pagination page 0")
        << QByteArray(
               R"({"success":true,"data":[],"pagination":{"page":0,"limit":1,"total":0,"hasMore":false}})")
        << 200 << K::Malformed << "invalid_envelope";
    QTest::newRow("pagination fraction")
        << QByteArray(
               R"({"success":true,"data":[],"pagination":{"page":1.5,"limit":1,"total":0,"hasMore":false}})")
        << 200 << K::Malformed << "invalid_envelope";
    QTest::newRow("pagination hasMore string")
        << QByteArray(
               R"({"success":true,"data":[],"pagination":{"page":1,"limit":1,"total":0,"hasMore":"no"}})")
        << 200 << K::Malformed << "invalid_envelope";
    QTest::newRow("metadata array") << QByteArray(R"({"success":true,"data":[],"metadata":[]})") << 200
                                    << K::Malformed << "invalid_envelope";
}

void TestEnvelope::failures() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    const ApiResult r = parseEnvelope(body, status);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.error.httpStatus, status);
    QVERIFY(r.envelope.data.isNull()); // nothing half-filled
    QVERIFY(!r.envelope.pagination);
}

void TestEnvelope::truncatedAtEveryByte() {
    const QByteArray body = R"({"success":true,"data":[{"id":"kou-1","title":"Lekti"}],)"
                            R"("pagination":{"page":1,"limit":20,"total":1,"hasMore":false}})";
    for (qsizetype cut = 0; cut < body.size(); ++cut) {
        const ApiResult r = parseEnvelope(body.first(cut), 200);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted a body cut at %1").arg(cut)));
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
    }
    QVERIFY(parseEnvelope(body, 200).ok());
}

void TestEnvelope::tenMegabytes() {
    // A valid envelope that is simply too big: refused before parsing, as an explicit error.
    QByteArray body = R"({"success":true,"data":")";
    body.append(QByteArray(10 * 1024 * 1024, 'a'));
    body.append(R"("})");
    const ApiResult r = parseEnvelope(body, 200);
    QCOMPARE(r.error.kind, ApiError::Kind::TooLarge);
    QCOMPARE(r.error.code, QStringLiteral("response_too_large"));

    // And 10 MB of garbage just under nothing: still a clean error.
    const ApiResult garbage = parseEnvelope(QByteArray(3 * 1024 * 1024, '{'), 200);
    QCOMPARE(garbage.error.kind, ApiError::Kind::Malformed);
}

void TestEnvelope::deepNesting() {
    // Deeply nested arrays must not overflow the stack.
    QByteArray body = R"({"success":true,"data":)";
    body.append(QByteArray(100000, '['));
    body.append(QByteArray(100000, ']'));
    body.append('}');
    const ApiResult r = parseEnvelope(body, 200);
    QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
