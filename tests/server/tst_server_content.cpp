// GET|HEAD /mobile-api/content/{sha256} against the real server over HTTPS (docs/api.md, "Offline
// content"): the headers, ranges (including hostile ones), revalidation, gzip only for whole files, the
// errors, and the byte count TestServer reads from the access log.

#include "apiclient.h"
#include "contentcheck.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QTest>

class TestServerContent : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void wholeFile();
    void ranges_data();
    void ranges();
    void unsatisfiableRanges_data();
    void unsatisfiableRanges();
    void ignoredRanges_data();
    void ignoredRanges();
    void hostileRangesLeaveTheServerUp();
    void revalidation();
    void gzipOnlyForWholeFiles();
    void head();
    void badHashes_data();
    void badHashes();
    void onlyGetAndHead();
    void bytesSentAreCounted();

private:
    HttpReply get(const QByteArray &range = {}, const HeaderList &more = {});

    TestServer m_server;
    ApiClient m_client{testTlsConfiguration()};
    QByteArray m_hash;
    QByteArray m_file; // a lesson document, larger than the gzip threshold
};

void TestServerContent::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const HttpReply manifest = m_client.get(
        m_server.url(QStringLiteral("/mobile-api/courses/health-safe-water-clean-hands/manifest")));
    QCOMPARE(manifest.status, 200);
    const QJsonArray files = manifestFiles(stringField(manifest.data(), "manifest").toUtf8());
    m_hash = files.at(1)[u"sha256"].toString().toLatin1(); // lessons/boiling-water.json
    const HttpReply whole = get();
    QCOMPARE(whole.status, 200);
    m_file = whole.body;
    QVERIFY2(m_file.size() > 1024, "the gzip test needs a file above the threshold");
}

HttpReply TestServerContent::get(const QByteArray &range, const HeaderList &more) {
    HeaderList headers = more;
    // Qt would ask for gzip itself and hide it; the tests say what they accept.
    if (std::none_of(more.cbegin(), more.cend(),
                     [](const auto &header) { return header.first == "Accept-Encoding"; }))
        headers.emplaceBack("Accept-Encoding", "identity");
    if (!range.isNull())
        headers.append({"Range", range});
    return m_client.get(m_server.url(QStringLiteral("/mobile-api/content/") + QLatin1StringView(m_hash)),
                        headers);
}

void TestServerContent::wholeFile() {
    const HttpReply reply = get();
    QCOMPARE(reply.status, 200);
    QCOMPARE(sha256Hex(reply.body), m_hash);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply.header("ETag"), '"' + m_hash + '"');
    QCOMPARE(reply.header("Cache-Control"), QByteArray("public, max-age=31536000, immutable"));
    QCOMPARE(reply.header("Accept-Ranges"), QByteArray("bytes"));
    QVERIFY(!reply.hasHeader("Content-Range"));
}

void TestServerContent::ranges_data() {
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last"); // -1: the last byte of the file
    QTest::newRow("N-") << QByteArray("bytes=100-") << qint64(100) << qint64(-1);
    QTest::newRow("0-") << QByteArray("bytes=0-") << qint64(0) << qint64(-1);
    QTest::newRow("N-M") << QByteArray("bytes=10-19") << qint64(10) << qint64(19);
    QTest::newRow("one byte") << QByteArray("bytes=0-0") << qint64(0) << qint64(0);
    QTest::newRow("N-M beyond the end") << QByteArray("bytes=1000-999999") << qint64(1000) << qint64(-1);
    QTest::newRow("M far beyond 64 bits")
        << QByteArray("bytes=5-99999999999999999999999") << qint64(5) << qint64(-1);
    QTest::newRow("spaces") << QByteArray(" bytes= 7 - 8 ") << qint64(7) << qint64(8);
    QTest::newRow("suffix") << QByteArray("bytes=-100") << qint64(-100) << qint64(-1);
}

void TestServerContent::ranges() {
    QFETCH(QByteArray, range);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const qint64 size = m_file.size();
    if (first < 0)
        first += size;
    if (last < 0)
        last = size - 1;
    const HttpReply reply = get(range);
    QCOMPARE(reply.status, 206);
    QCOMPARE(reply.body, m_file.mid(first, last - first + 1));
    QCOMPARE(reply.header("Content-Range"),
             QStringLiteral("bytes %1-%2/%3").arg(first).arg(last).arg(size).toLatin1());
    QCOMPARE(reply.header("ETag"), '"' + m_hash + '"');
    QCOMPARE(reply.header("Content-Length").toLongLong(), last - first + 1);
}

void TestServerContent::unsatisfiableRanges_data() {
    QTest::addColumn<QByteArray>("range");
    QTest::newRow("at the end") << QByteArray("bytes={size}-");
    QTest::newRow("past the end") << QByteArray("bytes={size}-{size}");
    QTest::newRow("beyond 64 bits") << QByteArray("bytes=99999999999999999999-");
    QTest::newRow("10 KB of digits") << "bytes=" + QByteArray(10 * 1024, '9') + '-';
}

void TestServerContent::unsatisfiableRanges() {
    QFETCH(QByteArray, range);
    range.replace("{size}", QByteArray::number(m_file.size()));
    const HttpReply reply = get(range);
    QCOMPARE(reply.status, 416);
    QCOMPARE(reply.header("Content-Range"), "bytes */" + QByteArray::number(m_file.size()));
    QCOMPARE(reply.errorCode(), QStringLiteral("range_not_satisfiable"));
    QVERIFY(envelopeProblem(reply, false, false).isEmpty());
}

void TestServerContent::ignoredRanges_data() {
    QTest::addColumn<QByteArray>("range");
    QTest::newRow("letters") << QByteArray("bytes=abc-");
    QTest::newRow("last before first") << QByteArray("bytes=20-10");
    QTest::newRow("two ranges") << QByteArray("bytes=0-5,10-15");
    QTest::newRow("other unit") << QByteArray("items=0-5");
    QTest::newRow("no equals") << QByteArray("bytes 0-5");
    QTest::newRow("no dash") << QByteArray("bytes=5");
    QTest::newRow("empty") << QByteArray("bytes=");
    QTest::newRow("negative") << QByteArray("bytes=-5-10");
    QTest::newRow("10 KB of junk") << QByteArray(10 * 1024, 'x');
}

void TestServerContent::ignoredRanges() {
    QFETCH(QByteArray, range);
    const HttpReply reply = get(range);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, m_file);
    QVERIFY(!reply.hasHeader("Content-Range"));
}

void TestServerContent::hostileRangesLeaveTheServerUp() {
    for (const QByteArray &range :
         {QByteArray("bytes=99999999999999999999-"), QByteArray("bytes=-99999999999999999999"),
          "bytes=" + QByteArray(10240, '-'), "bytes=0-" + QByteArray(10240, '9'), QByteArray(10240, ',')}) {
        const HttpReply reply = get(range);
        QVERIFY2(reply.status == 200 || reply.status == 206 || reply.status == 416, range.left(40));
    }
    QVERIFY(m_server.isRunning());
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/health"))).status, 200);
}

void TestServerContent::revalidation() {
    const QByteArray etag = '"' + m_hash + '"';
    for (const QByteArray &ifNoneMatch : {etag, QByteArray("*"), "\"other\", " + etag, "W/" + etag}) {
        const HttpReply reply = get({}, {{"If-None-Match", ifNoneMatch}});
        QCOMPARE(reply.status, 304);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(reply.header("ETag"), etag);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("public, max-age=31536000, immutable"));
    }
    // A validator that matches wins over a range: the client has the whole file already.
    QCOMPARE(get("bytes=0-9", {{"If-None-Match", etag}}).status, 304);
    const HttpReply changed = get({}, {{"If-None-Match", "\"" + QByteArray(64, '0') + '"'}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body, m_file);
}

void TestServerContent::gzipOnlyForWholeFiles() {
    const HttpReply whole = get({}, {{"Accept-Encoding", "gzip"}});
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(gunzip(whole.body), m_file);
    QVERIFY(whole.body.size() < m_file.size());
    QCOMPARE(whole.header("Vary"), QByteArray("Accept-Encoding"));

    const HttpReply part = get("bytes=10-", {{"Accept-Encoding", "gzip"}});
    QCOMPARE(part.status, 206);
    QVERIFY(!part.hasHeader("Content-Encoding"));
    QCOMPARE(part.body, m_file.mid(10));

    const HttpReply identity = get({}, {{"Accept-Encoding", "identity"}});
    QVERIFY(!identity.hasHeader("Content-Encoding"));
    QCOMPARE(identity.body, m_file);
}

void TestServerContent::head() {
    const QUrl url = m_server.url(QStringLiteral("/mobile-api/content/") + QLatin1StringView(m_hash));
    const HttpReply reply = m_client.send("HEAD", url, {}, {{"Accept-Encoding", "identity"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.header("Content-Length").toLongLong(), m_file.size());
    QCOMPARE(reply.header("ETag"), '"' + m_hash + '"');
    QCOMPARE(reply.header("Accept-Ranges"), QByteArray("bytes"));
    // Ranges are for GET only: a HEAD describes the whole file.
    const HttpReply ranged =
        m_client.send("HEAD", url, {}, {{"Range", "bytes=0-9"}, {"Accept-Encoding", "identity"}});
    QCOMPARE(ranged.status, 200);
    QCOMPARE(ranged.header("Content-Length").toLongLong(), m_file.size());
    QCOMPARE(m_client.send("HEAD", m_server.url(QStringLiteral("/mobile-api/content/") + QString(64, u'0')))
                 .status,
             404);
}

void TestServerContent::badHashes_data() {
    QTest::addColumn<QString>("hash");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown") << QString(64, u'a') << 404 << "not_found";
    QTest::newRow("upper case") << "{hash}" << 400 << "invalid_parameter";
    QTest::newRow("63 digits") << QString(63, u'a') << 400 << "invalid_parameter";
    QTest::newRow("65 digits") << QString(65, u'a') << 400 << "invalid_parameter";
    QTest::newRow("not hex") << QString(64, u'g') << 400 << "invalid_parameter";
    QTest::newRow("prefixed") << QStringLiteral("sha256:") + QString(64, u'a') << 400 << "invalid_parameter";
    QTest::newRow("traversal") << "..%2F..%2Fserver.sqlite" << 400 << "invalid_parameter";
}

void TestServerContent::badHashes() {
    QFETCH(QString, hash);
    QFETCH(int, status);
    QFETCH(QString, code);
    hash.replace(QStringLiteral("{hash}"), QString::fromLatin1(m_hash).toUpper());
    const HttpReply reply = m_client.get(m_server.url(QStringLiteral("/mobile-api/content/") + hash));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(envelopeProblem(reply, false, false).isEmpty());
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!reply.hasHeader("ETag"));
}

void TestServerContent::onlyGetAndHead() {
    const HttpReply reply = m_client.send(
        "POST", m_server.url(QStringLiteral("/mobile-api/content/") + QLatin1StringView(m_hash)));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"), QByteArray("GET, HEAD"));
}

void TestServerContent::bytesSentAreCounted() {
    const qint64 before = m_server.contentBytesSent();
    QCOMPARE(get().status, 200);
    QCOMPARE(get("bytes=100-").status, 206);
    QCOMPARE(
        m_client
            .send("HEAD", m_server.url(QStringLiteral("/mobile-api/content/") + QLatin1StringView(m_hash)))
            .status,
        200);
    QCOMPARE(get({}, {{"If-None-Match", '"' + m_hash + '"'}}).status, 304);
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/courses"))).status, 200); // not content
    QCOMPARE(m_server.contentBytesSent() - before, m_file.size() + (m_file.size() - 100));
    // A gzipped answer counts the bytes sent, not the file's.
    const HttpReply gzipped = get({}, {{"Accept-Encoding", "gzip"}});
    QCOMPARE(m_server.contentBytesSent() - before,
             m_file.size() + (m_file.size() - 100) + gzipped.body.size());
    // Kept across a restart.
    const qint64 total = m_server.contentBytesSent();
    QVERIFY(m_server.start());
    QCOMPARE(m_server.contentBytesSent(), total);
}

QTEST_GUILESS_MAIN(TestServerContent)
#include "tst_server_content.moc"
