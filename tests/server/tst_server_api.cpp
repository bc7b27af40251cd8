// The HTTP behaviour of the reference server, against the real process over HTTPS: the envelope on
// every answer, methods and paths, compression, caching, request limits, encoding and TLS trust.

#include "apiclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

class TestServerApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void health();
    void envelopeOnSuccess_data();
    void envelopeOnSuccess();
    void envelopeOnError_data();
    void envelopeOnError();
    void wrongMethod_data();
    void wrongMethod();
    void headAnswersLikeGetWithoutBody();
    void gzipWhenAsked_data();
    void gzipWhenAsked();
    void smallBodiesStayUncompressed();
    void etagAndIfNoneMatch_data();
    void etagAndIfNoneMatch();
    void etagFollowsTheData();
    void invalidUtf8InRawRequestLine();
    void hugeQueryStringIsRefused();
    void hugeBodyIsRefused_data();
    void hugeBodyIsRefused();
    void untrustedClientFailsHandshake();

private:
    void verifyServerStillAnswers();

    TestServer m_server;
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerApi::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerApi::verifyServerStillAnswers() {
    QVERIFY(m_server.isRunning());
    const HttpReply reply = m_client.get(m_server.url(QStringLiteral("/mobile-api/health")));
    QCOMPARE(reply.status, 200);
}

void TestServerApi::health() {
    const HttpReply reply = m_client.get(m_server.url(QStringLiteral("/mobile-api/health")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.data().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.data().toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral(TPN_PROJECT_VERSION));
}

void TestServerApi::envelopeOnSuccess_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("paginated");
    QTest::newRow("health") << "/mobile-api/health" << false;
    QTest::newRow("categories") << "/mobile-api/categories?language=fr" << false;
    QTest::newRow("courses") << "/mobile-api/courses" << true;
    QTest::newRow("empty search") << "/mobile-api/courses?q=zzzzzzzz" << true;
    QTest::newRow("course") << "/mobile-api/courses/{first}" << false;
    QTest::newRow("lesson") << "/mobile-api/courses/{first}/lessons/{firstLesson}" << false;
}

void TestServerApi::envelopeOnSuccess() {
    QFETCH(QString, path);
    QFETCH(bool, paginated);
    const QJsonObject first = m_client.get(m_server.url(QStringLiteral("/mobile-api/courses?limit=1")))
                                  .data()
                                  .toArray()
                                  .at(0)
                                  .toObject();
    const QString courseId = first.value(QStringLiteral("id")).toString();
    const QJsonObject course =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/courses/") + courseId)).data().toObject();
    const QString lessonId = course.value(QStringLiteral("lessons"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    path.replace(QStringLiteral("{first}"), courseId).replace(QStringLiteral("{firstLesson}"), lessonId);

    const HttpReply reply = m_client.get(m_server.url(path));
    QCOMPARE(reply.status, 200);
    const QString problem = envelopeProblem(reply, true, paginated);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(reply.header("Vary"), QByteArray("Accept-Encoding"));
}

void TestServerApi::envelopeOnError_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown path") << QByteArray("GET") << "/mobile-api/nope" << 404 << "not_found";
    QTest::newRow("root") << QByteArray("GET") << "/" << 404 << "not_found";
    QTest::newRow("prefix only") << QByteArray("GET") << "/mobile-api" << 404 << "not_found";
    QTest::newRow("trailing slash") << QByteArray("GET") << "/mobile-api/courses/" << 404 << "not_found";
    QTest::newRow("too deep") << QByteArray("GET") << "/mobile-api/courses/a/b" << 404 << "not_found";
    QTest::newRow("unknown course") << QByteArray("GET") << "/mobile-api/courses/no-such-course" << 404
                                    << "not_found";
    QTest::newRow("bad course id") << QByteArray("GET") << "/mobile-api/courses/Not_An_Id" << 400
                                   << "invalid_parameter";
    QTest::newRow("wrong method") << QByteArray("POST") << "/mobile-api/courses" << 405
                                  << "method_not_allowed";
    QTest::newRow("bad limit") << QByteArray("GET") << "/mobile-api/courses?limit=0" << 400
                               << "invalid_parameter";
    QTest::newRow("long query") << QByteArray("GET") << "/mobile-api/courses?q=" + QString(201, u'x') << 400
                                << "query_too_long";
    QTest::newRow("invalid utf-8") << QByteArray("GET") << "/mobile-api/courses?q=%FF" << 400
                                   << "invalid_encoding";
    QTest::newRow("invalid utf-8 in name")
        << QByteArray("GET") << "/mobile-api/health?%C3%28=1" << 400 << "invalid_encoding";
    QTest::newRow("bad language") << QByteArray("GET") << "/mobile-api/categories?language=@@" << 400
                                  << "invalid_parameter";
    QTest::newRow("repeated parameter")
        << QByteArray("GET") << "/mobile-api/courses?page=1&page=2" << 400 << "invalid_parameter";
}

void TestServerApi::envelopeOnError() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpReply reply = m_client.send(verb, m_server.url(path));
    QCOMPARE(reply.status, status);
    const QString problem = envelopeProblem(reply, false, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.hasHeader("ETag"));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
}

void TestServerApi::wrongMethod_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    for (const char *verb : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
        QTest::addRow("%s courses", verb) << QByteArray(verb) << "/mobile-api/courses";
        QTest::addRow("%s health", verb) << QByteArray(verb) << "/mobile-api/health";
        QTest::addRow("%s lesson", verb) << QByteArray(verb) << "/mobile-api/courses/any-id/lessons/any-id";
    }
}

void TestServerApi::wrongMethod() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const HttpReply reply = m_client.send(verb, m_server.url(path), QByteArrayLiteral("{}"));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.errorCode(), QStringLiteral("method_not_allowed"));
    QCOMPARE(reply.header("Allow"), QByteArray("GET, HEAD"));
}

void TestServerApi::headAnswersLikeGetWithoutBody() {
    const QUrl url = m_server.url(QStringLiteral("/mobile-api/courses?language=en"));
    const HeaderList identity{{"Accept-Encoding", "identity"}};
    const HttpReply get = m_client.get(url, identity);
    const HttpReply head = m_client.send("HEAD", url, {}, identity);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    QCOMPARE(head.header("ETag"), get.header("ETag"));
    // The connection is still usable afterwards: a HEAD reply must not leave body bytes behind.
    QCOMPARE(m_client.get(url, identity).body, get.body);
}

void TestServerApi::gzipWhenAsked_data() {
    QTest::addColumn<QByteArray>("acceptEncoding");
    QTest::addColumn<bool>("gzipped");
    QTest::newRow("gzip") << QByteArray("gzip") << true;
    QTest::newRow("gzip, deflate") << QByteArray("gzip, deflate") << true;
    QTest::newRow("weighted") << QByteArray("br;q=1.0, gzip;q=0.5") << true;
    QTest::newRow("wildcard") << QByteArray("*") << true;
    QTest::newRow("upper case") << QByteArray("GZIP") << true;
    QTest::newRow("identity") << QByteArray("identity") << false;
    QTest::newRow("deflate only") << QByteArray("deflate") << false;
    QTest::newRow("gzip refused") << QByteArray("gzip;q=0, identity") << false;
    QTest::newRow("wildcard but not gzip") << QByteArray("*, gzip;q=0") << false;
}

void TestServerApi::gzipWhenAsked() {
    QFETCH(QByteArray, acceptEncoding);
    QFETCH(bool, gzipped);
    const QUrl url = m_server.url(QStringLiteral("/mobile-api/courses?limit=50&language=fr"));
    const HttpReply plain = m_client.get(url, {{"Accept-Encoding", "identity"}});
    QVERIFY2(plain.body.size() > 1024, "the list must be large enough to be worth compressing");
    QVERIFY(!plain.hasHeader("Content-Encoding"));

    const HttpReply reply = m_client.get(url, {{"Accept-Encoding", acceptEncoding}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Vary"), QByteArray("Accept-Encoding"));
    QCOMPARE(reply.header("ETag"), plain.header("ETag"));
    if (gzipped) {
        QCOMPARE(reply.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(reply.body.size() < plain.body.size());
        QCOMPARE(gunzip(reply.body), plain.body);
    } else {
        QVERIFY(!reply.hasHeader("Content-Encoding"));
        QCOMPARE(reply.body, plain.body);
    }
}

void TestServerApi::smallBodiesStayUncompressed() {
    const HttpReply reply =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/health")), {{"Accept-Encoding", "gzip"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.hasHeader("Content-Encoding"));
    QCOMPARE(reply.json().value(QStringLiteral("success")), QJsonValue(true));
}

void TestServerApi::etagAndIfNoneMatch_data() {
    QTest::addColumn<QString>("ifNoneMatch"); // {etag} stands for the current ETag
    QTest::addColumn<int>("status");
    QTest::newRow("same tag") << "{etag}" << 304;
    QTest::newRow("wildcard") << "*" << 304;
    QTest::newRow("in a list") << "W/\"0000\", {etag}" << 304;
    QTest::newRow("other tag") << "W/\"0000\"" << 200;
    QTest::newRow("empty") << "" << 200;
}

void TestServerApi::etagAndIfNoneMatch() {
    QFETCH(QString, ifNoneMatch);
    QFETCH(int, status);
    const QUrl url = m_server.url(QStringLiteral("/mobile-api/categories?language=ht"));
    const HttpReply first = m_client.get(url);
    const QByteArray etag = first.header("ETag");
    QVERIFY2(QRegularExpression(QStringLiteral("^W/\"[0-9a-f]{16,}\"$"))
                 .match(QString::fromLatin1(etag))
                 .hasMatch(),
             etag.constData());
    QCOMPARE(first.header("Cache-Control"), QByteArray("no-cache"));

    const HttpReply reply = m_client.get(
        url, {{"If-None-Match",
               ifNoneMatch.replace(QStringLiteral("{etag}"), QString::fromLatin1(etag)).toLatin1()}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("ETag"), etag);
    if (status == 304)
        QVERIFY(reply.body.isEmpty());
    else
        QCOMPARE(reply.body, first.body);
}

void TestServerApi::etagFollowsTheData() {
    const auto etagOf = [this](const QString &path) {
        return m_client.get(m_server.url(path)).header("ETag");
    };
    const QByteArray kreyol = etagOf(QStringLiteral("/mobile-api/categories?language=ht"));
    QCOMPARE(etagOf(QStringLiteral("/mobile-api/categories?language=ht-HT")), kreyol); // same body
    QVERIFY(etagOf(QStringLiteral("/mobile-api/categories?language=fr")) != kreyol);
    QVERIFY(etagOf(QStringLiteral("/mobile-api/courses?page=1&limit=5")) !=
            etagOf(QStringLiteral("/mobile-api/courses?page=2&limit=5")));
}

void TestServerApi::invalidUtf8InRawRequestLine() {
    // Bytes that are not UTF-8 sent without percent-encoding, which QNetworkAccessManager would encode.
    const QByteArray reply = rawExchange(
        m_server.port(), "GET /mobile-api/courses?q=caf\xff\xfe HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        testTlsConfiguration());
    QVERIFY2(reply.startsWith("HTTP/1.1 400 "), reply.left(200).constData());
    QVERIFY(reply.contains("\"code\":\"invalid_encoding\""));
    const QByteArray valid = rawExchange(
        m_server.port(), "GET /mobile-api/courses?q=caf\xc3\xa9 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        testTlsConfiguration());
    QVERIFY2(valid.startsWith("HTTP/1.1 200 "), valid.left(200).constData());
}

void TestServerApi::hugeQueryStringIsRefused() {
    // QtHttpServer 6.4 hands even a 1 MB request line to the handler, so the server answers it itself.
    const HttpReply reply =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/courses?q=") + QString(1024 * 1024, u'a')));
    QCOMPARE(reply.status, 414);
    QCOMPARE(reply.errorCode(), QStringLiteral("uri_too_long"));
    verifyServerStillAnswers();
}

void TestServerApi::hugeBodyIsRefused_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("POST to a GET route") << QByteArray("POST") << "/mobile-api/courses";
    QTest::newRow("GET with a body") << QByteArray("GET") << "/mobile-api/health";
    QTest::newRow("PUT to an unknown path") << QByteArray("PUT") << "/mobile-api/upload";
}

void TestServerApi::hugeBodyIsRefused() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const HttpReply reply = m_client.send(verb, m_server.url(path), QByteArray(2 * 1024 * 1024, 'x'));
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("payload_too_large"));
    const HttpReply justUnder = m_client.send(verb, m_server.url(path), QByteArray(1024 * 1024, 'x'));
    QVERIFY(justUnder.status == 404 || justUnder.status == 405 || justUnder.status == 200);
    verifyServerStillAnswers();
}

void TestServerApi::untrustedClientFailsHandshake() {
    // The default configuration does not trust the development CA, so verification must fail.
    ApiClient untrusting(QSslConfiguration::defaultConfiguration());
    const HttpReply reply = untrusting.get(m_server.url(QStringLiteral("/mobile-api/health")));
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.body.isEmpty());
    verifyServerStillAnswers();
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
