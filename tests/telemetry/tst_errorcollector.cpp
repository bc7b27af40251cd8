// Non-fatal errors: qCritical from any thread, QML errors from a real engine, damaged databases and failed
// migrations, collapsed with a count and spooled as "error" reports with their context; qFatal's hook; and
// nothing at all without consent.
#include "errorcollector.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace tpn::telemetry;

Q_LOGGING_CATEGORY(lcTest, "tpn.test")

namespace {

ReportContext context() {
    return {QStringLiteral("7d1e6a0e-8c7b-4a4e-9a51-1d3f4c2b6a90"),
            QStringLiteral("0.1.0"),
            QStringLiteral("1A77AEB1BE9F97DF901E55FC218888770"),
            QStringLiteral("Debian GNU/Linux 12 (bookworm)"),
            QStringLiteral("ht"),
            QStringLiteral("tasks")};
}

// The spool, breadcrumbs and an enabled, installed collector, as the app composes them.
struct Fixture {
    QTemporaryDir dir;
    Spool spool{dir.filePath("spool")};
    Breadcrumbs crumbs;
    ErrorCollector collector{spool, crumbs, &context};

    explicit Fixture(bool install = true) {
        collector.setEnabled(true);
        if (install)
            collector.install();
    }
    QList<QJsonObject> reports() {
        collector.flush();
        spool.waitForBackground();
        QList<QJsonObject> bodies;
        for (const SpoolEntry &entry : spool.pending())
            bodies.append(*spool.read(entry));
        return bodies;
    }
};

QJsonObject withMessage(const QList<QJsonObject> &reports, const QString &message) {
    for (const QJsonObject &report : reports)
        if (report["message"].toString() == message)
            return report;
    return {};
}

// Run as a child process: qFatal aborts whatever the test does.
int fatalChild(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Spool spool(dir.path());
    Breadcrumbs crumbs;
    ErrorCollector collector(spool, crumbs, &context);
    collector.install();
    collector.setFatalHook([](const char *message) {
        std::printf("hook: %s\n", message);
        std::fflush(stdout);
    });
    qFatal("the sky is falling: %d", 42);
    return 0;
}

} // namespace

class TestErrorCollector : public QObject {
    Q_OBJECT
private slots:
    void collapsesIdenticalCriticalsWithACount();
    void reportCarriesItsContext();
    void flushesByItselfAfterADebounce();
    void criticalFromAnotherThread();
    void qmlErrorFromARealEngine();
    void damagedDatabaseAndFailedMigrationAreReported();
    void reportedByTheApp();
    void fatalHookIsCalledBeforeTheAbort();
    void disabledCollectsNothing();
    void aStormIsCappedAndCounted();
    void loggingInsideTheContextDoesNotRecurse();
    void uninstalledWhenDestroyed();
};

void TestErrorCollector::collapsesIdenticalCriticalsWithACount() {
    Fixture f;
    QSignalSpy spooled(&f.collector, &ErrorCollector::spooled);
    for (int i = 0; i < 5; ++i) {
        QTest::ignoreMessage(QtCriticalMsg, "cannot prepare SELECT 1");
        qCritical("cannot prepare SELECT %d", 1);
    }
    QTest::ignoreMessage(QtCriticalMsg, "cache query failed");
    qCCritical(lcTest) << "cache query failed";
    QTest::ignoreMessage(QtWarningMsg, "only a warning");
    qWarning("only a warning");
    QCOMPARE(f.collector.pendingCount(), 2);
    const QList<QJsonObject> reports = f.reports();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(withMessage(reports, "cannot prepare SELECT 1")["count"].toInt(), 5);
    QCOMPARE(withMessage(reports, "cache query failed")["count"].toInt(), 1);
    QTRY_COMPARE(spooled.count(), 2);
    QCOMPARE(f.collector.pendingCount(), 0);
}

void TestErrorCollector::reportCarriesItsContext() {
    Fixture f;
    f.crumbs.add(QLatin1StringView("screen"), "tasks");
    f.crumbs.add(QLatin1StringView("sync"), "finished, 3 sent");
    QTest::ignoreMessage(QtCriticalMsg, "something broke");
    qCritical("something broke");
    f.crumbs.add(QLatin1StringView("screen"), "journal"); // after the error: not in its report
    const QList<QJsonObject> reports = f.reports();
    QCOMPARE(reports.size(), 1);
    const QJsonObject r = reports.first();
    QVERIFY(!QUuid::fromString(r["id"].toString()).isNull());
    QCOMPARE(r["id"].toString(), f.spool.pending().first().id);
    QCOMPARE(r["kind"].toString(), QStringLiteral("error"));
    QCOMPARE(r["device"].toString(), context().device);
    QCOMPARE(r["app"].toObject(), (QJsonObject{{"version", "0.1.0"}, {"build_id", context().buildId}}));
    QCOMPARE(r["os"].toString(), context().os);
    QCOMPARE(r["language"].toString(), QStringLiteral("ht"));
    QCOMPARE(r["screen"].toString(), QStringLiteral("tasks"));
    QCOMPARE(r["message"].toString(), QStringLiteral("something broke"));
    QVERIFY(!r.contains("minidump"));
    const QDateTime at = QDateTime::fromString(r["created_at"].toString(), Qt::ISODate);
    QVERIFY(r["created_at"].toString().endsWith(u'Z'));
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 10);
    const QJsonArray crumbs = r["breadcrumbs"].toArray();
    QCOMPARE(crumbs.size(), 2);
    QCOMPARE(crumbs.at(1)["message"].toString(), QStringLiteral("finished, 3 sent"));
}

void TestErrorCollector::flushesByItselfAfterADebounce() {
    Fixture f;
    QSignalSpy spooled(&f.collector, &ErrorCollector::spooled);
    QTest::ignoreMessage(QtCriticalMsg, "once");
    qCritical("once");
    QTest::qWait(500);
    QCOMPARE(spooled.count(), 0); // still collecting identical ones
    QTRY_COMPARE_WITH_TIMEOUT(spooled.count(), 1, 5000);
    QCOMPARE(f.spool.pending().size(), 1);
}

void TestErrorCollector::criticalFromAnotherThread() {
    Fixture f;
    QTest::ignoreMessage(QtCriticalMsg, "from a worker");
    QTest::ignoreMessage(QtCriticalMsg, "from a worker");
    std::unique_ptr<QThread> worker(QThread::create([] {
        qCritical("from a worker");
        qCritical("from a worker");
    }));
    worker->start();
    QVERIFY(worker->wait(5000));
    QTRY_COMPARE(f.collector.pendingCount(), 1);
    QCOMPARE(withMessage(f.reports(), "from a worker")["count"].toInt(), 2);
}

void TestErrorCollector::qmlErrorFromARealEngine() {
    Fixture f(false);
    QQmlEngine engine;
    engine.setOutputWarningsToStandardError(false);
    f.collector.watch(engine);
    QSignalSpy warnings(&engine, &QQmlEngine::warnings);
    QQmlComponent component(&engine);
    component.setData("import QtQml\n"
                      "QtObject {\n"
                      "    property int size: missingModel.count\n"
                      "    Component.onCompleted: size = null.length\n"
                      "}\n",
                      QUrl("qrc:/qt/qml/TekPouNou/Broken.qml"));
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    QTRY_VERIFY(warnings.count() >= 2);
    QStringList given;
    for (const QList<QVariant> &signal : warnings)
        for (const QQmlError &error : signal.at(0).value<QList<QQmlError>>())
            given.append(error.toString());
    const QList<QJsonObject> reports = f.reports();
    QCOMPARE(reports.size(), given.size());
    for (const QString &message : given) // the text is Qt's, as it gave it
        QCOMPARE(withMessage(reports, message)["count"].toInt(), 1);
    QVERIFY(given.join('\n').contains("ReferenceError: missingModel is not defined"));
    QVERIFY(given.join('\n').contains("TypeError"));
}

void TestErrorCollector::damagedDatabaseAndFailedMigrationAreReported() {
    Fixture f;
    QTest::ignoreMessage(QtCriticalMsg,
                         QRegularExpression("database cache.sqlite is unusable .*; moved aside"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("moved damaged database aside"));
    QTest::ignoreMessage(QtCriticalMsg,
                         QRegularExpression("database userdata.sqlite is unusable .*migration"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("moved damaged database aside"));
    {
        const QString path = f.dir.filePath("cache.sqlite");
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(64 * 1024, 'x'));
        garbage.close();
        SqliteDatabase damaged(path, SqliteDatabase::Durability::Rebuildable);
        QVERIFY(damaged.open({{1, {"CREATE TABLE t (a)"}}}));
        QVERIFY(damaged.wasRebuilt());
    }
    {
        SqliteDatabase unmigratable(f.dir.filePath("userdata.sqlite"), SqliteDatabase::Durability::Precious);
        QVERIFY(!unmigratable.open({{1, {"CREATE TABLE t (a)"}}, {2, {"ALTER TABLE missing ADD b"}}}));
    }
    const QList<QJsonObject> reports = f.reports();
    QCOMPARE(reports.size(), 2);
    for (const QJsonObject &r : reports) {
        QVERIFY2(!r["message"].toString().contains(f.dir.path()), qPrintable(r["message"].toString()));
        QCOMPARE(r["count"].toInt(), 1);
    }
}

void TestErrorCollector::reportedByTheApp() {
    Fixture f(false);
    f.collector.report("content/3f2a… failed its hash three times");
    f.collector.report("content/3f2a… failed its hash three times");
    const QList<QJsonObject> reports = f.reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first()["message"].toString(),
             QStringLiteral("content/3f2a… failed its hash three times"));
    QCOMPARE(reports.first()["count"].toInt(), 2);
    // The server's limit on a message.
    f.collector.report(QString(5000, u'x'));
    QCOMPARE(f.reports().last()["message"].toString().size(), ErrorCollector::kMaxMessageLength);
}

void TestErrorCollector::fatalHookIsCalledBeforeTheAbort() {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {"--fatal-child"});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit); // Qt aborted after the hook
    QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()),
             QStringLiteral("hook: the sky is falling: 42\n"));
    // The previous handler still had it: the message is not swallowed.
    QVERIFY(child.readAllStandardError().contains("the sky is falling: 42"));
}

void TestErrorCollector::disabledCollectsNothing() {
    QTemporaryDir dir;
    Spool spool(dir.path());
    Breadcrumbs crumbs;
    ErrorCollector collector(spool, crumbs, &context);
    QVERIFY(!collector.isEnabled()); // no consent until the learner gave it
    collector.install();
    QQmlEngine engine;
    engine.setOutputWarningsToStandardError(false);
    collector.watch(engine);
    QTest::ignoreMessage(QtCriticalMsg, "not for anyone");
    qCritical("not for anyone");
    collector.report("nor this");
    QQmlComponent component(&engine);
    component.setData("import QtQml\nQtObject { property int size: missingModel.count }",
                      QUrl("qrc:/Broken.qml"));
    std::unique_ptr<QObject> object(component.create());
    QCOMPARE(collector.pendingCount(), 0);

    // Consent given, then withdrawn: what was collected meanwhile goes too.
    collector.setEnabled(true);
    collector.report("collected");
    QCOMPARE(collector.pendingCount(), 1);
    collector.setEnabled(false);
    QCOMPARE(collector.pendingCount(), 0);
    collector.flush();
    QTest::qWait(2500);
    spool.waitForBackground();
    QVERIFY(spool.pending().isEmpty());
}

void TestErrorCollector::aStormIsCappedAndCounted() {
    Fixture f(false);
    for (int i = 0; i < ErrorCollector::kMaxPendingMessages + 5; ++i)
        f.collector.report(QStringLiteral("error number %1").arg(i));
    QCOMPARE(f.collector.pendingCount(), ErrorCollector::kMaxPendingMessages);
    QCOMPARE(f.reports().size(), ErrorCollector::kMaxPendingMessages);
    QCOMPARE(f.spool.dropped(), 5);
    // And at most kMaxReportsPerHour an hour: the rest only counted.
    for (int i = 0; i < ErrorCollector::kMaxPendingMessages; ++i)
        f.collector.report(QStringLiteral("later error %1").arg(i));
    QCOMPARE(f.reports().size(), ErrorCollector::kMaxReportsPerHour);
    QCOMPARE(f.spool.dropped(),
             5 + 2 * ErrorCollector::kMaxPendingMessages - ErrorCollector::kMaxReportsPerHour);
}

void TestErrorCollector::loggingInsideTheContextDoesNotRecurse() {
    QTemporaryDir dir;
    Spool spool(dir.path());
    Breadcrumbs crumbs;
    ErrorCollector collector(spool, crumbs, [] {
        qCritical("logged while building the context");
        return context();
    });
    collector.setEnabled(true);
    collector.install();
    // Inside a message handler, Qt itself sends a nested message to its default handler (stderr).
    QTest::ignoreMessage(QtCriticalMsg, "the real error");
    qCritical("the real error");
    QCOMPARE(collector.pendingCount(), 1);
    // Reported by the app, the nested message passes through the handlers, but is not collected.
    QTest::ignoreMessage(QtCriticalMsg, "logged while building the context");
    collector.report("noticed by the app");
    QCOMPARE(collector.pendingCount(), 2);
}

void TestErrorCollector::uninstalledWhenDestroyed() {
    { Fixture f; }
    // The previous handler (QTest's) is back: it still receives the message, and nothing crashes.
    QTest::ignoreMessage(QtCriticalMsg, "after the collector");
    qCritical("after the collector");
}

int main(int argc, char **argv) {
    if (argc > 1 && qstrcmp(argv[1], "--fatal-child") == 0)
        return fatalChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestErrorCollector test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_errorcollector.moc"
