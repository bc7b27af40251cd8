// Sync end to end: two devices of one learner against the real reference server over HTTPS,
// each with its own userdata.sqlite and data key. The fault wrapper fails chosen exchanges to
// prove that the next sync converges whatever was interrupted.
#include "connectivity.h"
#include "journallistmodel.h"
#include "syncdevice.h"
#include "learnerrepository.h"
#include "tasklistmodel.h"

#include <QSignalSpy>
#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace synctest;

class TestSyncEndToEnd : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void editsReachTheOtherDevice();
    void tasksMergeFieldByField();
    void journalConflictsKeepBothTexts();
    void deleteWinsOverEdit();
    void progressIsMonotonic();
    void connectivityProbeAsksTheServer();
    void failurePointSweep_data();
    void failurePointSweep();

private:
    std::pair<std::unique_ptr<Device>, std::unique_ptr<Device>> twoDevices();
    TestServer m_server{{QStringLiteral("--demo"), QStringLiteral("--login-limit"), QStringLiteral("100")}};
};

void TestSyncEndToEnd::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

std::pair<std::unique_ptr<Device>, std::unique_ptr<Device>> TestSyncEndToEnd::twoDevices() {
    const QString email = registerLearner(m_server);
    auto a = std::make_unique<Device>(m_server, email, QStringLiteral("lekol-2026"));
    auto b = std::make_unique<Device>(m_server, email, QStringLiteral("lekol-2026"));
    return {std::move(a), std::move(b)};
}

void TestSyncEndToEnd::editsReachTheOtherDevice() {
    auto [a, b] = twoDevices();
    QVERIFY(a->opened && b->opened && a->client.auth.signedIn() && b->client.auth.signedIn());
    const QString task = uuid(), entry = uuid(), progress = uuid();
    QVERIFY(a->sync->edit(Entity::Task, task,
                          {{"title", "Plante pwa"}, {"status", "todo"}, {"priority", "high"}}));
    QVERIFY(a->sync->edit(Entity::Journal, entry,
                          {{"date", "2026-11-22"}, {"mood", 4}, {"text", "Jodi a m aprann anpil."}}));
    QVERIFY(a->sync->edit(Entity::Progress, progress,
                          {{"course_id", "health-safe-water-clean-hands"},
                           {"lesson_id", "boiling-water"},
                           {"percent", 40},
                           {"time_spent_delta_seconds", 300}}));
    const SyncEngine::Result pushed = a->runSync();
    QVERIFY2(!pushed.error.isError(), qPrintable(pushed.error.code + u' ' + pushed.error.detail));
    QCOMPARE(pushed.pushed, 3);
    QCOMPARE(a->sync->store().pendingCount(), 0);
    QVERIFY(a->sync->store().record(Entity::Task, task)->version >= 1);

    const SyncEngine::Result pulled = b->runSync();
    QVERIFY2(!pulled.error.isError(), qPrintable(pulled.error.code));
    QCOMPARE(b->fields(Entity::Task, task).value("title").toString(), QStringLiteral("Plante pwa"));
    QCOMPARE(b->fields(Entity::Journal, entry).value("text").toString(),
             QStringLiteral("Jodi a m aprann anpil."));
    QCOMPARE(b->fields(Entity::Progress, progress).value("percent").toInt(), 40);
}

void TestSyncEndToEnd::tasksMergeFieldByField() {
    auto [a, b] = twoDevices();
    const QString task = uuid();
    QVERIFY(a->sync->edit(Entity::Task, task,
                          {{"title", "Achte semans"}, {"status", "todo"}, {"notes", "Mayi"}}));
    QVERIFY(!a->runSync().error.isError());
    QVERIFY(!b->runSync().error.isError());
    // Offline on both: different fields, and one field on both sides.
    QVERIFY(a->sync->edit(Entity::Task, task, {{"title", "Achte semans mayi"}, {"notes", "Mayi jòn"}}));
    QVERIFY(b->sync->edit(Entity::Task, task, {{"status", "in_progress"}, {"notes", "Mayi blan"}}));
    QVERIFY(!a->runSync().error.isError());
    QVERIFY(!b->runSync().error.isError()); // arrives later: its notes win
    QVERIFY(!a->runSync().error.isError());
    for (Device *d : {a.get(), b.get()}) {
        const QJsonObject f = d->fields(Entity::Task, task);
        QCOMPARE(f.value("title").toString(), QStringLiteral("Achte semans mayi"));
        QCOMPARE(f.value("status").toString(), QStringLiteral("in_progress"));
        QCOMPARE(f.value("notes").toString(), QStringLiteral("Mayi blan"));
        QVERIFY2(QJsonDocument(f.value("history").toArray()).toJson().contains("Mayi j\xC3\xB2n"),
                 "the losing value is kept in the record's history");
    }
    // ...and the learner sees it: the Tasks screen's model lists what the other device replaced.
    LearnerRepository learner;
    learner.setSource({a->sync.get(), nullptr, false});
    TaskListModel tasks;
    tasks.setSource(&learner);
    const int row = tasks.indexOf(task);
    QVERIFY(row >= 0);
    QVERIFY(tasks.data(tasks.index(row), TaskListModel::HasHistoryRole).toBool());
    const QVariantList history = tasks.history(task);
    QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const QVariant &entry) {
        const QVariantMap m = entry.toMap();
        return m.value("field") == QStringLiteral("notes") &&
               m.value("valueText") == QStringLiteral("Mayi jòn");
    }));
}

void TestSyncEndToEnd::journalConflictsKeepBothTexts() {
    auto [a, b] = twoDevices();
    const QString entry = uuid();
    QVERIFY(a->sync->edit(Entity::Journal, entry,
                          {{"date", "2026-11-20"}, {"mood", 3}, {"text", "Premye vèsyon"}}));
    QVERIFY(!a->runSync().error.isError());
    QVERIFY(!b->runSync().error.isError());
    QVERIFY(a->sync->edit(Entity::Journal, entry, {{"text", "Sa m ekri sou telefòn nan"}}));
    QVERIFY(b->sync->edit(Entity::Journal, entry, {{"text", "Sa m ekri sou tablèt la"}}));
    QVERIFY(!a->runSync().error.isError());
    QVERIFY(!b->runSync().error.isError());
    QVERIFY(!a->runSync().error.isError());
    for (Device *d : {a.get(), b.get()}) {
        const QJsonObject f = d->fields(Entity::Journal, entry);
        const QByteArray all = QJsonDocument(f).toJson();
        QVERIFY2(all.contains("telef\xC3\xB2n nan") && all.contains("tabl\xC3\xA8t la"), all.constData());
        QVERIFY(f.value("conflicted").toBool());
    }

    // The learner chooses on the tablet, through the Journal screen's model; both devices settle.
    LearnerRepository learner;
    learner.setSource({b->sync.get(), nullptr, false});
    JournalListModel journal;
    journal.setSource(&learner);
    const QVariantMap conflicted = journal.entry(entry);
    QVERIFY(conflicted.value("conflicted").toBool());
    QCOMPARE(conflicted.value("conflictVersions").toList().size(), 1);
    const QString merged = QStringLiteral("Sou telefòn nan, epi sou tablèt la");
    QVERIFY2(journal.resolve(entry, merged), qPrintable(journal.error()));
    QVERIFY(!b->runSync().error.isError());
    QVERIFY(!a->runSync().error.isError());
    for (Device *d : {a.get(), b.get()}) {
        const QJsonObject f = d->fields(Entity::Journal, entry);
        QCOMPARE(f.value("text").toString(), merged);
        QVERIFY(!f.value("conflicted").toBool());
        QVERIFY(f.value("conflict_versions").toArray().isEmpty());
    }
    QVERIFY(!journal.entry(entry).value("conflicted").toBool());
}

void TestSyncEndToEnd::deleteWinsOverEdit() {
    auto [a, b] = twoDevices();
    const QString task = uuid();
    QVERIFY(a->sync->edit(Entity::Task, task, {{"title", "Netwaye jaden"}}));
    QVERIFY(!a->runSync().error.isError());
    QVERIFY(!b->runSync().error.isError());
    QVERIFY(a->sync->remove(Entity::Task, task));
    QVERIFY(b->sync->edit(Entity::Task, task, {{"status", "done"}}));
    QVERIFY(!a->runSync().error.isError());
    QVERIFY(!b->runSync().error.isError());
    QVERIFY(!a->runSync().error.isError());
    QVERIFY(a->sync->store().record(Entity::Task, task)->deleted);
    QVERIFY(b->sync->store().record(Entity::Task, task)->deleted);
}

void TestSyncEndToEnd::progressIsMonotonic() {
    auto [a, b] = twoDevices();
    const QString p = uuid();
    const QJsonObject lesson{{"course_id", "math-counting-money"}, {"lesson_id", "counting-gourdes"}};
    QJsonObject fa = lesson, fb = lesson;
    fa.insert("percent", 80);
    fa.insert("time_spent_delta_seconds", 600);
    fb.insert("percent", 30);
    fb.insert("time_spent_delta_seconds", 240);
    QVERIFY(a->sync->edit(Entity::Progress, p, fa));
    QVERIFY(b->sync->edit(Entity::Progress, p, fb));
    QVERIFY(!a->runSync().error.isError());
    QVERIFY(!b->runSync().error.isError());
    QVERIFY(!a->runSync().error.isError());
    for (Device *d : {a.get(), b.get()}) {
        QCOMPARE(d->fields(Entity::Progress, p).value("percent").toInt(), 80);
        QCOMPARE(d->fields(Entity::Progress, p).value("time_spent_seconds").toInt(), 840);
    }
}

void TestSyncEndToEnd::connectivityProbeAsksTheServer() {
    QNetworkAccessManager nam;
    const TlsTrust trust = TlsTrust::withExtraCa(TestServer::caCertPath());
    ApiClient live(nam, m_server.baseUrl(), trust.configuration);
    ConnectivityMonitor reachable(live);
    QSignalSpy up(&reachable, &ConnectivityMonitor::serverReachable);
    reachable.probe();
    reachable.probe(); // one probe at a time
    QTRY_COMPARE_WITH_TIMEOUT(up.count(), 1, kTimeout);
    QTest::qWait(200);
    QCOMPARE(up.count(), 1);

    ApiClient dead(nam, QUrl(QStringLiteral("https://127.0.0.1:1")), trust.configuration);
    ConnectivityMonitor unreachable(dead);
    QSignalSpy down(&unreachable, &ConnectivityMonitor::serverReachable);
    unreachable.probe();
    QTest::qWait(1500);
    QCOMPARE(down.count(), 0);
}

void TestSyncEndToEnd::failurePointSweep_data() {
    QTest::addColumn<int>("failAt");
    QTest::addColumn<bool>("afterCommit");
    // 150 edits make two pushes, then one pull page: exchanges 1–3 (and a 4th that is past the end).
    for (int k = 1; k <= 4; ++k) {
        QTest::addRow("exchange %d lost before sending", k) << k << false;
        QTest::addRow("exchange %d lost after the server handled it", k) << k << true;
    }
}

void TestSyncEndToEnd::failurePointSweep() {
    QFETCH(int, failAt);
    QFETCH(bool, afterCommit);
    const QString email = registerLearner(m_server);
    Device device(m_server, email, QStringLiteral("lekol-2026"));
    QVERIFY(device.opened);
    QStringList tasks;
    for (int i = 0; i < 150; ++i) {
        tasks.append(uuid());
        QVERIFY(
            device.sync->edit(Entity::Task, tasks.last(), {{"title", QStringLiteral("Travay %1").arg(i)}}));
    }
    device.faults().mode = afterCommit ? FaultyApi::Mode::After : FaultyApi::Mode::Before;
    device.faults().failAt = failAt;
    device.runSync(); // may fail at the chosen exchange
    device.faults().mode = FaultyApi::Mode::None;
    const SyncEngine::Result second = device.runSync();
    QVERIFY2(!second.error.isError(), qPrintable(second.error.code));
    QCOMPARE(device.sync->store().pendingCount(), 0);

    // A fresh device of the same learner pulls exactly the 150 tasks, each once, each version 1.
    Device other(m_server, email, QStringLiteral("lekol-2026"));
    QVERIFY(!other.runSync().error.isError());
    const QList<LocalRecord> pulled = other.sync->store().records(Entity::Task);
    QCOMPARE(pulled.size(), 150);
    for (const LocalRecord &r : pulled)
        QCOMPARE(r.version, 1); // applied once: a replay would have made no second version either
}

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_sync_e2e.moc"
