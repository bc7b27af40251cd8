// The operator's report (docs/telemetry.md, "The operator's report") from real crashes: a small program
// with Breakpad's handler (tpn_test_crasher) dies and leaves a minidump, dump_syms makes the Breakpad
// symbol store of it, the real server stores the report and walks the dump in the background, and
// `tekpounou-server report` groups the crashes by signature, the errors by message and the timings by
// version. The HTML page is rendered by headless Chromium into <build>/screenshots for people to judge.

#include "telemetrytesting.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString CrashReports = QStringLiteral("/mobile-api/crash-reports");
const QString CrashFunction = QStringLiteral("tpnCrasherFaultsHere");

// The crash groups whose top frame is the crasher's function.
QList<QJsonObject> crasherGroups(const QJsonObject &report) {
    QList<QJsonObject> groups;
    for (const QJsonValue &value : report.value(QStringLiteral("crash_groups")).toArray()) {
        const QJsonObject group = value.toObject();
        const QJsonArray frames = group.value(QStringLiteral("frames")).toArray();
        if (!frames.isEmpty() && stringField(frames.at(0), "function").contains(CrashFunction))
            groups.append(group);
    }
    return groups;
}

QString stackState(const QString &dataDir, const QString &id) {
    QString state;
    {
        QSqlDatabase db = TestServer::openDatabase(dataDir, QStringLiteral("inspect"));
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT stack_state FROM crash_reports WHERE id = ?"));
            query.addBindValue(id);
            if (query.exec() && query.next())
                state = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return state;
}

} // namespace

class TestServerTelemetryReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void symbolizedCrashesGroupBySignature();
    void reportWalksWhatTheServerCouldNot();
    void errorsGroupByNormalizedMessage();
    void htmlReportRendersInChromium();

private:
    QByteArray crash(const QString &mode);
    QString postAndWaitForWalk(TestServer &server, const QJsonObject &report);

    QTemporaryDir m_work;
    QString m_symbols;
    std::unique_ptr<TestServer> m_server;
    ApiClient m_client{testTlsConfiguration()};
};

QByteArray TestServerTelemetryReport::crash(const QString &mode) {
    const QString dumps = m_work.filePath(QStringLiteral("dumps-") + newUuid());
    QDir().mkpath(dumps);
    QProcess crasher;
    // Under AddressSanitizer (the asan preset) its own SEGV handler would end the process with exit code 1
    // after Breakpad's; without it the default action kills the process, as on a learner's device.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"), asan.isEmpty()
                                                           ? QStringLiteral("handle_segv=0")
                                                           : asan + QStringLiteral(":handle_segv=0"));
    crasher.setProcessEnvironment(environment);
    crasher.start(QStringLiteral(TPN_CRASHER_BINARY), {dumps, mode});
    if (!crasher.waitForFinished(30000) || crasher.exitStatus() != QProcess::CrashExit) {
        qWarning() << "the crasher did not crash:" << crasher.exitStatus() << crasher.readAllStandardError();
        return {};
    }
    QFile dump(QString::fromLocal8Bit(crasher.readAllStandardOutput().trimmed()));
    return dump.open(QIODevice::ReadOnly) ? dump.readAll() : QByteArray();
}

QString TestServerTelemetryReport::postAndWaitForWalk(TestServer &server, const QJsonObject &report) {
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = postJson(m_client, server, CrashReports, report);
    if (reply.status != 201)
        return QStringLiteral("(answered %1)").arg(reply.status);
    const QString id = report.value(QStringLiteral("id")).toString();
    QString state;
    while ((state = stackState(server.dataDir(), id)).isEmpty() && timer.elapsed() < 30000)
        QTest::qWait(20);
    qInfo("the server walked the dump %lld ms after it was posted (answered 201 first): %s", timer.elapsed(),
          qPrintable(state));
    return state;
}

void TestServerTelemetryReport::initTestCase() {
    QVERIFY(m_work.isValid());
    // The symbol store: dump_syms BIN > sym; its first line "MODULE Linux x86_64 <ID> <name>" gives
    // the place, <store>/<name>/<ID>/<name>.sym.
    QElapsedTimer timer;
    timer.start();
    QProcess dumpSyms;
    dumpSyms.setStandardErrorFile(QProcess::nullDevice());
    dumpSyms.start(QStringLiteral(TPN_DUMP_SYMS), {QStringLiteral(TPN_CRASHER_BINARY)});
    QVERIFY(dumpSyms.waitForFinished(60000));
    QCOMPARE(dumpSyms.exitCode(), 0);
    const QByteArray symbols = dumpSyms.readAllStandardOutput();
    const QList<QByteArray> module = symbols.left(symbols.indexOf('\n')).split(' ');
    QVERIFY2(module.size() == 5 && module.at(0) == "MODULE", symbols.left(200).constData());
    m_symbols = m_work.filePath(QStringLiteral("symbols"));
    const QString name = QString::fromUtf8(module.at(4));
    const QString folder = QDir(m_symbols).filePath(name + u'/' + QString::fromUtf8(module.at(3)));
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(name + QStringLiteral(".sym")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(symbols) == symbols.size());
    file.close();
    QVERIFY2(symbols.contains(CrashFunction.toUtf8()), "the crasher's symbols lack its function");
    qInfo("dump_syms made the symbol store in %lld ms (%lld bytes)", timer.elapsed(), qint64(symbols.size()));

    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--symbols"), m_symbols});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestServerTelemetryReport::symbolizedCrashesGroupBySignature() {
    const QByteArray first = crash(QStringLiteral("segv"));
    QVERIFY(first.startsWith("MDMP"));
    QCOMPARE(postAndWaitForWalk(*m_server, crashReport(newUuid(), first)), QStringLiteral("symbolized"));

    QElapsedTimer timer;
    timer.start();
    QJsonObject report = reportJson(m_server->dataDir(), {QStringLiteral("--symbols"), m_symbols});
    qInfo("report --json took %lld ms", timer.elapsed());
    QList<QJsonObject> groups = crasherGroups(report);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(groups.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("SIGSEGV"));
    const QJsonObject top = groups.at(0).value(QStringLiteral("frames")).toArray().at(0).toObject();
    QVERIFY2(stringField(top, "location").contains(QStringLiteral("crasher.cpp:")),
             qPrintable(stringField(top, "location")));
    QVERIFY2(groups.at(0)
                 .value(QStringLiteral("signature"))
                 .toString()
                 .startsWith(QStringLiteral("SIGSEGV | ") + CrashFunction),
             qPrintable(groups.at(0).value(QStringLiteral("signature")).toString()));

    // The same crash again, another run and device, sent as multipart: the same group.
    QJsonObject second = crashReport(newUuid(), {}, QStringLiteral("0.1.1"));
    second.remove(QStringLiteral("minidump"));
    QCOMPARE(postMultipart(m_client, *m_server, second, crash(QStringLiteral("segv"))).status, 201);
    // An abort in the same function is another kind of crash: a group of its own.
    QCOMPARE(
        postJson(m_client, *m_server, CrashReports, crashReport(newUuid(), crash(QStringLiteral("abort"))))
            .status,
        201);
    report = reportJson(m_server->dataDir(), {QStringLiteral("--symbols"), m_symbols});
    groups = crasherGroups(report);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("SIGSEGV"));
    QCOMPARE(groups.at(0).value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(groups.at(0).value(QStringLiteral("devices")).toInt(), 2);
    QCOMPARE(groups.at(0).value(QStringLiteral("app_versions")).toArray(),
             (QJsonArray{QStringLiteral("0.1.0"), QStringLiteral("0.1.1")}));
    QCOMPARE(groups.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("SIGABRT"));
    QCOMPARE(groups.at(1).value(QStringLiteral("count")).toInt(), 1);
}

void TestServerTelemetryReport::reportWalksWhatTheServerCouldNot() {
    // A server without the symbol store: frames are module+offset until the report has the store.
    TestServer bare(QStringList{});
    QVERIFY2(bare.start(), qPrintable(bare.errorString()));
    QCOMPARE(postAndWaitForWalk(bare, crashReport(newUuid(), crash(QStringLiteral("segv")))),
             QStringLiteral("partial"));
    bare.stop();
    const QJsonObject unsymbolized = reportJson(bare.dataDir());
    QCOMPARE(crasherGroups(unsymbolized).size(), 0);
    const QString signature = unsymbolized.value(QStringLiteral("crash_groups"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("signature"))
                                  .toString();
    QVERIFY2(signature.startsWith(QStringLiteral("SIGSEGV | tpn_test_crasher+0x")), qPrintable(signature));

    const QJsonObject symbolized = reportJson(bare.dataDir(), {QStringLiteral("--symbols"), m_symbols});
    QCOMPARE(crasherGroups(symbolized).size(), 1);
    QCOMPARE(symbolized.value(QStringLiteral("crash_groups")).toArray().size(), 1);
}

void TestServerTelemetryReport::errorsGroupByNormalizedMessage() {
    const QString device = newUuid();
    for (const QString &message :
         {QStringLiteral("qrc:/qt/TasksScreen.qml:41: TypeError: Cannot read property 'title' of null"),
          QStringLiteral("qrc:/qt/TasksScreen.qml:57: TypeError: Cannot read property 'title' of null"),
          QStringLiteral("Database migration 3 failed: disk I/O error")}) {
        QCOMPARE(postJson(m_client, *m_server, CrashReports, errorReport(device, message)).status, 201);
    }
    QJsonObject collapsed =
        errorReport(newUuid(), QStringLiteral("Database migration 4 failed: disk I/O error"));
    collapsed.insert(QStringLiteral("count"), 5);
    QCOMPARE(postJson(m_client, *m_server, CrashReports, collapsed).status, 201);

    const QJsonArray groups = reportJson(m_server->dataDir()).value(QStringLiteral("error_groups")).toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(stringField(groups.at(0), "signature"),
             QStringLiteral("error: Database migration {n} failed: disk I/O error"));
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("count")).toInt(), 6);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("reports")).toInt(), 2);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("devices")).toInt(), 2);
    QCOMPARE(groups.at(1).toObject().value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(stringField(groups.at(1), "signature"),
             QStringLiteral(
                 "error: qrc:/qt/TasksScreen.qml:{n}: TypeError: Cannot read property 'title' of null"));
}

void TestServerTelemetryReport::htmlReportRendersInChromium() {
    // Timings of two versions, so the page has charts of each kind.
    const QList<std::pair<QString, QJsonArray>> batches{
        {QStringLiteral("0.1.0"),
         {metric(QStringLiteral("startup.first_frame"), {}, 10, 9650, 500, 1900,
                 QJsonArray{QJsonArray{512, 1}, QJsonArray{608.87, 2}, QJsonArray{724.08, 4},
                            QJsonArray{1024, 2}, QJsonArray{2048, 1}}),
          metric(QStringLiteral("api.latency"), QStringLiteral("GET /mobile-api/courses 200"), 12, 640, 21,
                 130.4, QJsonArray{QJsonArray{22.63, 3}, QJsonArray{26.91, 5}, QJsonArray{152.22, 4}})}},
        {QStringLiteral("0.1.1"),
         {metric(QStringLiteral("startup.first_frame"), {}, 6, 3300, 420, 700,
                 QJsonArray{QJsonArray{430.54, 1}, QJsonArray{512, 3}, QJsonArray{724.08, 2}}),
          metric(QStringLiteral("api.latency"), QStringLiteral("GET /mobile-api/courses 200"), 8, 300, 20, 60,
                 QJsonArray{QJsonArray{22.63, 4}, QJsonArray{32, 3}, QJsonArray{64, 1}})}}};
    for (const auto &[version, metrics] : batches)
        QCOMPARE(postJson(m_client, *m_server, QStringLiteral("/mobile-api/telemetry"),
                          timingBatch(newUuid(), version, metrics))
                     .status,
                 201);

    const QString html = m_work.filePath(QStringLiteral("report.html"));
    const CommandResult written =
        runServerCommand(QStringList{QStringLiteral("report"), QStringLiteral("--data"), m_server->dataDir(),
                                     QStringLiteral("--symbols"), m_symbols, QStringLiteral("--html"), html} +
                         TestServer::databaseArguments(m_server->dataDir()));
    QCOMPARE(written.exitCode, 0);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray page = file.readAll();
    QVERIFY(page.contains("<svg") && page.contains(CrashFunction.toUtf8()) &&
            page.contains("startup.first_frame"));
    // Self-contained: nothing to fetch, nothing to run.
    for (const char *outside : {"<script", "src=", "href=", "url(", "@import"})
        QVERIFY2(!page.contains(outside), outside);

    QTemporaryDir profile;
    const QString screenshot =
        QDir(QStringLiteral(TPN_SCREENSHOT_DIR)).filePath(QStringLiteral("telemetry-report-1280x1600.png"));
    QDir().mkpath(QStringLiteral(TPN_SCREENSHOT_DIR));
    QFile::remove(screenshot);
    QProcess chromium;
    chromium.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    chromium.start(QStringLiteral("/usr/bin/chromium"),
                   {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                    QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                    QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                    QStringLiteral("--user-data-dir=") + profile.path(),
                    QStringLiteral("--window-size=1280,1600"), QStringLiteral("--screenshot=") + screenshot,
                    QStringLiteral("file://") + html});
    QVERIFY2(chromium.waitForFinished(60000), "chromium did not finish within 60 s");
    qInfo("chromium rendered the report in %lld ms: %s", timer.elapsed(), qPrintable(screenshot));
    const QImage image(screenshot);
    QVERIFY2(!image.isNull(), chromium.readAll().right(2000).constData());
    QCOMPARE(image.size(), QSize(1280, 1600));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));
}

QTEST_GUILESS_MAIN(TestServerTelemetryReport)
#include "tst_server_telemetry_report.moc"
