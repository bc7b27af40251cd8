// Connections against a hostile or unlucky crowd (docs/deployment.md, "Limits"): silent and abandoned TLS
// handshakes, oversized or trickling requests, idle connections, pipelined answers kept in order,
// Connection: close, and SIGTERM finishing the work in flight. Each case speaks raw HTTP over TLS to the
// real server, since a well-behaved HTTP client cannot send what these tests send.

#include "faultplan.h"
#include "tst_server_sync_support.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

struct RawAnswer {
    int status = 0; // 0: none came
    QByteArray head;
    QByteArray body;
    bool has(const QByteArray &header) const { return head.toLower().contains(header.toLower()); }
};

std::unique_ptr<QSslSocket> openTls(const TestServer &server) {
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(testTlsConfiguration());
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    if (!socket->waitForEncrypted(10000))
        return nullptr;
    return socket;
}

// Reads one answer (head and Content-Length body) within timeoutMs.
RawAnswer readAnswer(QSslSocket &socket, QByteArray &buffer, int timeoutMs = 10000) {
    QElapsedTimer clock;
    clock.start();
    RawAnswer answer;
    while (clock.elapsed() < timeoutMs) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = buffer.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= headEnd + 4 + length) {
                answer.head = head;
                answer.status = head.mid(9, 3).toInt();
                answer.body = buffer.mid(headEnd + 4, length);
                buffer.remove(0, headEnd + 4 + length);
                return answer;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        if (socket.bytesAvailable() == 0)
            socket.waitForReadyRead(50);
        buffer += socket.readAll();
    }
    return answer;
}

RawAnswer exchange(QSslSocket &socket, const QByteArray &request, int timeoutMs = 10000) {
    socket.write(request);
    QByteArray buffer;
    return readAnswer(socket, buffer, timeoutMs);
}

bool closedWithin(QAbstractSocket &socket, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

const QByteArray HealthRequest = "GET /mobile-api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

} // namespace

class TestServerConnections : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void silentConnectionsLockNobodyOut();
    void abandonedHandshakesKeepItAccepting();
    void silentHandshakeIsCutAtItsTimeout();
    void oversizedHeadIsRefused();
    void longTargetIsRefused();
    void announcedHugeBodyIsRefusedBeforeItArrives();
    void streamedHugeBodyKeepsMemoryBounded();
    void chunkedBodyIsRefused();
    void tricklingRequestTimesOut();
    void idleConnectionCloses();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void streamedAnswerIsWholeBeforeClosing();
    void pipelinedAnswersKeepTheirOrder();
    void delayedFaultIsNotOvertaken();
    void sigtermFinishesWorkInFlight();
    void refusalsAreCounted();

private:
    TestServer m_server{{QStringLiteral("--demo"), QStringLiteral("--request-timeout"), QStringLiteral("2"),
                         QStringLiteral("--idle-timeout"), QStringLiteral("2"),
                         QStringLiteral("--handshake-timeout"), QStringLiteral("2")}};
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerConnections::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerConnections::silentConnectionsLockNobodyOut() {
    // QSslServer held every connection that had not sent its ClientHello in a queue of 30.
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 60; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(silent.back()->waitForConnected(5000));
    }
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/health"))).status, 200);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed()) + " ms"));
}

void TestServerConnections::abandonedHandshakesKeepItAccepting() {
    // After 30 clients left during their handshake, QSslServer 6.4 never accepted again.
    for (int i = 0; i < 40; ++i) {
        QSslSocket leaving;
        leaving.setSslConfiguration(testTlsConfiguration());
        leaving.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(leaving.waitForConnected(5000));
        leaving.flush(); // the ClientHello is out
        QTest::qWait(5);
        leaving.abort();
    }
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/health"))).status, 200);
}

void TestServerConnections::silentHandshakeIsCutAtItsTimeout() {
    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(silent.waitForConnected(5000));
    QVERIFY(closedWithin(silent, 5000)); // --handshake-timeout 2
}

void TestServerConnections::oversizedHeadIsRefused() {
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    const RawAnswer answer = exchange(*socket, "GET /mobile-api/health HTTP/1.1\r\nHost: x\r\nX-Filler: " +
                                                   QByteArray(20000, 'a') + "\r\n\r\n");
    QCOMPARE(answer.status, 431);
    QVERIFY(answer.body.contains("headers_too_large"));
    QVERIFY(answer.has("Connection: close"));
    QVERIFY(closedWithin(*socket, 10000));
}

void TestServerConnections::longTargetIsRefused() {
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    // Sent without an end: the refusal does not wait for the rest of the line.
    const RawAnswer answer = exchange(*socket, "GET /mobile-api/courses?q=" + QByteArray(12000, 'a'));
    QCOMPARE(answer.status, 414);
    QVERIFY(answer.body.contains("uri_too_long"));
}

void TestServerConnections::announcedHugeBodyIsRefusedBeforeItArrives() {
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    // Only the head is sent: QtHttpServer alone would wait for 200 MiB before any check.
    const RawAnswer answer = exchange(*socket,
                                      "POST /mobile-api/sync/push HTTP/1.1\r\nHost: x\r\n"
                                      "Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n",
                                      3000);
    QCOMPARE(answer.status, 413);
    QVERIFY(answer.body.contains("payload_too_large"));
    QVERIFY(answer.has("Strict-Transport-Security"));
}

void TestServerConnections::streamedHugeBodyKeepsMemoryBounded() {
    const qint64 before = m_server.peakResidentKiB();
    QVERIFY(before > 0);
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    socket->write("POST /mobile-api/crash-reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 209715200\r\n\r\n");
    // Keep sending while the server lets us: what it drops must not be kept.
    const QByteArray megabyte(1024 * 1024, 'x');
    qint64 sent = 0;
    QByteArray buffer;
    RawAnswer answer;
    while (sent < 200 * 1024 * 1024 && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(megabyte);
        sent += megabyte.size();
        while (socket->bytesToWrite() > 4 * 1024 * 1024 && socket->state() == QAbstractSocket::ConnectedState)
            socket->waitForBytesWritten(100);
        if (answer.status == 0 && socket->bytesAvailable() > 0)
            answer = readAnswer(*socket, buffer, 100);
    }
    if (answer.status == 0)
        answer = readAnswer(*socket, buffer, 2000);
    QCOMPARE(answer.status, 413);
    const qint64 after = m_server.peakResidentKiB();
    qInfo() << "server peak RSS" << before / 1024 << "MiB before," << after / 1024 << "MiB after"
            << sent / 1048576 << "MiB streamed";
    QVERIFY2(after - before < 64 * 1024, "the refused body was kept");
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/health"))).status, 200);
}

void TestServerConnections::chunkedBodyIsRefused() {
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    const RawAnswer answer = exchange(*socket, "POST /mobile-api/sync/push HTTP/1.1\r\nHost: x\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
    QCOMPARE(answer.status, 411);
    QVERIFY(answer.body.contains("length_required"));
}

void TestServerConnections::tricklingRequestTimesOut() {
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    QElapsedTimer clock;
    clock.start();
    // A head that never ends (slowloris): cut at --request-timeout 2 with 408.
    socket->write("GET /mobile-api/health HTTP/1.1\r\nHost: x\r\n");
    QByteArray buffer;
    const RawAnswer answer = readAnswer(*socket, buffer, 6000);
    QCOMPARE(answer.status, 408);
    QVERIFY(clock.elapsed() >= 1500);
    QVERIFY(closedWithin(*socket, 10000));
}

void TestServerConnections::idleConnectionCloses() {
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    QCOMPARE(exchange(*socket, HealthRequest).status, 200);
    QVERIFY(socket->state() == QAbstractSocket::ConnectedState); // kept alive for a while...
    QVERIFY(closedWithin(*socket, 6000));                        // ...but not forever (--idle-timeout 2)
}

void TestServerConnections::connectionCloseIsHonoured_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("HTTP/1.1 Connection: close")
        << QByteArray("GET /mobile-api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /mobile-api/health HTTP/1.0\r\nHost: x\r\n\r\n");
}

void TestServerConnections::connectionCloseIsHonoured() {
    QFETCH(QByteArray, request);
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    const RawAnswer answer = exchange(*socket, request);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.has("Connection: close"));
    QVERIFY(closedWithin(*socket, 1000)); // at once, not at the idle timeout
}

void TestServerConnections::streamedAnswerIsWholeBeforeClosing() {
    // An export is sent from a file as the client reads it; "Connection: close" must wait for its end.
    SyncUser user(m_server, m_client);
    QVERIFY(user.isValid());
    for (int batch = 0; batch < 4; ++batch) {
        QJsonArray entries;
        for (int i = 0; i < 60; ++i) {
            entries.append(
                upsert(QStringLiteral("journal"), newUuid(), 0,
                       {{"date", "2026-11-20"},
                        {"mood", 3},
                        {"text", QStringLiteral("streamed-entry ") + QString(900, QChar(u'a' + i % 26))}}));
        }
        QCOMPARE(user.pushResults(entries).size(), 60);
    }
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    const RawAnswer answer =
        exchange(*socket, "GET /mobile-api/user/export HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                              user.token().toLatin1() + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.body.size() > 200 * 1024, qPrintable(QString::number(answer.body.size())));
    QVERIFY(!QJsonDocument::fromJson(answer.body).isNull()); // whole: it parses
    QVERIFY(answer.body.count("streamed-entry") >= 240);
    QVERIFY(closedWithin(*socket, 5000));
}

void TestServerConnections::pipelinedAnswersKeepTheirOrder() {
    // A sign-in is answered after Argon2 has run on a worker thread; the health check behind it is
    // answered at once, but must not leave first.
    const auto socket = openTls(m_server);
    QVERIFY(socket);
    const QByteArray login = R"({"email":"demo@tekpounou.ht","password":"wrong-password"})";
    socket->write("POST /mobile-api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: " +
                  QByteArray::number(login.size()) + "\r\n\r\n" + login + HealthRequest);
    QByteArray buffer;
    const RawAnswer first = readAnswer(*socket, buffer);
    const RawAnswer second = readAnswer(*socket, buffer);
    QCOMPARE(first.status, 401);
    QCOMPARE(second.status, 200);
    QVERIFY(second.body.contains("\"status\":\"ok\""));
}

void TestServerConnections::delayedFaultIsNotOvertaken() {
    // A seed whose first fault at rate 1 is a delay (the sequence depends only on rate and seed); the
    // health check pipelined behind the sync request is not a fault route.
    quint32 seed = 1;
    while (tpn::server::FaultPlan(1.0, seed).next().kind != tpn::server::FaultKind::Delay)
        ++seed;
    TestServer faulty({QStringLiteral("--demo"), QStringLiteral("--fault-rate"), QStringLiteral("1"),
                       QStringLiteral("--fault-seed"), QString::number(seed)});
    QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
    const auto socket = openTls(faulty);
    QVERIFY(socket);
    socket->write("GET /mobile-api/sync/pull HTTP/1.1\r\nHost: x\r\n\r\n" + HealthRequest);
    QByteArray buffer;
    const RawAnswer first = readAnswer(*socket, buffer);
    const RawAnswer second = readAnswer(*socket, buffer);
    QCOMPARE(first.status, 401); // the pull, without a token, answered late
    QCOMPARE(second.status, 200);
}

void TestServerConnections::sigtermFinishesWorkInFlight() {
    TestServer stopping;
    QVERIFY2(stopping.start(), qPrintable(stopping.errorString()));
    const auto inFlight = openTls(stopping);
    const auto idle = openTls(stopping);
    QVERIFY(inFlight && idle);
    const QByteArray body = R"({"email":"demo@tekpounou.ht","password":"lekol-2026"})";
    inFlight->write("POST /mobile-api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body.left(10));
    QVERIFY(inFlight->waitForBytesWritten(5000));
    QTest::qWait(200);
    stopping.terminate();
    QVERIFY(closedWithin(*idle, 5000)); // nothing under way: closed at once
    QTcpSocket late;
    late.connectToHost(QStringLiteral("127.0.0.1"), stopping.port());
    QVERIFY(!late.waitForConnected(1000) || closedWithin(late, 1000)); // no new work
    inFlight->write(body.mid(10));
    QByteArray buffer;
    const RawAnswer answer = readAnswer(*inFlight, buffer);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("accessToken") || answer.body.contains("access_token"));
    QCOMPARE(stopping.waitForExit(10000), std::optional<int>(0));
}

void TestServerConnections::refusalsAreCounted() {
    // The refusals above never reached the routes; /metrics counts them all the same.
    const HttpReply metrics = m_client.get(m_server.url(QStringLiteral("/metrics")));
    QCOMPARE(metrics.status, 200);
    const auto counted = [&](const QByteArray &method, const QByteArray &status) {
        for (const QByteArray &line : metrics.body.split('\n')) {
            if (line.startsWith("tpn_http_requests_total{") && line.contains("route=\"refused\"") &&
                line.contains("method=\"" + method + '"') && line.contains("status=\"" + status + '"'))
                return true;
        }
        return false;
    };
    QVERIFY(counted("UNKNOWN", "431"));
    QVERIFY(counted("UNKNOWN", "414"));
    QVERIFY(counted("POST", "413"));
    QVERIFY(counted("POST", "411"));
    QVERIFY(counted("UNKNOWN", "408"));
}

QTEST_GUILESS_MAIN(TestServerConnections)
#include "tst_server_connections.moc"
