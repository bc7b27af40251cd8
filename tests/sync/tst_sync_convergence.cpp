// Seeded property test: 2,000 random edits on two devices of one learner, the server injecting
// faults (dropped connections before and after commit, 500s, 429s with Retry-After, delays).
// Device A syncs only through a separate client process (sync_agent) that is killed with SIGKILL
// at random moments — before, during and after its requests and commits; device B's sync is torn
// down mid-run in process and reopened from disk. Then both sync to quiescence. The server and both
// devices must hold exactly the model of the intended edits: nothing lost, nothing applied twice.
#include "syncdevice.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace synctest;

namespace {

struct Model {
    QHash<QString, QJsonObject> fields; // "entity/id" → intended fields (owned records)
    QSet<QString> deleted;
    QHash<QString, int> percent, seconds; // shared progress records
};

QString key(Entity e, const QString &id) {
    return entityName(e) + u'/' + id;
}

// One sync of device A in its own process; killed with SIGKILL after `killAfterMs` unless negative.
// Returns true when it ran to a clean end.
bool runAgent(const TestServer &server, const Device &device, int killAfterMs) {
    QProcess agent;
    agent.start(QStringLiteral(TPN_SYNC_AGENT),
                {server.baseUrl().toString(), TestServer::caCertPath(), device.dir.path()});
    if (!agent.waitForStarted())
        return false;
    if (killAfterMs >= 0 && !agent.waitForFinished(killAfterMs)) {
        agent.kill();
        agent.waitForFinished();
        return false;
    }
    agent.waitForFinished(60000);
    return agent.exitStatus() == QProcess::NormalExit && agent.exitCode() == 0;
}

} // namespace

class TestSyncConvergence : public QObject {
    Q_OBJECT
private slots:
    void twoThousandEditsConverge();
};

void TestSyncConvergence::twoThousandEditsConverge() {
    TestServer server{{QStringLiteral("--demo"), QStringLiteral("--fault-rate"), QStringLiteral("0.25"),
                       QStringLiteral("--fault-seed"), QStringLiteral("4242"),
                       QStringLiteral("--login-limit"), QStringLiteral("100")}};
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString email = registerLearner(server);
    QVERIFY(!email.isEmpty());
    Device a(server, email, QStringLiteral("lekol-2026"));
    Device b(server, email, QStringLiteral("lekol-2026"));
    QVERIFY(a.opened && b.opened);
    Device *devices[] = {&a, &b};

    QRandomGenerator random(20261122);
    Model model;
    QList<QString> owned[2][2]; // [device][0 tasks, 1 journal]: live records each device owns
    QStringList progress;
    for (int i = 0; i < 8; ++i)
        progress.append(uuid()); // shared by both devices, like one lesson's progress
    int edits = 0, restarts = 0, kills = 0, syncs = 0, failedSyncs = 0, editsOnA = 0;

    for (edits = 0; edits < 2000; ++edits) {
        const int d = int(random.bounded(2));
        LearnerSync &sync = *devices[d]->sync;
        const int kind = int(random.bounded(10));
        if (kind < 4) { // a task: create, edit some fields, or delete
            QList<QString> &tasks = owned[d][0];
            if (tasks.isEmpty() || random.bounded(4) == 0) {
                tasks.append(uuid());
                const QJsonObject f{{"title", QStringLiteral("Travay %1").arg(edits)}, {"status", "todo"}};
                QVERIFY(sync.edit(Entity::Task, tasks.last(), f));
                model.fields[key(Entity::Task, tasks.last())] = f;
            } else if (random.bounded(8) == 0) {
                const QString id = tasks.takeAt(int(random.bounded(int(tasks.size()))));
                QVERIFY(sync.remove(Entity::Task, id));
                model.deleted.insert(key(Entity::Task, id));
            } else {
                const QString id = tasks.at(int(random.bounded(int(tasks.size()))));
                const char *statuses[] = {"todo", "in_progress", "done"};
                QJsonObject f{{"status", statuses[random.bounded(3)]}};
                if (random.bounded(2))
                    f.insert("notes", QStringLiteral("nòt %1").arg(edits));
                QVERIFY(sync.edit(Entity::Task, id, f));
                QJsonObject &m = model.fields[key(Entity::Task, id)];
                for (auto it = f.begin(); it != f.end(); ++it)
                    m.insert(it.key(), it.value());
            }
        } else if (kind < 7) { // a journal entry
            QList<QString> &entries = owned[d][1];
            if (entries.isEmpty() || random.bounded(3) == 0) {
                entries.append(uuid());
                const QJsonObject f{{"date", "2026-11-22"},
                                    {"mood", int(random.bounded(1, 6))},
                                    {"text", QStringLiteral("Jounal %1: sa m aprann jodi a.").arg(edits)}};
                QVERIFY(sync.edit(Entity::Journal, entries.last(), f));
                model.fields[key(Entity::Journal, entries.last())] = f;
            } else {
                const QString id = entries.at(int(random.bounded(int(entries.size()))));
                const QJsonObject f{{"text", QStringLiteral("Vèsyon %1").arg(edits)}};
                QVERIFY(sync.edit(Entity::Journal, id, f));
                model.fields[key(Entity::Journal, id)].insert("text", f.value("text"));
            }
        } else { // shared lesson progress
            const QString id = progress.at(int(random.bounded(int(progress.size()))));
            const int percent = int(random.bounded(101));
            const int delta = int(random.bounded(1, 300));
            QVERIFY(sync.edit(Entity::Progress, id,
                              {{"course_id", "math-counting-money"},
                               {"lesson_id", "counting-gourdes"},
                               {"percent", percent},
                               {"time_spent_delta_seconds", delta}}));
            model.percent[id] = std::max(model.percent.value(id), percent);
            model.seconds[id] += delta;
        }

        if (d == 0) {
            // Device A: every 4th edit, a sync in its own process, usually killed part-way (the
            // process starts, restores its session, pushes and pulls within a few hundred ms).
            if (++editsOnA % 4 == 0) {
                ++syncs;
                const bool kill = random.bounded(10) < 9;
                const bool clean = runAgent(server, a, kill ? int(random.bounded(10, 250)) : -1);
                kills += kill && !clean ? 1 : 0;
                failedSyncs += clean ? 0 : 1;
            }
            continue;
        }
        if (random.bounded(12) == 0) { // a sync, which the server's faults may break
            ++syncs;
            failedSyncs += devices[d]->runSync().error.isError() ? 1 : 0;
        }
        if (random.bounded(20) == 0) { // the app dies, maybe mid-request, and starts again
            devices[d]->sync->engine().start();
            QTest::qWait(int(random.bounded(40)));
            devices[d]->restart();
            QVERIFY(devices[d]->opened);
            ++restarts;
        }
    }

    // Quiescence: both devices sync until a full round passes cleanly on each with nothing queued.
    int rounds = 0;
    for (int clean = 0; clean < 2 && rounds < 300; ++rounds) {
        bool allClean = true;
        const bool agentClean = runAgent(server, a, -1);
        const SyncEngine::Result r = b.runSync();
        syncs += 2;
        failedSyncs += (agentClean ? 0 : 1) + (r.error.isError() ? 1 : 0);
        allClean = agentClean && !r.error.isError() && a.sync->store().pendingCount() == 0 &&
                   b.sync->store().pendingCount() == 0;
        clean = allClean ? clean + 1 : 0;
    }
    QVERIFY2(rounds < 300, "the devices did not reach quiescence");

    // A third, fresh device pulls what the server holds: it must match the model too.
    Device fresh(server, email, QStringLiteral("lekol-2026"));
    for (int tries = 0; fresh.runSync().error.isError() && tries < 50; ++tries) {
    }
    QCOMPARE(fresh.sync->store().pendingCount(), 0);
    Device *everyone[] = {&a, &b, &fresh};

    int lost = 0, duplicated = 0, differing = 0;
    for (auto it = model.fields.cbegin(); it != model.fields.cend(); ++it) {
        const QStringList parts = it.key().split(u'/');
        const Entity entity = *entityFromName(parts.at(0));
        for (Device *device : everyone) {
            const auto record = device->sync->store().record(entity, parts.at(1));
            if (!record) {
                if (lost < 5)
                    qWarning() << "missing" << it.key() << (device == &fresh ? "fresh" : "device");
                ++lost;
                continue;
            }
            if (record->deleted != model.deleted.contains(it.key())) {
                if (lost < 5)
                    qWarning() << "deletion differs" << it.key() << record->deleted
                               << (device == &fresh ? "fresh" : "device");
                ++lost;
            }
            for (auto f = it.value().begin(); f != it.value().end(); ++f) {
                if (!model.deleted.contains(it.key()) && record->fields.value(f.key()) != f.value()) {
                    if (lost < 5)
                        qWarning() << "mismatch" << it.key() << f.key() << record->fields.value(f.key())
                                   << f.value() << (device == &fresh ? "fresh" : "device");
                    ++lost;
                }
            }
        }
        if (a.fields(entity, parts.at(1)) != b.fields(entity, parts.at(1)) ||
            a.fields(entity, parts.at(1)) != fresh.fields(entity, parts.at(1)))
            ++differing;
    }
    for (const QString &id : std::as_const(progress)) {
        for (Device *device : everyone) {
            const QJsonObject f = device->fields(Entity::Progress, id);
            const int seconds = f.value("time_spent_seconds").toInt();
            duplicated += seconds > model.seconds.value(id) ? 1 : 0;
            lost += seconds < model.seconds.value(id) ? 1 : 0;
            lost += f.value("percent").toInt() != model.percent.value(id) ? 1 : 0;
        }
    }
    std::printf("edits: %d, kill -9 of the client process: %d, in-process restarts mid-sync: %d, syncs: %d "
                "(%d broken by faults or kills), quiescence rounds: %d, "
                "lost: %d, duplicated: %d, differing between devices and the server: %d\n",
                edits, kills, restarts, syncs, failedSyncs, rounds, lost, duplicated, differing);
    QCOMPARE(lost, 0);
    QCOMPARE(duplicated, 0);
    QCOMPARE(differing, 0);
    QVERIFY2(failedSyncs > 0, "the server's fault injection never broke a sync: the test proved nothing");
    QVERIFY(restarts >= 30);
    QVERIFY2(kills >= 100, qPrintable(QString::number(kills)));
}

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
