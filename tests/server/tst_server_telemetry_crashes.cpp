// Crash and error reports (docs/telemetry.md, POST /mobile-api/crash-reports) against the real server over
// HTTPS: accepted once per id as JSON or multipart, every bad field refused by name, the body caps, the
// per-device rate limit, and that nothing token-like reaches the data directory.

#include "telemetrytesting.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString CrashReports = QStringLiteral("/mobile-api/crash-reports");

} // namespace

class TestServerCrashReports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptedOnceAsJson();
    void acceptedAsMultipart();
    void refusesBadFields_data();
    void refusesBadFields();
    void refusesMalformedBodies();
    void bodyCaps();
    void rateLimitPerDevice();
    void tokenLookingTextIsNotStored();

private:
    int rowsWithId(const QString &id);
    QString storedText(const QString &id, const QString &column);

    TestServer m_server{QStringList{}};
    ApiClient m_client{testTlsConfiguration()};
    QSqlDatabase m_db;
};

void TestServerCrashReports::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_db = TestServer::openDatabase(m_server.dataDir(), QStringLiteral("inspect"));
    QVERIFY(m_db.isOpen());
}

void TestServerCrashReports::cleanupTestCase() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

int TestServerCrashReports::rowsWithId(const QString &id) {
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM crash_reports WHERE id = ?")))
        return -1;
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QString TestServerCrashReports::storedText(const QString &id, const QString &column) {
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM crash_reports WHERE id = ?").arg(column)))
        return QStringLiteral("(no such column)");
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("(no row)");
}

void TestServerCrashReports::acceptedOnceAsJson() {
    const QJsonObject report = crashReport(newUuid(), fakeMinidump());
    const QString id = report.value(QStringLiteral("id")).toString();
    const HttpReply created = postJson(m_client, m_server, CrashReports, report);
    QCOMPARE(created.status, 201);
    const QString problem = envelopeProblem(created, true, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(stringField(created.data(), "id"), id);
    QCOMPARE(created.data().toObject().value(QStringLiteral("duplicate")), QJsonValue(false));
    QCOMPARE(created.header("Cache-Control"), QByteArray("no-store"));

    // The same id again, even with another dump: acknowledged as a duplicate, nothing stored.
    const HttpReply again = postJson(
        m_client, m_server, CrashReports,
        withPath(report, QStringLiteral("minidump"), QString::fromLatin1(fakeMinidump(4096).toBase64())));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.data().toObject().value(QStringLiteral("duplicate")), QJsonValue(true));
    QCOMPARE(rowsWithId(id), 1);
    QFile dump(QDir(m_server.dataDir()).filePath(QStringLiteral("crash-reports/%1.dmp").arg(id)));
    QVERIFY(dump.open(QIODevice::ReadOnly));
    QCOMPARE(dump.readAll(), fakeMinidump());
    QCOMPARE(dump.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QCOMPARE(storedText(id, QStringLiteral("app_version")), QStringLiteral("0.1.0"));
}

void TestServerCrashReports::acceptedAsMultipart() {
    QJsonObject metadata = crashReport(newUuid(), {});
    metadata.remove(QStringLiteral("minidump"));
    const QString id = metadata.value(QStringLiteral("id")).toString();
    const QByteArray dump = fakeMinidump(10000) + QByteArray("\r\n--not-the-boundary\r\n");
    const HttpReply created = postMultipart(m_client, m_server, metadata, dump);
    QCOMPARE(created.status, 201);
    QCOMPARE(postMultipart(m_client, m_server, metadata, dump).status, 200);
    QCOMPARE(rowsWithId(id), 1);
    QFile file(QDir(m_server.dataDir()).filePath(QStringLiteral("crash-reports/%1.dmp").arg(id)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), dump);

    // Multipart without the dump part, and with the dump in both places.
    QJsonObject other = withPath(metadata, QStringLiteral("id"), newUuid());
    const HttpReply missing = postMultipart(m_client, m_server, other, {});
    QCOMPARE(missing.status, 400);
    QVERIFY2(QString::fromUtf8(missing.body).contains(QStringLiteral("'minidump'")),
             missing.body.constData());
    other.insert(QStringLiteral("minidump"), QString::fromLatin1(dump.toBase64()));
    QCOMPARE(postMultipart(m_client, m_server, other, dump).status, 400);
}

void TestServerCrashReports::refusesBadFields_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject crash = crashReport(newUuid(), fakeMinidump());
    const QJsonObject error = errorReport(newUuid(), QStringLiteral("Database migration 3 failed"));
    const auto row = [](const char *name, const QJsonObject &body, const QString &field) {
        QTest::newRow(name) << withPath(body, QStringLiteral("id"), newUuid()) << field;
    };
    const QString u = QStringLiteral("id");
    QTest::newRow("id not a UUID") << withPath(crash, u, QStringLiteral("crash-1")) << u;
    QTest::newRow("id missing") << withPath(crash, u, QJsonValue::Undefined) << u;
    row("bad kind", withPath(crash, QStringLiteral("kind"), QStringLiteral("hang")), QStringLiteral("kind"));
    row("created_at not a time", withPath(crash, QStringLiteral("created_at"), QStringLiteral("yesterday")),
        QStringLiteral("created_at"));
    row("created_at without zone",
        withPath(crash, QStringLiteral("created_at"), QStringLiteral("2026-12-02T10:00:00")),
        QStringLiteral("created_at"));
    row("device a number", withPath(crash, QStringLiteral("device"), 42), QStringLiteral("device"));
    row("app missing", withPath(crash, QStringLiteral("app"), QJsonValue::Undefined), QStringLiteral("app"));
    row("empty version", withPath(crash, QStringLiteral("app.version"), QString()),
        QStringLiteral("app.version"));
    row("os too long", withPath(crash, QStringLiteral("os"), QString(201, u'x')), QStringLiteral("os"));
    row("screen with a line break", withPath(crash, QStringLiteral("screen"), QStringLiteral("a\nb")),
        QStringLiteral("screen"));
    row("count 0", withPath(error, QStringLiteral("count"), 0), QStringLiteral("count"));
    row("count not whole", withPath(error, QStringLiteral("count"), 1.5), QStringLiteral("count"));
    row("dropped negative", withPath(crash, QStringLiteral("dropped"), -1), QStringLiteral("dropped"));
    row("message too long", withPath(error, QStringLiteral("message"), QString(2001, u'm')),
        QStringLiteral("message"));
    QJsonArray crumbs;
    for (int i = 0; i < 51; ++i)
        crumbs.append(crash.value(QStringLiteral("breadcrumbs")).toArray().at(0));
    row("51 breadcrumbs", withPath(crash, QStringLiteral("breadcrumbs"), crumbs),
        QStringLiteral("breadcrumbs"));
    row("long breadcrumb", withPath(crash, QStringLiteral("breadcrumbs[0].message"), QString(201, u'b')),
        QStringLiteral("breadcrumbs[0].message"));
    row("breadcrumb time", withPath(crash, QStringLiteral("breadcrumbs[0].at"), QStringLiteral("soon")),
        QStringLiteral("breadcrumbs[0].at"));
    row("breadcrumb not an object",
        withPath(crash, QStringLiteral("breadcrumbs[0]"), QStringLiteral("screen: x")),
        QStringLiteral("breadcrumbs[0]"));
    row("crash without minidump", withPath(crash, QStringLiteral("minidump"), QJsonValue::Undefined),
        QStringLiteral("minidump"));
    row("minidump not base64", withPath(crash, QStringLiteral("minidump"), QStringLiteral("TURNUA*!")),
        QStringLiteral("minidump"));
    row("minidump not a minidump",
        withPath(crash, QStringLiteral("minidump"), QStringLiteral("aGVsbG8gd29ybGQ=")),
        QStringLiteral("minidump"));
    row("error without message", withPath(error, QStringLiteral("message"), QStringLiteral("  ")),
        QStringLiteral("message"));
    row("error with minidump",
        withPath(error, QStringLiteral("minidump"), crash.value(QStringLiteral("minidump"))),
        QStringLiteral("minidump"));
}

void TestServerCrashReports::refusesBadFields() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const HttpReply reply = postJson(m_client, m_server, CrashReports, body);
    const QString problem = invalidFieldProblem(reply, field);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (body.value(QStringLiteral("id")).isString())
        QCOMPARE(rowsWithId(body.value(QStringLiteral("id")).toString().toLower()), 0);
}

void TestServerCrashReports::refusesMalformedBodies() {
    const QUrl url = m_server.url(CrashReports);
    const HttpReply notJson = m_client.send("POST", url, "{\"id\":", {{"Content-Type", "application/json"}});
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorCode(), QStringLiteral("invalid_body"));
    const HttpReply noBoundary =
        m_client.send("POST", url, "--x\r\n\r\n--x--", {{"Content-Type", "multipart/form-data"}});
    QCOMPARE(noBoundary.status, 400);
    QCOMPARE(noBoundary.errorCode(), QStringLiteral("invalid_body"));
    QCOMPARE(m_client.get(url).status, 405);
}

void TestServerCrashReports::bodyCaps() {
    // 2.5 MiB of dump is 3.3 MiB of base64: above the API's usual 1 MiB, within this endpoint's 4 MiB.
    const QJsonObject large = crashReport(newUuid(), fakeMinidump(2560 * 1024));
    QCOMPARE(postJson(m_client, m_server, CrashReports, large).status, 201);
    // 3.1 MiB of dump: the JSON body passes 4 MiB.
    const QJsonObject tooLarge = crashReport(newUuid(), fakeMinidump(3174 * 1024));
    const HttpReply refused = postJson(m_client, m_server, CrashReports, tooLarge);
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(rowsWithId(tooLarge.value(QStringLiteral("id")).toString()), 0);
    // As multipart the same dump fits the body, but not the 3 MiB cap of a minidump.
    QJsonObject metadata = tooLarge;
    metadata.remove(QStringLiteral("minidump"));
    const HttpReply tooBigDump =
        postMultipart(m_client, m_server, metadata, fakeMinidump(3 * 1024 * 1024 + 1));
    QCOMPARE(tooBigDump.status, 400);
    QVERIFY2(tooBigDump.body.contains("'minidump'"), tooBigDump.body.constData());
    QCOMPARE(postMultipart(m_client, m_server, metadata, fakeMinidump(3 * 1024 * 1024)).status, 201);
}

void TestServerCrashReports::rateLimitPerDevice() {
    const QString device = newUuid();
    for (int i = 0; i < 60; ++i) {
        const HttpReply reply = postJson(m_client, m_server, CrashReports,
                                         errorReport(device, QStringLiteral("qCritical number %1").arg(i)));
        QVERIFY2(reply.status == 201, qPrintable(QStringLiteral("report %1: %2").arg(i).arg(reply.status)));
    }
    const QJsonObject more = errorReport(device, QStringLiteral("one too many"));
    const HttpReply limited = postJson(m_client, m_server, CrashReports, more);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    bool isNumber = false;
    const int retryAfter = limited.header("Retry-After").toInt(&isNumber);
    QVERIFY2(isNumber && retryAfter > 3500 && retryAfter <= 3600, limited.header("Retry-After").constData());
    QCOMPARE(rowsWithId(more.value(QStringLiteral("id")).toString()), 0);
    // Another device is not affected.
    QCOMPARE(
        postJson(m_client, m_server, CrashReports, errorReport(newUuid(), QStringLiteral("fine"))).status,
        201);
}

void TestServerCrashReports::tokenLookingTextIsNotStored() {
    const QString token = QStringLiteral("tPn4cc3ssT0ken") + QString(newUuid()).remove(u'-');
    QJsonObject crash = crashReport(newUuid(), fakeMinidump());
    crash = withPath(crash, QStringLiteral("os"), QStringLiteral("Linux ") + token);
    crash = withPath(crash, QStringLiteral("screen"), QStringLiteral("courses/") + token);
    crash =
        withPath(crash, QStringLiteral("breadcrumbs[0].message"), QStringLiteral("auth: Bearer ") + token);
    crash = withPath(crash, QStringLiteral("breadcrumbs[0].category"), token);
    const QJsonObject error =
        errorReport(newUuid(), QStringLiteral("sync failed for %1, retrying").arg(token));
    const HttpReply crashReply = m_client.send(
        "POST", m_server.url(CrashReports), QJsonDocument(crash).toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(crashReply.status, 201);
    QCOMPARE(postJson(m_client, m_server, CrashReports, error).status, 201);

    const QString errorId = error.value(QStringLiteral("id")).toString();
    QCOMPARE(storedText(errorId, QStringLiteral("message")),
             QStringLiteral("sync failed for [redacted], retrying"));
    QVERIFY(storedText(crash.value(QStringLiteral("id")).toString(), QStringLiteral("breadcrumbs"))
                .contains(QStringLiteral("auth: Bearer [redacted]")));
    const QByteArray stored = treeBytes(m_server.dataDir()) + TestServer::storedBytes(m_server.dataDir());
    QVERIFY(stored.contains("[redacted]"));
    QVERIFY(!stored.contains(token.toUtf8()));
    QVERIFY(!stored.contains(token.right(20).toUtf8()));
}

QTEST_GUILESS_MAIN(TestServerCrashReports)
#include "tst_server_telemetry_crashes.moc"
