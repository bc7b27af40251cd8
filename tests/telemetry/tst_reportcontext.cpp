// What every report carries: the device id, the build id as Breakpad's dump_syms names the binary, the
// breadcrumbs; and the "What was sent" log.
#include "breadcrumbs.h"
#include "reportcontext.h"
#include "sentlog.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace tpn::telemetry;

class TestReportContext : public QObject {
    Q_OBJECT
private slots:
    void deviceIdIsMadeOnceAndKept();
    void damagedDeviceIdIsReplaced();
    void buildIdIsWhatDumpSymsPrints();
    void breadcrumbsKeepTheLast50();
    void sentLogIsNewestFirst();
    void sentLogIsTrimmed();
    void wireTimeIsUtcSeconds();
};

void TestReportContext::deviceIdIsMadeOnceAndKept() {
    QTemporaryDir dir;
    const QString id = deviceId(dir.path());
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(!id.startsWith(u'{'));
    QVERIFY(QFile::exists(dir.filePath("telemetry/device-id")));
    QCOMPARE(deviceId(dir.path()), id);
    QTemporaryDir other;
    QVERIFY(deviceId(other.path()) != id); // random, not derived from the machine
}

void TestReportContext::damagedDeviceIdIsReplaced() {
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath("telemetry"));
    QFile file(dir.filePath("telemetry/device-id"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a uuid");
    file.close();
    const QString id = deviceId(dir.path());
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(deviceId(dir.path()), id);
}

void TestReportContext::buildIdIsWhatDumpSymsPrints() {
    const QString id = currentBuildId();
    QVERIFY2(QRegularExpression("^[0-9A-F]{32}0$").match(id).hasMatch(), qPrintable(id));
    if (!QFile::exists(TPN_DUMP_SYMS))
        QSKIP("dump_syms is not installed (packaging/install-deps.sh)");
    QProcess dumpSyms;
    dumpSyms.start(TPN_DUMP_SYMS, {QCoreApplication::applicationFilePath()});
    QVERIFY(dumpSyms.waitForStarted());
    // The first line is enough: "MODULE Linux x86_64 <id> <name>".
    QVERIFY(QTest::qWaitFor(
        [&] { return dumpSyms.canReadLine() || dumpSyms.state() == QProcess::NotRunning; }, 60000));
    const QString module = QString::fromUtf8(dumpSyms.readLine()).trimmed();
    dumpSyms.kill();
    dumpSyms.waitForFinished();
    QCOMPARE(module, QStringLiteral("MODULE Linux x86_64 %1 tst_reportcontext").arg(id));
}

void TestReportContext::breadcrumbsKeepTheLast50() {
    Breadcrumbs crumbs;
    QSignalSpy changed(&crumbs, &Breadcrumbs::changed);
    for (int i = 0; i < 60; ++i)
        crumbs.add(QLatin1StringView("screen"), QStringLiteral("screen %1").arg(i));
    crumbs.add(QLatin1StringView("sync"), QString(300, u'x'));
    QCOMPARE(changed.count(), 61);
    const QJsonArray json = crumbs.toJson();
    QCOMPARE(json.size(), 50);
    QCOMPARE(json.first()[QLatin1String("message")].toString(), QStringLiteral("screen 11")); // oldest first
    QCOMPARE(json.last()[QLatin1String("category")].toString(), QStringLiteral("sync"));
    QCOMPARE(json.last()[QLatin1String("message")].toString().size(), 200);
    const QDateTime at = QDateTime::fromString(json.last()[QLatin1String("at")].toString(), Qt::ISODate);
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(json.last().toObject().keys(), (QStringList{"at", "category", "message"}));
}

void TestReportContext::sentLogIsNewestFirst() {
    QTemporaryDir dir;
    const QString path = dir.filePath("telemetry/sent.jsonl");
    {
        SentLog log(path);
        log.append("crash", 1200);
        log.append("timings", 800);
    }
    SentLog log(path); // kept across restarts
    const QJsonArray entries = log.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)[QLatin1String("kind")].toString(), QStringLiteral("timings"));
    QCOMPARE(entries.at(0)[QLatin1String("bytes")].toInteger(), 800);
    QCOMPARE(entries.at(1)[QLatin1String("kind")].toString(), QStringLiteral("crash"));
    QVERIFY(entries.at(1)[QLatin1String("at")].toString().endsWith(u'Z'));
    log.clear();
    QVERIFY(log.entries().isEmpty());
    log.append("error", 10);
    QCOMPARE(log.entries().size(), 1);
}

void TestReportContext::sentLogIsTrimmed() {
    QTemporaryDir dir;
    SentLog log(dir.filePath("sent.jsonl"));
    for (int i = 0; i < 2 * SentLog::kMaxEntries + 10; ++i)
        log.append("timings", i);
    const QJsonArray entries = log.entries();
    QVERIFY(entries.size() >= SentLog::kMaxEntries);
    QVERIFY(entries.size() <= 2 * SentLog::kMaxEntries);
    QCOMPARE(entries.first()[QLatin1String("bytes")].toInteger(), 2 * SentLog::kMaxEntries + 9);
}

void TestReportContext::wireTimeIsUtcSeconds() {
    const QDateTime local(QDate(2026, 12, 2), QTime(11, 0, 0, 456), QTimeZone(3600));
    QCOMPARE(wireTime(local), QStringLiteral("2026-12-02T10:00:00Z"));
}

QTEST_GUILESS_MAIN(TestReportContext)
#include "tst_reportcontext.moc"
