// A damaged userdata.sqlite holds the only copy of offline work: it is moved aside, never deleted,
// and every row that can still be read is carried into a fresh file.
#include "accountstore.h"
#include "authservice.h"
#include "keychain.h"
#include "learnersync.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

class TestLearnerSync : public QObject {
    Q_OBJECT
private slots:
    void damagedFileIsMovedAsideAndRecovered();
};

void TestLearnerSync::damagedFileIsMovedAsideAndRecovered() {
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    ApiClient api(nam, QUrl(QStringLiteral("https://127.0.0.1:1")), {});
    Keychain keychain(QStringLiteral("tekpounou-test"));
    AccountStore accounts(dir.filePath("settings.ini"));
    AuthService auth(api, keychain, accounts); // signed out: only the store is used here
    {
        LearnerSync sync(dir.path(), auth, nullptr);
        QVERIFY(sync.open());
        for (int i = 0; i < 3000; ++i)
            QVERIFY(sync.store().edit(Entity::Task, QStringLiteral("task-%1").arg(i, 4, 10, QChar('0')),
                                      {{"title", QStringLiteral("Travay %1 ").arg(i).repeated(8)}}));
    }
    const QString path = dir.filePath("userdata.sqlite");
    {
        // Damage pages near the end of the file, as a failing card or a torn write might.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 400 * 1024);
        file.seek(file.size() - 64 * 1024);
        file.write(QByteArray(32 * 1024, '\x5A'));
    }
    LearnerSync reopened(dir.path(), auth, nullptr);
    QVERIFY2(reopened.open(), qPrintable(reopened.errorString()));
    QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("userdata.sqlite.damaged-*")}).isEmpty());
    QVERIFY2(reopened.recoveredRows() > 1000, qPrintable(QString::number(reopened.recoveredRows())));
    // What came back is usable: records readable, their queued edits still queued.
    QVERIFY(reopened.store().record(Entity::Task, QStringLiteral("task-0000")));
    QVERIFY(reopened.store().pendingCount() > 500);
    QCOMPARE(reopened.store().takeBatch(1, 65536).value(0).fields.value("title").toString(),
             QStringLiteral("Travay 0 ").repeated(8));
    qInfo("recovered %d rows of 6000 from the damaged file", reopened.recoveredRows());
}

QTEST_GUILESS_MAIN(TestLearnerSync)
#include "tst_learnersync.moc"
