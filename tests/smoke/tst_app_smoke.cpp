// The real app in a real window (xcb under Xvfb in the test session) against the real server:
// the self-test loads every screen without a QML warning, and the Courses screen is captured at
// phone and desktop sizes in each language for people to look at.
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

struct AppRun {
    int exitCode = -1;
    QString output;
};

AppRun runApp(const TestServer &server, const QString &dataDir, const QStringList &extraArgs) {
    QProcess app;
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(TPN_APP_BINARY),
              QStringList{"--api-url", server.baseUrl().toString(), "--ca-cert", TestServer::caCertPath(),
                          "--data-dir", dataDir, "--consent", "none"} +
                  extraArgs);
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return {-1, QStringLiteral("timed out: ") + QString::fromUtf8(app.readAll())};
    }
    return {app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1, QString::fromUtf8(app.readAll())};
}

// A blank or single-colour frame would mean nothing was drawn.
int distinctColours(const QImage &image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

} // namespace

class TestAppSmoke : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void selfTestLoadsEveryScreen();
    void screenshots_data();
    void screenshots();
    void languagesLookDifferent();
    void everyScreenInKreyol_data();
    void everyScreenInKreyol();
    void downloadsInKreyol();
    void rejectsBadArguments_data();
    void rejectsBadArguments();

private:
    TestServer m_server;
    QTemporaryDir m_dataDir;
    QString m_shotDir = QStringLiteral(TPN_SCREENSHOT_DIR);
};

void TestAppSmoke::initTestCase() {
    QVERIFY2(qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"),
             "run under Xvfb (packaging/headless-session.sh): offscreen draws no Material backgrounds");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(QDir().mkpath(m_shotDir));
}

void TestAppSmoke::selfTestLoadsEveryScreen() {
    QTemporaryDir dir;
    const AppRun run = runApp(m_server, dir.path(), {"--self-test"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("self-test: 5 screens, 0 problems")), qPrintable(run.output));
}

void TestAppSmoke::screenshots_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"ht", "fr", "en"}) {
        for (const QSize size : {QSize(390, 844), QSize(1280, 800)})
            QTest::addRow("%s %dx%d", language, size.width(), size.height())
                << QString::fromLatin1(language) << size;
    }
}

void TestAppSmoke::screenshots() {
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const QString file = QStringLiteral("%1/courses-%2-%3x%4.png")
                             .arg(m_shotDir, language)
                             .arg(size.width())
                             .arg(size.height());
    QFile::remove(file);
    const QString dataDir = m_dataDir.filePath(language); // warm cache after the first size
    const AppRun run =
        runApp(m_server, dataDir,
               {"--lang", language, "--size", QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                "--screenshot", file, "--quit-after-ms", "2500"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QImage image(file);
    QVERIFY2(!image.isNull(), qPrintable(file));
    QCOMPARE(image.size(), size);
    QVERIFY2(distinctColours(image) > 40, "the window looks blank");
}

// Downloads as a learner sees them on a phone in Kreyòl: a course caught in the middle of its
// download (the server frozen after a few files), the same course downloaded, Settings → Storage.
void TestAppSmoke::downloadsInKreyol() {
    QTemporaryDir dataDir;
    const QStringList phone = {
        "--lang", "ht", "--size", "390x844", "--content-key", TestServer::contentKeyPath()};
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.setStandardOutputFile(QProcess::nullDevice());
    const QString downloading = m_shotDir + QStringLiteral("/course-downloading-ht-390x844.png");
    QFile::remove(downloading);
    // The first course of the catalog is the first in the queue.
    const QString course = QStringLiteral("agri-soil-and-compost");
    app.start(QStringLiteral(TPN_APP_BINARY),
              QStringList{"--api-url", m_server.baseUrl().toString(), "--ca-cert", TestServer::caCertPath(),
                          "--data-dir", dataDir.path(), "--consent", "none", "--download", "all", "--screen",
                          "courses/" + course, "--screenshot", downloading, "--quit-after-ms", "3000"} +
                  phone);
    const QString content = dataDir.filePath(QStringLiteral("content"));
    // Polled tightly (QTest::qWaitFor sleeps 10 ms, time for several files): the first course has
    // a handful of files, and the server must freeze in the middle of them.
    QElapsedTimer waited;
    waited.start();
    while (QDir(content).entryList(QDir::Files).size() < 2 && waited.elapsed() < 30000)
        QThread::usleep(500);
    const bool caught = waited.elapsed() < 30000;
    m_server.freeze(true);
    QVERIFY(app.waitForFinished(30000));
    m_server.freeze(false);
    QVERIFY2(caught, "the download never started");
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(!QImage(downloading).isNull());

    const QString downloaded = m_shotDir + QStringLiteral("/course-downloaded-ht-390x844.png");
    AppRun run = runApp(
        m_server, dataDir.path(),
        QStringList{"--screen", "courses/" + course, "--screenshot", downloaded, "--quit-after-ms", "3000"} +
            phone);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString storage = m_shotDir + QStringLiteral("/settings-storage-ht-390x844.png");
    run = runApp(
        m_server, dataDir.path(),
        QStringList{"--screen", "settings/storage", "--screenshot", storage, "--quit-after-ms", "2500"} +
            phone);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QImage before(downloading), after(downloaded), storagePage(storage);
    QVERIFY(!after.isNull() && !storagePage.isNull());
    QVERIFY2(before != after, "the course page looks the same downloading and downloaded");
    QVERIFY2(distinctColours(storagePage) > 20, "the storage page looks blank");
}

void TestAppSmoke::languagesLookDifferent() {
    const QImage ht(m_shotDir + QStringLiteral("/courses-ht-390x844.png"));
    const QImage en(m_shotDir + QStringLiteral("/courses-en-390x844.png"));
    QVERIFY(!ht.isNull() && !en.isNull());
    QVERIFY2(ht != en, "switching the language changed nothing on screen");
}

// The other screens, opened with --screen, on a phone in Kreyòl: signed out, the screens of the
// learner's own data say why they are empty and offer to sign in.
void TestAppSmoke::everyScreenInKreyol_data() {
    QTest::addColumn<QString>("screen");
    for (const char *screen : {"tasks", "progress", "journal", "settings"})
        QTest::newRow(screen) << QString::fromLatin1(screen);
}

void TestAppSmoke::everyScreenInKreyol() {
    QFETCH(QString, screen);
    const QString file = QStringLiteral("%1/%2-ht-390x844.png").arg(m_shotDir, screen);
    QFile::remove(file);
    const AppRun run = runApp(m_server, m_dataDir.filePath(QStringLiteral("ht")),
                              {"--lang", "ht", "--size", "390x844", "--screen", screen, "--screenshot", file,
                               "--quit-after-ms", "1500"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QImage image(file);
    QVERIFY2(!image.isNull(), qPrintable(file));
    QVERIFY2(distinctColours(image) > 40, "the window looks blank");
    const QImage courses(m_shotDir + QStringLiteral("/courses-ht-390x844.png"));
    QVERIFY2(image != courses, "the screen asked for is shown, not Courses");
}

void TestAppSmoke::rejectsBadArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("plain http") << QStringList{"--api-url", "http://127.0.0.1:1"};
    QTest::newRow("language") << QStringList{"--lang", "de"};
    QTest::newRow("size") << QStringList{"--size", "10x10"};
    QTest::newRow("screen") << QStringList{"--screen", "nowhere"};
    QTest::newRow("missing CA") << QStringList{"--ca-cert", "/nonexistent/ca.pem"};
}

void TestAppSmoke::rejectsBadArguments() {
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QProcess app;
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(TPN_APP_BINARY), QStringList{"--data-dir", dir.path()} + args);
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAll().contains("tekpounou:"));
}

QTEST_GUILESS_MAIN(TestAppSmoke)
#include "tst_app_smoke.moc"
