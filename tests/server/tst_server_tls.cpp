// The TLS and HTTP hardening of the reference server (docs/api.md, Transport security): TLS 1.2 offers
// only forward-secret AEAD suites, and every answer — errors the server makes included — carries HSTS
// and nosniff.

#include "apiclient.h"
#include "testserver.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTest>

class TestServerTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tls12Suites_data();
    void tls12Suites();
    void tls13();
    void securityHeaders_data();
    void securityHeaders();

private:
    TestServer m_server{QStringList{}};
};

void TestServerTls::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerTls::tls12Suites_data() {
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ECDHE-RSA-AES128-GCM-SHA256") << QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256") << true;
    QTest::newRow("ECDHE-RSA-AES256-GCM-SHA384") << QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384") << true;
    QTest::newRow("ECDHE-RSA-CHACHA20-POLY1305") << QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305") << true;
    QTest::newRow("CBC with SHA1") << QStringLiteral("ECDHE-RSA-AES128-SHA") << false;
    QTest::newRow("CBC with SHA256") << QStringLiteral("ECDHE-RSA-AES128-SHA256") << false;
    QTest::newRow("static RSA, GCM") << QStringLiteral("AES128-GCM-SHA256") << false;
    QTest::newRow("static RSA, CBC") << QStringLiteral("AES256-SHA") << false;
}

void TestServerTls::tls12Suites() {
    QFETCH(QString, cipher);
    QFETCH(bool, accepted);
    const QSslCipher suite(cipher); // by name: OpenSSL files the SHA1 suites under TLS 1.0
    QVERIFY2(!suite.isNull(), "the TLS backend of the test does not know this suite");
    QSslConfiguration tls = testTlsConfiguration();
    tls.setProtocol(QSsl::TlsV1_2);
    tls.setCiphers({suite});
    QSslSocket socket;
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
    const bool encrypted = socket.waitForEncrypted(10000);
    QCOMPARE(encrypted, accepted);
    if (accepted) {
        QCOMPARE(socket.sessionCipher().name(), cipher);
        QCOMPARE(socket.sessionProtocol(), QSsl::TlsV1_2);
    }
}

void TestServerTls::tls13() {
    QSslConfiguration tls = testTlsConfiguration();
    tls.setProtocol(QSsl::TlsV1_3);
    QSslSocket socket;
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    QCOMPARE(socket.sessionProtocol(), QSsl::TlsV1_3);
}

void TestServerTls::securityHeaders_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("200") << QByteArray("GET") << QStringLiteral("/mobile-api/health") << QByteArray() << 200;
    QTest::newRow("404") << QByteArray("GET") << QStringLiteral("/no/such/path") << QByteArray() << 404;
    QTest::newRow("400") << QByteArray("GET") << QStringLiteral("/mobile-api/courses?limit=0") << QByteArray()
                         << 400;
    QTest::newRow("401") << QByteArray("POST") << QStringLiteral("/mobile-api/auth/refresh")
                         << QByteArray(R"({"refresh_token":"nope"})") << 401;
    QTest::newRow("405") << QByteArray("DELETE") << QStringLiteral("/mobile-api/health") << QByteArray()
                         << 405;
    QTest::newRow("413") << QByteArray("POST") << QStringLiteral("/mobile-api/auth/login")
                         << QByteArray(2 * 1024 * 1024, 'x') << 413;
}

void TestServerTls::securityHeaders() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    ApiClient client(testTlsConfiguration());
    const HttpReply reply = client.send(verb, m_server.url(path), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
    QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
