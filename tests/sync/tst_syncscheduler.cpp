// When syncs happen: debounced after edits, periodic when healthy, backing off (capped, jittered,
// at least Retry-After) when failing.
#include "syncscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestSyncScheduler : public QObject {
    Q_OBJECT
private slots:
    void startsAtOnceAndThenKeepsThePeriod();
    void burstOfEditsMakesOneSync();
    void editDuringARunSyncsAgainRightAfter();
    void backoffGrowsIsCappedAndJittered();
    void retryAfterIsHonoured();
    void connectivityRestoredForgetsTheBackoff();
};

namespace {
SyncScheduler::Timing timing() {
    return {50ms, 10000ms, 100ms, 1600ms};
}
ApiError serverError(int retryAfter = 0) {
    ApiError e{ApiError::Kind::Server, 500, QStringLiteral("internal"), {}};
    e.retryAfterSeconds = retryAfter;
    return e;
}
} // namespace

void TestSyncScheduler::startsAtOnceAndThenKeepsThePeriod() {
    SyncScheduler s(timing());
    QSignalSpy spy(&s, &SyncScheduler::syncRequested);
    s.start();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(s.msUntilNextSync(), -1); // running
    s.syncFinished({});
    QVERIFY(s.msUntilNextSync() > 9000);
}

void TestSyncScheduler::burstOfEditsMakesOneSync() {
    SyncScheduler s(timing());
    QSignalSpy spy(&s, &SyncScheduler::syncRequested);
    for (int i = 0; i < 20; ++i)
        s.localEditMade();
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(150);
    QCOMPARE(spy.count(), 1);
}

void TestSyncScheduler::editDuringARunSyncsAgainRightAfter() {
    SyncScheduler s(timing());
    QSignalSpy spy(&s, &SyncScheduler::syncRequested);
    s.start();
    s.localEditMade();
    QCOMPARE(spy.count(), 1); // never two at once
    s.syncFinished({});
    QVERIFY2(s.msUntilNextSync() < 1000,
             qPrintable(QString::number(s.msUntilNextSync()))); // the debounce, not the period
    QTRY_COMPARE(spy.count(), 2);
}

void TestSyncScheduler::backoffGrowsIsCappedAndJittered() {
    SyncScheduler s(timing());
    s.setRandomSeed(7);
    QList<qint64> waits;
    s.start();
    for (int i = 1; i <= 8; ++i) {
        s.syncFinished(serverError());
        QCOMPARE(s.consecutiveFailures(), i);
        const qint64 wait = s.msUntilNextSync();
        const qint64 bound = std::min<qint64>(1600, 100LL << (i - 1));
        QVERIFY2(wait >= 0 && wait <= bound,
                 qPrintable(QStringLiteral("failure %1 waited %2 ms").arg(i).arg(wait)));
        waits.append(wait);
        s.start(); // the timer would fire; run again
    }
    QVERIFY(QSet<qint64>(waits.begin(), waits.end()).size() > 4); // jittered, not a fixed ladder
    s.syncFinished({});
    QCOMPARE(s.consecutiveFailures(), 0);
}

void TestSyncScheduler::retryAfterIsHonoured() {
    SyncScheduler s(timing());
    s.start();
    s.syncFinished(serverError(3));
    QVERIFY(s.msUntilNextSync() >= 2900);
}

void TestSyncScheduler::connectivityRestoredForgetsTheBackoff() {
    SyncScheduler s(timing());
    QSignalSpy spy(&s, &SyncScheduler::syncRequested);
    s.start();
    for (int i = 0; i < 5; ++i) {
        s.syncFinished(serverError());
        s.start();
    }
    s.syncFinished(serverError());
    s.localEditMade(); // keeps the backoff
    QVERIFY(s.consecutiveFailures() == 6);
    s.connectivityRestored();
    QCOMPARE(s.consecutiveFailures(), 0);
    QCOMPARE(spy.count(), 7);
}

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
