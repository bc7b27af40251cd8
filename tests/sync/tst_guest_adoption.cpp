// A guest's tasks, journal and progress brought into an account, end to end: made offline as a
// guest on the app's own services, the account signed in against the real server, then adopted by
// the app's services in a separate process that is killed with SIGKILL at random moments until it
// finishes. Nothing may be lost or doubled (not even a lesson's time), and a second device of the
// same learner sees it all after a sync.
#include "lessonprogress.h"
#include "syncdevice.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace synctest;

namespace {

constexpr int kTasks = 150, kEntries = 100, kLessons = 50, kSecondsPerLesson = 600;

struct ProbeRun {
    bool finished = false;
    bool adopting = false; // the kill came after adoption had started
};

// Runs the probe; when `killAfterMs` is not negative, kills it that long after adoption began (or
// as it starts, when the previous run had already brought everything in).
ProbeRun runProbe(const TestServer &server, const QString &dataDir, int killAfterMs) {
    QProcess probe;
    probe.start(QStringLiteral(TPN_ADOPT_PROBE),
                {server.baseUrl().toString(), TestServer::caCertPath(), dataDir});
    if (!probe.waitForStarted())
        return {};
    QByteArray output;
    if (killAfterMs >= 0) {
        while (!output.contains("adopting") && probe.waitForReadyRead(20000))
            output += probe.readAllStandardOutput();
        if (!probe.waitForFinished(killAfterMs)) {
            probe.kill();
            probe.waitForFinished();
            return {false, output.contains("adopting")};
        }
    }
    probe.waitForFinished(60000);
    return {probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0, true};
}

template <typename Predicate> bool waitFor(Predicate ready) {
    return QTest::qWaitFor(ready, kTimeout);
}

} // namespace

class TestGuestAdoption : public QObject {
    Q_OBJECT
private slots:
    void killedAdoptionLosesNothingAndDoublesNothing();
};

void TestGuestAdoption::killedAdoptionLosesNothingAndDoublesNothing() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString email = registerLearner(server);
    QVERIFY(!email.isEmpty());
    QTemporaryDir device;

    // A first start: a guest, offline from any account, writes tasks, a journal and lesson time.
    QHash<QString, QJsonObject> made;
    {
        ClientStack app(server.baseUrl(), device.path(), TestServer::caCertPath(), {}, false);
        QVERIFY(app.opened);
        QVERIFY(waitFor([&] { return app.learner.available() && app.learner.guest(); }));
        QVERIFY2(app.learner.journalKept(), "the test session has a keychain for the device key");
        for (int i = 0; i < kTasks; ++i) {
            const QString id = uuid();
            made.insert(id, {{"title", QStringLiteral("Travay %1").arg(i)}, {"status", "todo"}});
            QVERIFY(app.learner.edit(Entity::Task, id, made.value(id)));
        }
        for (int i = 0; i < kEntries; ++i) {
            const QString id = uuid();
            made.insert(
                id,
                {{"date", "2026-11-30"}, {"mood", 1 + i % 5}, {"text", QStringLiteral("Jounal %1").arg(i)}});
            QVERIFY(app.learner.edit(Entity::Journal, id, made.value(id)));
        }
        for (int i = 0; i < kLessons; ++i) {
            const QString lesson = QStringLiteral("lesson-%1").arg(i);
            const QString id = progressRecordId(QStringLiteral("health"), lesson); // the sync contract's id
            made.insert(id, {{"course_id", "health"},
                             {"lesson_id", lesson},
                             {"percent", 40},
                             {"time_spent_delta_seconds", kSecondsPerLesson}});
            QVERIFY(app.learner.edit(Entity::Progress, id, made.value(id)));
        }
        QVERIFY2(app.learner.outbox().isEmpty(), "a guest queues nothing for a server");
        // Then they make an account and sign in; the app offers to bring their data along.
        app.auth.signIn(email, QStringLiteral("lekol-2026"));
        QVERIFY(waitFor([&] { return app.learner.available() && !app.learner.guest(); }));
        QVERIFY(app.guestData.offered());
        QCOMPARE(app.guestData.taskCount(), kTasks);
        QCOMPARE(app.guestData.journalCount(), kEntries);
        QCOMPARE(app.guestData.lessonCount(), kLessons);
    } // the app quits; the session stays in the keychain

    // The learner says yes, and the app is killed again and again while it brings the data in.
    QRandomGenerator random(20261202);
    int kills = 0, killsMidAdoption = 0;
    bool finished = false;
    for (int run = 0; run < 40 && !finished; ++run) {
        const bool kill = run < 25;
        const ProbeRun r = runProbe(server, device.path(), kill ? int(random.bounded(0, 50)) : -1);
        finished = r.finished;
        kills += kill && !r.finished ? 1 : 0;
        killsMidAdoption += kill && !r.finished && r.adopting ? 1 : 0;
    }
    QVERIFY(finished);
    std::printf("kill -9 during adoption: %d (%d after it had started)\n", kills, killsMidAdoption);
    QVERIFY2(killsMidAdoption >= 3, qPrintable(QString::number(killsMidAdoption)));

    // Restarted: everything is in the account once, queued once, and nothing is left as a guest's.
    ClientStack app(server.baseUrl(), device.path(), TestServer::caCertPath(), {}, false);
    QVERIFY(waitFor([&] { return app.learner.available() && !app.learner.guest() && app.session.guest(); }));
    QVERIFY(!app.guestData.offered());
    QCOMPARE(app.session.guest()->store().recordCount(Entity::Task), 0);
    QHash<QString, int> queued;
    for (const Mutation &m : app.learner.outbox())
        queued[m.recordId] += 1;
    QCOMPARE(queued.size(), made.size());
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        QCOMPARE(queued.value(it.key()), 1);
        const Entity entity = it.value().contains(u"lesson_id") ? Entity::Progress
                              : it.value().contains(u"title")   ? Entity::Task
                                                                : Entity::Journal;
        const auto record = app.learner.record(entity, it.key());
        QVERIFY(record);
        for (auto field = it.value().begin(); field != it.value().end(); ++field)
            QCOMPARE(record->fields.value(field.key()), field.value());
    }

    // Sent to the server, and seen on a second device of the same learner.
    QVERIFY(!runSyncOf(*app.session.account()).error.isError());
    QTemporaryDir other;
    ClientStack phone(server.baseUrl(), other.path(), TestServer::caCertPath(), {}, false);
    phone.auth.signIn(email, QStringLiteral("lekol-2026"));
    QVERIFY(waitFor([&] { return phone.session.account() != nullptr; }));
    QVERIFY(!runSyncOf(*phone.session.account()).error.isError());
    QCOMPARE(phone.learner.records(Entity::Task).size(), kTasks);
    QCOMPARE(phone.learner.records(Entity::Journal).size(), kEntries);
    const QList<LocalRecord> lessons = phone.learner.records(Entity::Progress);
    QCOMPARE(lessons.size(), kLessons);
    for (const LocalRecord &lesson : lessons)
        QCOMPARE(lesson.fields.value(u"time_spent_seconds").toInt(), kSecondsPerLesson);
}

QTEST_GUILESS_MAIN(TestGuestAdoption)
#include "tst_guest_adoption.moc"
