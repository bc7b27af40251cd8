// Operations (docs/deployment.md, docs/api.md "Operations"), against the real server over HTTPS: the
// readiness check with a working and a replaced database, and /metrics — what it counts, that
// Prometheus' own checker accepts it, and who may read it.

#include "tst_server_sync_support.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

// The schema version as any SQLite or PostgreSQL client reads it.
const QString SchemaVersionQuery = TestServer::onPostgres()
                                       ? QStringLiteral("SELECT version FROM schema_version")
                                       : QStringLiteral("PRAGMA user_version");

// The samples of a scrape by series ("name{label=\"value\",…}" exactly as written), comments skipped.
QHash<QString, double> samples(const QByteArray &text) {
    QHash<QString, double> values;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        values.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble());
    }
    return values;
}

QString requests(const QString &method, const QString &route, int status) {
    return QStringLiteral("tpn_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"}")
        .arg(method, route)
        .arg(status);
}

QString durations(const QString &route) {
    return QStringLiteral("tpn_http_request_duration_seconds_count{route=\"%1\"}").arg(route);
}

QString syncResults(const QString &result) {
    return QStringLiteral("tpn_sync_mutations_total{result=\"%1\"}").arg(result);
}

// An address of this machine that is not loopback, to connect from; null when it has none.
QHostAddress otherLocalAddress() {
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return {};
}

} // namespace

class TestServerOps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void readyReportsTheDatabase();
    void metricsCountRequestsByRoutePattern();
    void metricsCountSyncResultsAndSessions();
    void promtoolAcceptsTheMetrics();
    void prometheusScrapesTheServer();
    void metricsAreForThisMachineOnly_data();
    void metricsAreForThisMachineOnly();
    void metricsTokenIsNeededFromEverywhere();
    void shortMetricsTokenStopsTheStart();
    void lockedDatabaseCountsAsDatabaseError();
    void readyFailsWhileTheDatabaseFileIsGone();
    void readyFailsOnAnotherSchemaVersion();

private:
    QByteArray scrape();

    TestServer m_server;
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerOps::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

QByteArray TestServerOps::scrape() {
    const HttpReply reply = m_client.get(m_server.url(QStringLiteral("/metrics")));
    if (reply.status != 200)
        qWarning("/metrics answered %d: %s", reply.status, reply.body.left(300).constData());
    return reply.status == 200 ? reply.body : QByteArray();
}

void TestServerOps::readyReportsTheDatabase() {
    const HttpReply reply = m_client.get(m_server.url(QStringLiteral("/mobile-api/ready")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(envelopeProblem(reply, true, false), QString());
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject data = reply.data().toObject();
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    const QJsonObject database = data.value(QStringLiteral("database")).toObject();
    const double latency = database.value(QStringLiteral("latency_ms")).toDouble(-1);
    QVERIFY2(latency >= 0 && latency < 1000, qPrintable(QString::number(latency)));

    // The schema version is the database's own, as any SQLite or PostgreSQL client reads it.
    QSqlDatabase db = TestServer::openDatabase(m_server.dataDir(), QStringLiteral("ops-version"));
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(SchemaVersionQuery) && query.next());
    const int fileVersion = query.value(0).toInt();
    query = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("ops-version"));
    QVERIFY(fileVersion > 0);
    QCOMPARE(database.value(QStringLiteral("schema_version")).toInt(), fileVersion);
}

void TestServerOps::metricsCountRequestsByRoutePattern() {
    const QJsonArray courses =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/courses?limit=2"))).data().toArray();
    QCOMPARE(courses.size(), 2);
    const QHash<QString, double> before = samples(scrape());
    QVERIFY(!before.isEmpty());

    const QString route = QStringLiteral("/mobile-api/courses/{courseId}");
    for (const QJsonValue &course : courses) {
        const QString id = stringField(course, "id");
        QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/courses/") + id)).status, 200);
    }
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/courses/no-such-course"))).status, 404);
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/no/such/path"))).status, 404);
    QCOMPARE(m_client.send("DELETE", m_server.url(QStringLiteral("/mobile-api/courses"))).status, 405);

    const QByteArray text = scrape();
    const QHash<QString, double> after = samples(text);
    QCOMPARE(after.value(requests("GET", route, 200)) - before.value(requests("GET", route, 200)), 2.0);
    QCOMPARE(after.value(requests("GET", route, 404)) - before.value(requests("GET", route, 404)), 1.0);
    QCOMPARE(after.value(durations(route)) - before.value(durations(route)), 3.0);
    const QString unmatched = QStringLiteral("unmatched");
    QCOMPARE(after.value(requests("GET", unmatched, 404)) - before.value(requests("GET", unmatched, 404)),
             1.0);
    // A wrong method matches no route either (ApiServer's observer names no pattern for it).
    QCOMPARE(after.value(requests("DELETE", unmatched, 405)) -
                 before.value(requests("DELETE", unmatched, 405)),
             1.0);
    // Paths never become series of their own.
    QVERIFY(!text.contains("no-such-course"));
    QVERIFY(!text.contains(stringField(courses.at(0), "id").toUtf8()));
    // The previous scrape itself was answered, and counted, before this one.
    QVERIFY(after.value(requests("GET", QStringLiteral("/metrics"), 200)) >= 1);
}

void TestServerOps::metricsCountSyncResultsAndSessions() {
    const QHash<QString, double> before = samples(scrape());
    SyncUser user(m_server, m_client); // registers: one more signed-in session
    QVERIFY(user.isValid());

    const QJsonObject task = upsert(QStringLiteral("task"), newUuid(), 0, {{"title", "Read lesson 2"}});
    const QJsonObject entry = upsert(QStringLiteral("journal"), newUuid(), 0,
                                     {{"date", "2026-11-20"}, {"mood", 4}, {"text", "Morning at school"}});
    const QJsonObject invalid = upsert(QStringLiteral("task"), newUuid(), 0, {{"title", ""}});
    const QJsonArray first = user.pushResults({task, entry, invalid});
    QCOMPARE(first.size(), 3);
    QCOMPARE(stringField(first.at(0), "status"), QStringLiteral("applied"));
    QCOMPARE(stringField(first.at(2), "status"), QStringLiteral("rejected"));
    // The same task mutation again, as after a lost answer.
    QCOMPARE(stringField(user.pushOne(task), "status"), QStringLiteral("duplicate"));

    const QHash<QString, double> after = samples(scrape());
    const auto delta = [&](const QString &series) { return after.value(series) - before.value(series); };
    QCOMPARE(delta(syncResults(QStringLiteral("applied"))), 2.0);
    QCOMPARE(delta(syncResults(QStringLiteral("duplicate"))), 1.0);
    QCOMPARE(delta(syncResults(QStringLiteral("rejected"))), 1.0);
    QCOMPARE(delta(syncResults(QStringLiteral("conflict"))), 0.0);
    QCOMPARE(delta(QStringLiteral("tpn_active_sessions")), 1.0);
    QCOMPARE(delta(requests("POST", QStringLiteral("/mobile-api/sync/push"), 200)), 2.0);
    QVERIFY(after.value(QStringLiteral("process_resident_memory_bytes")) > 1024 * 1024);

    // A second device signs in, then out again.
    const HttpReply login = m_client.send(
        "POST", m_server.url(QStringLiteral("/mobile-api/auth/login")),
        QJsonDocument(QJsonObject{{"email", user.email()}, {"password", "lekol-sync-2026"}}).toJson());
    QCOMPARE(login.status, 200);
    const QString sessions = QStringLiteral("tpn_active_sessions");
    QCOMPARE(samples(scrape()).value(sessions) - before.value(sessions), 2.0);
    const QJsonObject logout{{"refresh_token", stringField(login.data(), "refresh_token")}};
    QCOMPARE(m_client
                 .send("POST", m_server.url(QStringLiteral("/mobile-api/auth/logout")),
                       QJsonDocument(logout).toJson())
                 .status,
             200);
    QCOMPARE(samples(scrape()).value(sessions) - before.value(sessions), 1.0);
}

void TestServerOps::promtoolAcceptsTheMetrics() {
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed (packaging/install-deps.sh installs the prometheus package)");
    // Every kind of series present: a histogram, labelled counters, gauges.
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/categories"))).status, 200);
    const QByteArray text = scrape();
    QVERIFY(text.contains("# TYPE tpn_http_request_duration_seconds histogram"));
    QVERIFY(text.contains(
        "tpn_http_request_duration_seconds_bucket{route=\"/mobile-api/categories\",le=\"+Inf\"}"));

    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(text);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray output = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, output.constData());
    QVERIFY2(output.trimmed().isEmpty(), output.constData()); // no lint complaint either
}

void TestServerOps::prometheusScrapesTheServer() {
    const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (prometheus.isEmpty())
        QSKIP("prometheus is not installed (packaging/install-deps.sh installs it)");
    QTcpServer probe; // a free port for Prometheus' own web API
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 webPort = probe.serverPort();
    probe.close();

    // The scrape configuration docs/deployment.md shows, over HTTPS with the server's CA.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("global:\n  scrape_interval: 1s\n"
                                "scrape_configs:\n  - job_name: tekpounou\n    scheme: https\n"
                                "    tls_config:\n      ca_file: %1\n"
                                "    static_configs:\n      - targets: ['127.0.0.1:%2']\n")
                     .arg(TestServer::caCertPath())
                     .arg(m_server.port())
                     .toUtf8());
    config.close();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(prometheus, {QStringLiteral("--config.file=") + config.fileName(),
                              QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("tsdb")),
                              QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(webPort)});
    QVERIFY(server.waitForStarted());
    const auto query = [&](const QString &expression) {
        QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(webPort));
        url.setQuery(QUrlQuery{{QStringLiteral("query"), expression}});
        const QJsonArray result = m_client.get(url).json()[u"data"][u"result"].toArray();
        return result.isEmpty() ? QString() : result.at(0)[u"value"].toArray().at(1).toString();
    };
    // up is 1 once a scrape succeeded; the request counter shows Prometheus parsed the series too.
    QTRY_COMPARE_WITH_TIMEOUT(query(QStringLiteral("up{job=\"tekpounou\"}")), QStringLiteral("1"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        query(QStringLiteral("tpn_http_requests_total{route=\"/metrics\",status=\"200\"}")).toDouble() >= 1,
        30000);
    server.terminate();
    QVERIFY(server.waitForFinished(30000));
}

void TestServerOps::metricsAreForThisMachineOnly_data() {
    QTest::addColumn<QByteArray>("extraHeader");
    QTest::addColumn<bool>("fromOtherAddress");
    QTest::addColumn<int>("status");
    QTest::newRow("loopback") << QByteArray() << false << 200;
    QTest::newRow("forwarded by nginx") << QByteArray("X-Forwarded-For: 203.0.113.7\r\n") << false << 403;
    QTest::newRow("forwarded, RFC 7239") << QByteArray("Forwarded: for=203.0.113.7\r\n") << false << 403;
    QTest::newRow("real ip") << QByteArray("X-Real-IP: 203.0.113.7\r\n") << false << 403;
    QTest::newRow("another address") << QByteArray() << true << 403;
}

void TestServerOps::metricsAreForThisMachineOnly() {
    QFETCH(QByteArray, extraHeader);
    QFETCH(bool, fromOtherAddress);
    QFETCH(int, status);
    const QHostAddress source = fromOtherAddress ? otherLocalAddress() : QHostAddress();
    if (fromOtherAddress && source.isNull())
        QSKIP("this machine has no address besides loopback to connect from");
    const QByteArray response = rawExchange(m_server.port(),
                                            "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeader +
                                                "Connection: close\r\n\r\n",
                                            testTlsConfiguration(), source);
    QVERIFY2(response.startsWith("HTTP/1.1 " + QByteArray::number(status)), response.left(200).constData());
    if (status == 403)
        QVERIFY(response.contains("\"forbidden\"") && !response.contains("tpn_http_requests_total"));
    else
        QVERIFY(response.contains("tpn_http_requests_total"));
}

void TestServerOps::metricsTokenIsNeededFromEverywhere() {
    QTemporaryDir dir;
    QFile tokenFile(dir.filePath(QStringLiteral("metrics-token")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write("s3cret-metrics-token-0123\n");
    tokenFile.close();
    TestServer server({QStringLiteral("--metrics-token-file"), tokenFile.fileName()});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiClient client(testTlsConfiguration());
    const QUrl url = server.url(QStringLiteral("/metrics"));

    QCOMPARE(client.get(url).status, 403); // loopback alone is not enough any more
    QCOMPARE(client.get(url, bearer(QStringLiteral("s3cret-metrics-token-012"))).status, 403);
    QCOMPARE(client.get(url, {{"Authorization", "Basic czNjcmV0LW1ldHJpY3MtdG9rZW4tMDEyMw=="}}).status, 403);
    const HttpReply allowed = client.get(url, {{"Authorization", "bearer s3cret-metrics-token-0123"}});
    QCOMPARE(allowed.status, 200);
    QVERIFY(allowed.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    // The refused attempts were answered and counted like any request.
    QCOMPARE(samples(allowed.body).value(requests("GET", QStringLiteral("/metrics"), 403)), 3.0);
}

void TestServerOps::shortMetricsTokenStopsTheStart() {
    QTemporaryDir dir;
    QFile tokenFile(dir.filePath(QStringLiteral("metrics-token")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write("short\n");
    tokenFile.close();
    QProcess server;
    server.start(QStringLiteral(TPN_SERVER_BINARY),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                  dir.filePath(QStringLiteral("data")), QStringLiteral("--metrics-token-file"),
                  tokenFile.fileName()});
    QVERIFY(server.waitForFinished(20000));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY(server.readAllStandardError().contains("at least 16 characters"));
}

void TestServerOps::lockedDatabaseCountsAsDatabaseError() {
    SyncUser user(m_server, m_client);
    QVERIFY(user.isValid());
    const double before = samples(scrape()).value(QStringLiteral("tpn_database_errors_total"));

    // Another process holds the write lock (an operator's sqlite3 or psql shell left in a transaction):
    // after the busy or lock timeout, the push fails with a database error, and the server says so.
    {
        QSqlDatabase db = TestServer::openDatabase(m_server.dataDir(), QStringLiteral("ops-lock"));
        QVERIFY(db.isOpen());
        QSqlQuery lock(db);
        if (TestServer::onPostgres()) {
            QVERIFY2(lock.exec(QStringLiteral("BEGIN")) &&
                         lock.exec(QStringLiteral("LOCK TABLE sync_records IN ACCESS EXCLUSIVE MODE")),
                     qPrintable(lock.lastError().text()));
        } else {
            QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
        }
        const HttpReply refused =
            user.push({upsert(QStringLiteral("task"), newUuid(), 0, {{"title", "While locked"}})});
        QCOMPARE(refused.status, 500);
        // Readers are not blocked in WAL mode: the server is still ready for everything but writes.
        QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/ready"))).status, 200);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("ops-lock"));
    }
    QVERIFY(samples(scrape()).value(QStringLiteral("tpn_database_errors_total")) >= before + 1);
    // The lock gone, the same push goes through.
    QCOMPARE(user.push({upsert(QStringLiteral("task"), newUuid(), 0, {{"title", "After the lock"}})}).status,
             200);
}

void TestServerOps::readyFailsWhileTheDatabaseFileIsGone() {
    // A data directory moved or deleted under a running server: SQLite keeps writing into the file it
    // has open, and everything learners push until the server stops would be lost.
    if (TestServer::onPostgres())
        QSKIP("a SQLite file; PostgreSQL's files are its own");
    const QString file = m_server.dataDir() + QStringLiteral("/server.sqlite");
    const QString aside = file + QStringLiteral(".aside");
    QVERIFY(QFile::rename(file, aside));
    const HttpReply notReady = m_client.get(m_server.url(QStringLiteral("/mobile-api/ready")));
    QVERIFY(QFile::rename(aside, file)); // back before any check can fail
    QCOMPARE(notReady.status, 503);
    QCOMPARE(notReady.errorCode(), QStringLiteral("not_ready"));
    QCOMPARE(envelopeProblem(notReady, false, false), QString());
    QVERIFY(!notReady.body.contains(m_server.dataDir().toUtf8())); // no server paths to the public
    // Liveness is not readiness: /health still answers.
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/health"))).status, 200);
    // Back in place, the same file: ready again.
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/ready"))).status, 200);
}

void TestServerOps::readyFailsOnAnotherSchemaVersion() {
    // Another binary migrated the database under this running server (as a newer version would).
    QSqlDatabase db = TestServer::openDatabase(m_server.dataDir(), QStringLiteral("ops-migrate"));
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(SchemaVersionQuery) && query.next());
    const int version = query.value(0).toInt();
    QVERIFY(query.exec(TestServer::onPostgres()
                           ? QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1)
                           : QStringLiteral("PRAGMA user_version = %1").arg(version + 1)));
    const HttpReply notReady = m_client.get(m_server.url(QStringLiteral("/mobile-api/ready")));
    QVERIFY(query.exec(TestServer::onPostgres()
                           ? QStringLiteral("UPDATE schema_version SET version = %1").arg(version)
                           : QStringLiteral("PRAGMA user_version = %1").arg(version)));
    query = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("ops-migrate"));

    QCOMPARE(notReady.status, 503);
    QCOMPARE(notReady.errorCode(), QStringLiteral("not_ready"));
    QVERIFY2(notReady.json()[u"error"][u"message"].toString().contains(QString::number(version + 1)),
             notReady.body.constData());
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/ready"))).status, 200);
}

QTEST_GUILESS_MAIN(TestServerOps)
#include "tst_server_ops.moc"
