// Crash reports end to end, the way sentry-native tests its own: the real app crashes on purpose,
// is started again, and what reached the real server is counted. The server symbolizes the dumps
// against the build's symbol store (build/<preset>/symbols), so each report must name the function
// that crashed.
#include "clientstack.h"
#include "keychain.h"
#include "testserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

constexpr int kTimeout = 20000;
const QString kEmail = QStringLiteral("demo@tekpounou.ht");
const QString kPassword = QStringLiteral("lekol-2026");
const QString kJournalWords = QStringLiteral("Sekrè mwen: mwen pè egzamen matematik la anpil.");

struct AppRun {
    QProcess::ExitStatus status = QProcess::NormalExit;
    int code = -1;
};

// The app on `dataDir`, talking to `apiUrl`; returns once it has exited (crashed or quit).
AppRun runApp(const QUrl &apiUrl, const QString &dataDir, const QStringList &extra) {
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.start(QStringLiteral(TPN_APP_BINARY),
              QStringList{"--api-url", apiUrl.toString(), "--ca-cert", TestServer::caCertPath(), "--data-dir",
                          dataDir, "--lang", "ht", "--size", "390x844"} +
                  extra);
    if (!app.waitForStarted() || !app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return {QProcess::CrashExit, -2};
    }
    return {app.exitStatus(), app.exitCode()};
}

// Nobody listens there: the app starts offline.
QUrl offlineUrl() {
    return QUrl(QStringLiteral("https://127.0.0.1:9"));
}

QStringList filesIn(const QString &dir, const QString &pattern) {
    return QDir(dir).entryList({pattern}, QDir::Files);
}

QString pendingDir(const QString &dataDir) {
    return dataDir + QStringLiteral("/telemetry/spool/pending");
}

QString crashDir(const QString &dataDir) {
    return dataDir + QStringLiteral("/telemetry/crashes");
}

// `tekpounou-server report --json` on the server's data: what an operator would read.
QJsonObject serverReport(const TestServer &server) {
    QProcess report;
    report.start(QStringLiteral(TPN_SERVER_BINARY), {"report", "--data", server.dataDir(), "--symbols",
                                                     QStringLiteral(TPN_SYMBOL_STORE), "--json"});
    if (!report.waitForFinished(120000) || report.exitCode() != 0) {
        qWarning() << "report failed:" << report.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(report.readAllStandardOutput()).object();
}

QJsonArray crashGroups(const QJsonObject &report) {
    return report.value(QStringLiteral("crash_groups")).toArray();
}

int total(const QJsonObject &report, const char *what) {
    return report.value(QStringLiteral("totals")).toObject().value(QLatin1String(what)).toInt(-1);
}

// How many crash reports the server keeps (each id once).
int crashCount(const TestServer &server) {
    return total(serverReport(server), "crash_reports");
}

// The functions of a group's top frames, as the operator reads them.
QString topFunctions(const QJsonObject &group) {
    QStringList functions;
    for (const QJsonValue &frame : group.value(QStringLiteral("frames")).toArray())
        functions << frame.toObject().value(QStringLiteral("function")).toString();
    return functions.join(QStringLiteral(" < "));
}

// Every byte under `dir`, with each spooled report's minidump decoded as well.
QByteArray everyByte(const QString &dir) {
    QByteArray all;
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        all += bytes;
        const QJsonObject item = QJsonDocument::fromJson(bytes).object();
        const QJsonObject body =
            item.contains(QStringLiteral("body")) ? item.value(QStringLiteral("body")).toObject() : item;
        all += QByteArray::fromBase64(body.value(QStringLiteral("minidump")).toString().toLatin1());
    }
    return all;
}

// A secret is found in UTF-8 or, as QString keeps it in memory, UTF-16.
bool contains(const QByteArray &haystack, const QString &secret) {
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return haystack.contains(secret.toUtf8()) || haystack.contains(utf16);
}

} // namespace

class TestCrashReports : public QObject {
    Q_OBJECT
private slots:
    // Each test has a server of its own, with nothing received yet.
    void init() {
        m_serverData = std::make_unique<QTemporaryDir>();
        QVERIFY2(m_server.start(m_serverData->path()), qPrintable(m_server.errorString()));
    }
    void cleanup() { m_server.stop(); }

    void crashThenRelaunchDeliversOnce_data();
    void crashThenRelaunchDeliversOnce();
    void waitsThroughOfflineStartsThenDeliversOnce();
    void aDumpCutShortIsNeverSent();
    void nothingWithoutConsent();
    void withdrawingDeletesWhatWaits();
    void reportsCarryNoSecrets();

private:
    std::unique_ptr<QTemporaryDir> m_serverData;
    TestServer m_server{
        {QStringLiteral("--demo"), QStringLiteral("--symbols"), QStringLiteral(TPN_SYMBOL_STORE)}};
};

void TestCrashReports::crashThenRelaunchDeliversOnce_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("function");
    QTest::newRow("segv") << "segv"
                          << "writeThroughNullPointer";
    QTest::newRow("abort") << "abort"
                           << "abortOnPurpose";
    QTest::newRow("terminate") << "terminate"
                               << "throwPastNoexcept";
    QTest::newRow("thread") << "thread"
                            << "writeThroughNullPointerOnWorker";
    QTest::newRow("qml") << "qml"
                         << "dereferenceNullFromQml";
}

void TestCrashReports::crashThenRelaunchDeliversOnce() {
    QFETCH(QString, kind);
    QFETCH(QString, function);
    QTemporaryDir dir;

    const AppRun crashed =
        runApp(m_server.baseUrl(), dir.path(), {"--consent", "crash,timings", "--crash-test", kind});
    QCOMPARE(crashed.status, QProcess::CrashExit);
    QCOMPARE(filesIn(crashDir(dir.path()), "*.dmp").size(), 1);
    QCOMPARE(filesIn(crashDir(dir.path()), "*.meta").size(), 1);
    QCOMPARE(crashCount(m_server), 0);

    const AppRun relaunched = runApp(m_server.baseUrl(), dir.path(), {"--quit-after-ms", "4000"});
    QCOMPARE(relaunched.status, QProcess::NormalExit);
    QCOMPARE(filesIn(pendingDir(dir.path()), "*").size() <= 1, true); // at most this run's timings
    const QJsonObject report = serverReport(m_server);
    QCOMPARE(total(report, "crash_reports"), 1);
    const QJsonArray groups = crashGroups(report);
    QCOMPARE(groups.size(), 1);
    QVERIFY2(topFunctions(groups.first().toObject()).contains(function),
             qPrintable(QJsonDocument(groups).toJson()));

    // A third start sends nothing again.
    runApp(m_server.baseUrl(), dir.path(), {"--quit-after-ms", "3000"});
    QCOMPARE(crashCount(m_server), 1);
}

void TestCrashReports::waitsThroughOfflineStartsThenDeliversOnce() {
    QTemporaryDir dir;
    QCOMPARE(runApp(offlineUrl(), dir.path(), {"--consent", "crash", "--crash-test", "segv"}).status,
             QProcess::CrashExit);
    for (int start = 0; start < 3; ++start) {
        QCOMPARE(runApp(offlineUrl(), dir.path(), {"--quit-after-ms", "1500"}).status, QProcess::NormalExit);
        QCOMPARE(filesIn(pendingDir(dir.path()), "*").size(), 1);
    }
    QCOMPARE(crashCount(m_server), 0);
    runApp(m_server.baseUrl(), dir.path(), {"--quit-after-ms", "4000"});
    QCOMPARE(crashCount(m_server), 1);
    QCOMPARE(filesIn(pendingDir(dir.path()), "*").size(), 0);
}

// A kill while the dump was written leaves a dump without its .meta (the handler writes that last,
// by a rename): such a dump is deleted, never sent.
void TestCrashReports::aDumpCutShortIsNeverSent() {
    QTemporaryDir dir;
    QCOMPARE(runApp(offlineUrl(), dir.path(), {"--consent", "crash", "--crash-test", "abort"}).status,
             QProcess::CrashExit);
    const QStringList metas = filesIn(crashDir(dir.path()), "*.meta");
    QCOMPARE(metas.size(), 1);
    QFile::rename(crashDir(dir.path()) + u'/' + metas.first(),
                  crashDir(dir.path()) + u'/' + metas.first() + ".part");
    QFile dump(crashDir(dir.path()) + u'/' + filesIn(crashDir(dir.path()), "*.dmp").first());
    QVERIFY(dump.resize(dump.size() / 2));

    runApp(m_server.baseUrl(), dir.path(), {"--quit-after-ms", "4000"});
    QCOMPARE(crashCount(m_server), 0);
    QCOMPARE(filesIn(crashDir(dir.path()), "*").size(), 0);
}

void TestCrashReports::nothingWithoutConsent() {
    QTemporaryDir dir;
    QCOMPARE(runApp(m_server.baseUrl(), dir.path(), {"--consent", "none", "--crash-test", "segv"}).status,
             QProcess::CrashExit);
    QCOMPARE(filesIn(crashDir(dir.path()), "*.dmp").size(), 0);
    runApp(m_server.baseUrl(), dir.path(), {"--quit-after-ms", "3000"});
    const QJsonObject report = serverReport(m_server);
    QCOMPARE(total(report, "crash_reports"), 0);
    QCOMPARE(total(report, "timing_batches"), 0);
    QCOMPARE(filesIn(pendingDir(dir.path()), "*").size(), 0);
}

void TestCrashReports::withdrawingDeletesWhatWaits() {
    QTemporaryDir dir;
    QCOMPARE(runApp(offlineUrl(), dir.path(), {"--consent", "crash,timings", "--crash-test", "segv"}).status,
             QProcess::CrashExit);
    runApp(offlineUrl(), dir.path(), {"--quit-after-ms", "1500"});
    QVERIFY(filesIn(pendingDir(dir.path()), "*").size() >= 1);
    // The learner turns both off (as Settings does), offline: what waited is gone.
    runApp(offlineUrl(), dir.path(), {"--consent", "none", "--quit-after-ms", "1500"});
    QCOMPARE(filesIn(pendingDir(dir.path()), "*").size(), 0);
    // Allowed again, online: nothing of before is sent.
    runApp(m_server.baseUrl(), dir.path(), {"--consent", "crash", "--quit-after-ms", "4000"});
    QCOMPARE(crashCount(m_server), 0);
}

// A signed-in learner with a journal entry on screen crashes. Neither what was queued on the device
// nor what the server kept holds their tokens, password, data key or journal words.
void TestCrashReports::reportsCarryNoSecrets() {
    QTemporaryDir dir;
    QString userId;
    {
        ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
        QVERIFY(client.opened);
        client.auth.signIn(kEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(client.auth.signedIn() || !client.auth.error().isEmpty(), kTimeout);
        QVERIFY2(client.auth.signedIn(), qPrintable(client.auth.error()));
        userId = client.auth.userId();
        QTRY_VERIFY_WITH_TIMEOUT(client.learner.available() && !client.learner.guest(), kTimeout);
        QVERIFY(client.learner.edit(Entity::Journal, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    {{"date", "2026-12-01"}, {"mood", 2}, {"text", kJournalWords}}));
    }
    QCOMPARE(runApp(m_server.baseUrl(), dir.path(),
                    {"--consent", "crash", "--screen", "journal", "--crash-test", "segv"})
                 .status,
             QProcess::CrashExit);
    runApp(offlineUrl(), dir.path(), {"--quit-after-ms", "1500"});
    QCOMPARE(filesIn(pendingDir(dir.path()), "*").size(), 1);
    const QByteArray queued = everyByte(pendingDir(dir.path()));

    Keychain keychain(QString::fromLatin1(AuthService::kKeychainService));
    QByteArray secret, dataKey;
    keychain.read("account:" + userId, this, [&](const Keychain::Result &r) { secret = r.data; });
    keychain.read("datakey:" + userId, this, [&](const Keychain::Result &r) { dataKey = r.data; });
    QTRY_VERIFY_WITH_TIMEOUT(!secret.isEmpty() && !dataKey.isEmpty(), kTimeout);
    const std::optional<Tokens> tokens = Tokens::fromSecret(secret);
    QVERIFY(tokens);

    runApp(m_server.baseUrl(), dir.path(), {"--quit-after-ms", "4000"});
    QCOMPARE(crashCount(m_server), 1);
    const QByteArray kept = everyByte(m_server.dataDir() + QStringLiteral("/crash-reports")) +
                            QJsonDocument(serverReport(m_server)).toJson();
    for (const QByteArray &bytes : {queued, kept}) {
        QVERIFY(bytes.size() > 10000); // the minidump is there to be scanned
        QVERIFY2(!contains(bytes, QString::fromLatin1(tokens->access)), "access token");
        QVERIFY2(!contains(bytes, QString::fromLatin1(tokens->refresh)), "refresh token");
        QVERIFY2(!contains(bytes, kPassword), "password");
        QVERIFY2(!contains(bytes, kJournalWords), "journal words");
        QVERIFY2(!bytes.contains(dataKey) && !bytes.contains(dataKey.toBase64()), "data key");
    }
}

QTEST_GUILESS_MAIN(TestCrashReports)

#include "tst_crash_reports.moc"
