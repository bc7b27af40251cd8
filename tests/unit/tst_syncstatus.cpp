// What Settings says about sync: the "Synced …" line ages on its own while the screen stays open,
// and is worded anew when the UI language changes (Qt's retranslation does not reach C++ text).
#include "offlinelearner.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

class TestSyncStatus : public QObject {
    Q_OBJECT
private slots:
    void justNowAgesWithoutAnySync();
    void languageChangeRewordsTheLine();
};

void TestSyncStatus::justNowAgesWithoutAnySync() {
    OfflineLearner learner;
    QVERIFY(learner.opened);
    QCOMPARE(learner.status.lastSyncedText(), QStringLiteral("Not synced yet"));
    // The last sync ended 58 s ago; nothing happens after it.
    QVERIFY(learner.sync.store().setLastSyncedAt(QDateTime::currentDateTimeUtc().addMSecs(-58500)));
    learner.sync.notifyChanged(false);
    QCOMPARE(learner.status.lastSyncedText(), QStringLiteral("Synced just now"));
    QSignalSpy changed(&learner.status, &SyncStatus::changed);
    // The screen is told, so its binding reads the line again; by then the line has aged. (Polling the
    // text instead could see it age a moment before the signal's timer fires.)
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(learner.status.lastSyncedText(), QStringLiteral("Synced 1 minute(s) ago"));
}

void TestSyncStatus::languageChangeRewordsTheLine() {
    OfflineLearner learner;
    QSignalSpy changed(&learner.status, &SyncStatus::changed);
    QEvent languageChange(QEvent::LanguageChange); // what installing another translator sends
    QCoreApplication::sendEvent(QCoreApplication::instance(), &languageChange);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
