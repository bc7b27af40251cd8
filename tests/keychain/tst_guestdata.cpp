// A guest's own data on this device, opened by the app's LearnerSession, with and without a keychain
// to hold the device key. With one, journal words are sealed in userdata.sqlite and come back after
// a restart. Without one, they live in memory only: never in the file, sealed or in the clear.
#include "accountstore.h"
#include "apiclient.h"
#include "authservice.h"
#include "guestadoption.h"
#include "keychain.h"
#include "learnerrepository.h"
#include "learnersession.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString kWords = QStringLiteral("Mo sekrè mwen nan jounal la");

// One start of the app's learner-data side on `dir`, as a guest; a second one on the same folder is
// a restart.
struct GuestStart {
    explicit GuestStart(const QString &dir)
        : accounts(dir + QStringLiteral("/settings.ini"))
        , session(dir, auth, keychain, learner, adoption) {
        session.openGuest();
    }
    QNetworkAccessManager network;
    ApiClient api{network, QUrl(QStringLiteral("https://127.0.0.1:1")), QSslConfiguration()};
    Keychain keychain{QStringLiteral("tekpounou-test-guest"), std::chrono::milliseconds(4000)};
    AccountStore accounts;
    AuthService auth{api, keychain, accounts};
    LearnerRepository learner;
    GuestAdoption adoption;
    LearnerSession session;
};

// Rows of an entity in the guest's file, read apart from the app.
int rowsInFile(const QString &dir, const QString &entity) {
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(dir + QStringLiteral("/guest/userdata.sqlite"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM records WHERE entity = ?"));
            q.addBindValue(entity);
            if (q.exec() && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return count;
}

QByteArray fileBytes(const QString &dir) {
    QByteArray all;
    for (const char *suffix : {"", "-wal"}) {
        QFile f(dir + QStringLiteral("/guest/userdata.sqlite") + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestGuestData : public QObject {
    Q_OBJECT
private slots:
    void withAKeychainTheJournalIsSealedAndKept();
    void withoutAKeychainTheJournalStaysInMemory();
};

void TestGuestData::withAKeychainTheJournalIsSealedAndKept() {
    if (qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"))
        QSKIP("this run has no keychain on purpose");
    QTemporaryDir dir;
    {
        GuestStart app(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(app.learner.available(), 10000);
        QVERIFY(app.learner.guest());
        QVERIFY(app.learner.journalKept());
        QVERIFY(app.learner.edit(Entity::Journal, newId(),
                                 {{"date", "2026-12-01"}, {"mood", 4}, {"text", kWords}}));
        QVERIFY(app.learner.outbox().isEmpty());
    }
    QCOMPARE(rowsInFile(dir.path(), QStringLiteral("journal")), 1);
    QVERIFY2(!fileBytes(dir.path()).contains(kWords.toUtf8()), "journal words are sealed on disk");
    GuestStart restarted(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(restarted.learner.available(), 10000);
    const QList<LocalRecord> entries = restarted.learner.records(Entity::Journal);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().fields.value(u"text").toString(), kWords);
}

void TestGuestData::withoutAKeychainTheJournalStaysInMemory() {
    // Run by ctest with no session bus (tst_guestdata_no_keychain): QtKeychain cannot reach any
    // secret service, as on a device without one. With a bus, the other test function applies.
    if (!qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"))
        QSKIP("run as tst_guestdata_no_keychain, without a session bus");
    QTemporaryDir dir;
    {
        GuestStart app(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(app.learner.available(), 15000);
        QVERIFY(app.learner.guest());
        QVERIFY2(!app.learner.journalKept(), "the screen is told the journal is not kept");
        QVERIFY(app.learner.edit(Entity::Journal, newId(),
                                 {{"date", "2026-12-01"}, {"mood", 2}, {"text", kWords}}));
        QVERIFY(app.learner.edit(Entity::Task, newId(), {{"title", "Li chapit 2"}}));
        QCOMPARE(app.learner.records(Entity::Journal).size(), 1); // usable while the app runs
        QCOMPARE(app.adoption.journalCount(), 1);                 // and offered to an account
        QCOMPARE(rowsInFile(dir.path(), QStringLiteral("journal")), 0);
        QCOMPARE(rowsInFile(dir.path(), QStringLiteral("task")), 1);
        QVERIFY(!fileBytes(dir.path()).contains(kWords.toUtf8()));
    }
    GuestStart restarted(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(restarted.learner.available(), 15000);
    QCOMPARE(restarted.learner.records(Entity::Task).size(), 1);
    QCOMPARE(restarted.learner.records(Entity::Journal).size(), 0);
}

QTEST_GUILESS_MAIN(TestGuestData)
#include "tst_guestdata.moc"
