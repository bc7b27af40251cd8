// The learner's records and outbox: edits show at once, are queued in the same transaction,
// collapse without losing a field, survive SIGKILL, and journal text is never stored in the clear.
// The guest's store keeps records on the device only; adopting them into an account counts each
// once. Statements are prepared once and never shared by nested calls (any test fails if they are).
#include "datacipher.h"
#include "localstore.h"
#include "preparedqueries.h"
#include "sqlitedatabase.h"
#include "userdataschema.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestLocalStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editShowsAtOnceAndIsQueued();
    void severalEditsCollapseIntoOneMutation();
    void progressCollapsesMonotonically();
    void mutationsOnTheWireNeverChange();
    void rejectedEditsCanBeRetriedOrDiscarded();
    void refusedEditsLeaveTheServersCopy();
    void pulledChangesKeepLocalEditsOnTop();
    void editAfterDeleteRevives();
    void batchesRespectCountAndSize();
    void journalTextIsNeverInTheClear();
    void journalNeedsTheLearnersKey();
    void committedEditsSurviveSigkill();
    void deviceOnlyStoreQueuesNothing_data();
    void deviceOnlyStoreQueuesNothing();
    void recordCountLeavesOutDeleted();
    void forgetDropsTheRecordAndItsEdits();
    void adoptingTwiceIsAdoptingOnce_data();
    void adoptingTwiceIsAdoptingOnce();
    void adoptionFoldsIntoAnUnsentEdit();
    void failedAdoptionCanBeTriedAgain();
    void version2FileKeepsItsRows();
    void statementsAreLentOneAtATime();
    void finishedStatementsHoldNoReadLock();

private:
    bool fileContains(const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<DataCipher> m_cipher;
    std::unique_ptr<LocalStore> m_store;
};

void TestLocalStore::init() {
    // A nested call re-binding a statement that an outer call is still reading would corrupt the
    // outer read: PreparedQueries warns instead, and every test here fails on that warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("is in use by an outer call")));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SqliteDatabase>(m_dir->filePath("userdata.sqlite"),
                                            SqliteDatabase::Durability::Precious);
    QVERIFY(m_db->open(userDataMigrations()));
    m_cipher = std::make_unique<DataCipher>(DataCipher::generateKey());
    m_store = std::make_unique<LocalStore>(*m_db, m_cipher.get());
}

void TestLocalStore::cleanup() {
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestLocalStore::editShowsAtOnceAndIsQueued() {
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"title", "Li leson 2"}, {"status", "todo"}}));
    const auto record = m_store->record(Entity::Task, "t1");
    QVERIFY(record);
    QCOMPARE(record->fields.value("title").toString(), QStringLiteral("Li leson 2"));
    QCOMPARE(record->version, 0);
    QCOMPARE(m_store->pendingCount(), 1);
    const QList<Mutation> batch = m_store->takeBatch(100, 256 * 1024);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first().fields.value("status").toString(), QStringLiteral("todo"));
    QVERIFY(!QUuid::fromString(batch.first().mutationId).isNull());
}

void TestLocalStore::severalEditsCollapseIntoOneMutation() {
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"title", "Achte grenn"}}));
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"status", "in_progress"}}));
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"notes", "Mache Kwabosal"}, {"title", "Achte grenn mayi"}}));
    QCOMPARE(m_store->pendingCount(), 1);
    const Mutation m = m_store->takeBatch(100, 256 * 1024).value(0);
    QCOMPARE(
        m.fields,
        QJsonObject({{"title", "Achte grenn mayi"}, {"status", "in_progress"}, {"notes", "Mache Kwabosal"}}));
    QCOMPARE(m_store->record(Entity::Task, "t1")->fields, m.fields);
}

void TestLocalStore::progressCollapsesMonotonically() {
    QVERIFY(m_store->edit(
        Entity::Progress, "p1",
        {{"percent", 60}, {"time_spent_delta_seconds", 120}, {"completed_at", "2026-11-20T10:00:00.000Z"}}));
    QVERIFY(m_store->edit(
        Entity::Progress, "p1",
        {{"percent", 40}, {"time_spent_delta_seconds", 30}, {"completed_at", "2026-11-21T10:00:00.000Z"}}));
    const Mutation m = m_store->takeBatch(100, 256 * 1024).value(0);
    QCOMPARE(m.fields.value("percent").toInt(), 60);
    QCOMPARE(m.fields.value("time_spent_delta_seconds").toInt(), 150);
    QCOMPARE(m.fields.value("completed_at").toString(), QStringLiteral("2026-11-20T10:00:00.000Z"));

    // Time folds up to the day one edit may carry, so the rest of the edit is never refused for it.
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_store->edit(Entity::Progress, "p2", {{"time_spent_delta_seconds", 40000}}));
    const Mutation day = m_store->takeBatch(100, 256 * 1024).value(1); // after p1's, sent again
    QCOMPARE(day.recordId, QStringLiteral("p2"));
    QCOMPARE(day.fields.value("time_spent_delta_seconds").toInt(), 86400);
}

void TestLocalStore::mutationsOnTheWireNeverChange() {
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"title", "A"}}));
    const Mutation sent = m_store->takeBatch(100, 256 * 1024).value(0);
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"title", "B"}}));
    QCOMPARE(m_store->pendingCount(), 2);
    // After a crash the same mutation goes again, unchanged, and alone for its record.
    const QList<Mutation> again = m_store->takeBatch(100, 256 * 1024);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).mutationId, sent.mutationId);
    QCOMPARE(again.at(0).fields.value("title").toString(), QStringLiteral("A"));

    // Once the server has it, the later edit follows, rebased onto the server's new version.
    const RemoteRecord server{Entity::Task, "t1", 7, false, {{"title", "A"}, {"status", "todo"}}, {}};
    QVERIFY(m_store->settle({{sent.mutationId, PushResult::Status::Applied, server, {}}}));
    QCOMPARE(m_store->record(Entity::Task, "t1")->version, 7);
    QCOMPARE(m_store->record(Entity::Task, "t1")->fields.value("title").toString(), QStringLiteral("B"));
    QCOMPARE(m_store->record(Entity::Task, "t1")->fields.value("status").toString(), QStringLiteral("todo"));
    const Mutation next = m_store->takeBatch(100, 256 * 1024).value(0);
    QCOMPARE(next.fields.value("title").toString(), QStringLiteral("B"));
    QCOMPARE(next.baseVersion, 7);
}

void TestLocalStore::rejectedEditsCanBeRetriedOrDiscarded() {
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"title", QString(300, QChar('x'))}}));
    const Mutation m = m_store->takeBatch(100, 65536).value(0);
    QVERIFY(m_store->settle({{m.mutationId, PushResult::Status::Rejected, std::nullopt, "invalid_field"}}));
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(m_store->rejected().size(), 1);
    QCOMPARE(m_store->rejected().first().reason, QStringLiteral("invalid_field"));
    QVERIFY(m_store->retry(m.mutationId));
    QCOMPARE(m_store->rejected().size(), 0);
    QCOMPARE(m_store->pendingCount(), 1);
    const Mutation again = m_store->takeBatch(100, 65536).value(0);
    QVERIFY(m_store->reject({again.mutationId}, "too_long"));
    QVERIFY(m_store->discard(again.mutationId));
    QCOMPARE(m_store->rejected().size(), 0);
    QCOMPARE(m_store->pendingCount(), 0);
}

// What the learner sees is the server's last copy plus the edits still on their way: a refused
// edit steps out of the record (it waits in the outbox), retrying puts it back, and discarding it
// leaves the server's copy, offline. A refused creation leaves nothing behind.
void TestLocalStore::refusedEditsLeaveTheServersCopy() {
    const QString words = QStringLiteral("Sekrè jounal mwen");
    PullPage page;
    page.cursor = 7;
    page.changes = {{Entity::Task, "t1", 2, false, {{"title", "Plante pwa"}, {"status", "todo"}}, {}},
                    {Entity::Journal, "j1", 1, false, {{"text", words}, {"mood", 3}}, {}}};
    QVERIFY(m_store->applyPull(page));
    const auto refuse = [this] {
        const QList<Mutation> batch = m_store->takeBatch(100, 65536);
        QStringList ids;
        for (const Mutation &m : batch)
            ids.append(m.mutationId);
        QVERIFY(m_store->reject(ids, "invalid_field"));
    };
    const auto title = [this](const QString &id) {
        const auto r = m_store->record(Entity::Task, id);
        return r && !r->deleted ? r->fields.value("title").toString() : QString();
    };

    QVERIFY(m_store->edit(Entity::Task, "t1", {{"title", "Plante mayi"}, {"due_date", "2026-13-01"}}));
    QVERIFY(m_store->edit(Entity::Task, "new", {{"title", "Yon nouvo"}}));
    QVERIFY(m_store->edit(Entity::Journal, "j1", {{"text", "Lòt mo"}}));
    QCOMPARE(title("t1"), QStringLiteral("Plante mayi"));
    refuse();
    QCOMPARE(m_store->rejected().size(), 3);
    QCOMPARE(title("t1"), QStringLiteral("Plante pwa"));
    QCOMPARE(m_store->record(Entity::Task, "t1")->version, 2);
    QVERIFY(!m_store->record(Entity::Task, "t1")->fields.contains("due_date"));
    QVERIFY(!m_store->record(Entity::Task, "new"));
    QCOMPARE(m_store->record(Entity::Journal, "j1")->fields.value("text").toString(), words);

    for (const Mutation &m : m_store->rejected())
        QVERIFY(m_store->retry(m.mutationId));
    QCOMPARE(title("t1"), QStringLiteral("Plante mayi"));
    QCOMPARE(title("new"), QStringLiteral("Yon nouvo"));
    refuse();
    for (const Mutation &m : m_store->rejected())
        QVERIFY(m_store->discard(m.mutationId));
    QCOMPARE(m_store->outbox().size(), 0);
    QCOMPARE(title("t1"), QStringLiteral("Plante pwa"));
    QVERIFY(!m_store->record(Entity::Task, "new"));
    QCOMPARE(m_store->records(Entity::Task).size(), 1);
    QCOMPARE(m_store->record(Entity::Journal, "j1")->fields.value("text").toString(), words);

    // The server's copy of journal words is sealed like the rest.
    QDirIterator it(m_dir->path(), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(words.toUtf8()), qPrintable(f.fileName()));
    }
}

void TestLocalStore::pulledChangesKeepLocalEditsOnTop() {
    const QDateTime kServerTime = QDateTime::fromString("2026-11-02T08:30:00.250Z", Qt::ISODateWithMs);
    QVERIFY(m_store->edit(Entity::Task, "mine", {{"status", "done"}}));
    PullPage page;
    page.cursor = 42;
    page.changes = {{Entity::Task, "mine", 3, false, {{"title", "Plante pwa"}, {"status", "todo"}}, {}},
                    {Entity::Task, "other", 5, true, {{"title", "Gone"}}, kServerTime},
                    {Entity::Journal, "j9", 2, false, {{"text", "Sekrè"}, {"mood", 5}}, {}}};
    QVERIFY(m_store->applyPull(page));
    QCOMPARE(m_store->cursor(), 42);
    const auto mine = m_store->record(Entity::Task, "mine");
    QCOMPARE(mine->version, 3);
    QCOMPARE(mine->fields.value("title").toString(), QStringLiteral("Plante pwa"));
    QCOMPARE(mine->fields.value("status").toString(), QStringLiteral("done")); // the unsent edit still shows
    QVERIFY(m_store->record(Entity::Task, "other")->deleted);
    // When it changed on the server, not when it reached this device: lists sort by it.
    QCOMPARE(m_store->record(Entity::Task, "other")->updatedAt, kServerTime);
    QVERIFY(mine->updatedAt > kServerTime); // its own unsent edit is newer
    QCOMPARE(m_store->record(Entity::Journal, "j9")->fields.value("text").toString(),
             QStringLiteral("Sekrè"));
    QCOMPARE(m_store->records(Entity::Task).size(), 1);
    QVERIFY(!m_store->clientId().isEmpty());
    QCOMPARE(m_store->clientId(), m_store->clientId());
}

void TestLocalStore::editAfterDeleteRevives() {
    QVERIFY(m_store->edit(Entity::Journal, "j1", {{"text", "Premye jou"}, {"mood", 4}}));
    QVERIFY(m_store->remove(Entity::Journal, "j1"));
    QVERIFY(m_store->record(Entity::Journal, "j1")->deleted);
    QVERIFY(m_store->records(Entity::Journal).isEmpty());
    QCOMPARE(m_store->pendingCount(), 1); // the create and the delete collapsed into one delete

    QVERIFY(m_store->edit(Entity::Journal, "j1", {{"text", "Dezyèm chans"}}));
    QVERIFY(!m_store->record(Entity::Journal, "j1")->deleted);
    QCOMPARE(m_store->records(Entity::Journal).size(), 1);
    QCOMPARE(m_store->pendingCount(), 1);
    const Mutation m = m_store->takeBatch(100, 256 * 1024).value(0);
    QVERIFY(!m.isDelete);
    QCOMPARE(m.fields.value("text").toString(), QStringLiteral("Dezyèm chans"));
}

void TestLocalStore::batchesRespectCountAndSize() {
    for (int i = 0; i < 250; ++i)
        QVERIFY(
            m_store->edit(Entity::Task, QStringLiteral("t%1").arg(i), {{"title", QString(500, QChar('x'))}}));
    QCOMPARE(m_store->takeBatch(100, 1024 * 1024).size(), 100);
    const QList<Mutation> small = m_store->takeBatch(1000, 10 * 1024);
    QVERIFY(small.size() < 25 && small.size() > 1);
    QCOMPARE(m_store->pendingCount(), 250);
}

void TestLocalStore::journalTextIsNeverInTheClear() {
    const QString secret = QStringLiteral("Mwen pè egzamen an demen, men m ap travay di.");
    QVERIFY(m_store->edit(Entity::Journal, "j1", {{"text", secret}, {"mood", 2}, {"date", "2026-11-22"}}));
    QVERIFY(m_store->edit(Entity::Journal, "j1", {{"mood", 3}}));
    QCOMPARE(m_store->record(Entity::Journal, "j1")->fields.value("text").toString(), secret);
    QCOMPARE(m_store->takeBatch(10, 65536).value(0).fields.value("text").toString(), secret);
    int scanned = 0;
    QDirIterator it(m_dir->path(), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++scanned;
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains("egzamen"), qPrintable(f.fileName()));
    }
    QVERIFY(scanned >= 1);

    // Another learner's key opens nothing: no garbage, no text.
    DataCipher other(DataCipher::generateKey());
    LocalStore stranger(*m_db, &other);
    QVERIFY(!stranger.record(Entity::Journal, "j1"));
}

void TestLocalStore::journalNeedsTheLearnersKey() {
    LocalStore keyless(*m_db, nullptr);
    QString error;
    QVERIFY(!keyless.edit(Entity::Journal, "j2", {{"text", "secret"}}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(keyless.pendingCount(), 0);
    QVERIFY(!keyless.record(Entity::Journal, "j2"));
}

void TestLocalStore::committedEditsSurviveSigkill() {
    const QString path = m_dir->filePath("killed.sqlite");
    QRandomGenerator random(20261122);
    int next = 0;
    QList<int> committed;
    for (int round = 0; round < 12; ++round) {
        QProcess probe;
        probe.start(QStringLiteral(TPN_EDIT_PROBE), {path, QString::number(next), QStringLiteral("100000")});
        QVERIFY(probe.waitForStarted());
        QTest::qWait(static_cast<int>(random.bounded(60, 400)));
        probe.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(probe.waitForFinished());
        const QList<QByteArray> lines = probe.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                committed.append(line.mid(10).toInt());
        }
        QVERIFY2(!committed.isEmpty(), "the probe committed nothing before being killed");
        next = committed.last() + 1;
    }
    SqliteDatabase reopened(path, SqliteDatabase::Durability::Precious);
    QVERIFY2(reopened.open(userDataMigrations()), qPrintable(reopened.errorString())); // quick_check passes
    LocalStore store(reopened, nullptr);
    for (int i : std::as_const(committed)) {
        const int record = i % 3 == 0 ? i / 3 : i;
        const auto r = store.record(Entity::Task, QStringLiteral("rec-%1").arg(record));
        QVERIFY2(r, qPrintable(QStringLiteral("edit %1 was reported committed but is gone").arg(i)));
    }
    // Every record with a local edit is queued exactly once or more (never lost from the outbox).
    QSqlQuery q(reopened.connection());
    QVERIFY(q.exec("SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM outbox o"
                   " WHERE o.entity = r.entity AND o.record_id = r.record_id)"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    qInfo("%lld edits committed across 12 SIGKILLs, none lost", static_cast<long long>(committed.size()));
}

bool TestLocalStore::fileContains(const QByteArray &bytes) const {
    QDirIterator it(m_dir->path(), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
            return true;
    }
    return false;
}

void TestLocalStore::deviceOnlyStoreQueuesNothing_data() {
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QJsonObject>("fields");
    QTest::newRow("task") << Entity::Task << QJsonObject{{"title", "Li leson 3"}, {"status", "todo"}};
    QTest::newRow("journal") << Entity::Journal
                             << QJsonObject{{"date", "2026-11-22"}, {"mood", 4}, {"text", "Kaye envite a"}};
    QTest::newRow("progress") << Entity::Progress
                              << QJsonObject{{"course_id", "dlo-pwop"},
                                             {"lesson_id", "bouyi"},
                                             {"percent", 50},
                                             {"time_spent_delta_seconds", 90}};
}

void TestLocalStore::deviceOnlyStoreQueuesNothing() {
    QFETCH(Entity, entity);
    QFETCH(QJsonObject, fields);
    LocalStore guest(*m_db, m_cipher.get(), LocalStore::Outbox::None);
    QVERIFY(guest.edit(entity, "r1", fields));
    QVERIFY(guest.edit(entity, "r2", fields));
    QCOMPARE(guest.record(entity, "r1")->fields, fields);
    QCOMPARE(guest.records(entity).size(), 2);
    QCOMPARE(guest.recordCount(entity), 2);
    QCOMPARE(guest.pendingCount(), 0);
    QVERIFY(guest.outbox().isEmpty());
    QVERIFY(guest.takeBatch(100, 65536).isEmpty());
    QVERIFY(!fileContains("Kaye envite a")); // the guest's words are sealed too

    QVERIFY(guest.remove(entity, "r1"));
    QVERIFY(!guest.record(entity, "r1"));
    QCOMPARE(guest.records(entity).size(), 1);
    QCOMPARE(guest.records(entity).first().recordId, QStringLiteral("r2"));
    QCOMPARE(guest.recordCount(entity), 1);
    QCOMPARE(guest.pendingCount(), 0);
    QVERIFY(guest.outbox().isEmpty());
}

void TestLocalStore::recordCountLeavesOutDeleted() {
    for (const char *id : {"t1", "t2", "t3"})
        QVERIFY(m_store->edit(Entity::Task, id, {{"title", "Travay"}}));
    QVERIFY(m_store->edit(Entity::Journal, "j1", {{"date", "2026-11-22"}, {"mood", 3}}));
    QVERIFY(m_store->remove(Entity::Task, "t2"));
    QCOMPARE(m_store->recordCount(Entity::Task), 2);
    QCOMPARE(m_store->recordCount(Entity::Journal), 1);
    QCOMPARE(m_store->recordCount(Entity::Progress), 0);
}

void TestLocalStore::forgetDropsTheRecordAndItsEdits() {
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"title", "A"}}));
    QVERIFY(m_store->edit(Entity::Task, "keep", {{"title", "Rete"}}));
    QCOMPARE(m_store->takeBatch(100, 65536).size(), 2); // t1's first edit is on the wire
    QVERIFY(m_store->edit(Entity::Task, "t1", {{"title", "B"}}));
    QCOMPARE(m_store->pendingCount(), 3);

    QVERIFY(m_store->forget(Entity::Task, "t1"));
    QVERIFY(!m_store->record(Entity::Task, "t1"));
    QCOMPARE(m_store->pendingCount(), 1);
    const QList<Mutation> left = m_store->outbox();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().recordId, QStringLiteral("keep"));
    QCOMPARE(m_store->record(Entity::Task, "keep")->fields.value("title").toString(), QStringLiteral("Rete"));
    QVERIFY(m_store->forget(Entity::Task, "t1")); // forgetting again (after a kill) is fine
    QCOMPARE(m_store->recordCount(Entity::Task), 1);
}

void TestLocalStore::adoptingTwiceIsAdoptingOnce_data() {
    deviceOnlyStoreQueuesNothing_data();
}

// A kill between the account's commit and the guest's forget() makes the app adopt the same
// record again on its next start: nothing may change, least of all the time spent.
void TestLocalStore::adoptingTwiceIsAdoptingOnce() {
    QFETCH(Entity, entity);
    QFETCH(QJsonObject, fields);
    QVERIFY(m_store->adopt(entity, "r1", fields));
    QVERIFY(m_store->adopt(entity, "r1", fields));
    m_store = std::make_unique<LocalStore>(*m_db, m_cipher.get()); // as after a restart
    QVERIFY(m_store->adopt(entity, "r1", fields));

    QCOMPARE(m_store->record(entity, "r1")->fields, fields);
    QCOMPARE(m_store->recordCount(entity), 1);
    QCOMPARE(m_store->pendingCount(), 1);
    const QList<Mutation> batch = m_store->takeBatch(100, 65536);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first().fields, fields);
    QCOMPARE(batch.first().baseVersion, 0);
    QVERIFY(m_store->adopt(entity, "r1", fields)); // once sent, still nothing new to send
    QCOMPARE(m_store->outbox().size(), 1);
}

void TestLocalStore::adoptionFoldsIntoAnUnsentEdit() {
    QVERIFY(m_store->edit(Entity::Progress, "p1", {{"percent", 20}, {"time_spent_delta_seconds", 60}}));
    const QJsonObject guestWork{{"percent", 80}, {"time_spent_delta_seconds", 100}};
    QVERIFY(m_store->adopt(Entity::Progress, "p1", guestWork));
    QVERIFY(m_store->adopt(Entity::Progress, "p1", guestWork));
    const QList<Mutation> outbox = m_store->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().fields.value("percent").toInt(), 80);
    QCOMPARE(outbox.first().fields.value("time_spent_delta_seconds").toInt(), 160);
    QCOMPARE(m_store->record(Entity::Progress, "p1")->fields.value("time_spent_delta_seconds").toInt(), 160);
}

// A cipher that cannot seal fails the adoption inside its transaction: neither the record nor
// its mark is kept (the words are never stored without their seal), so the next attempt adopts it.
void TestLocalStore::failedAdoptionCanBeTriedAgain() {
    const QJsonObject entry{{"date", "2026-11-22"}, {"mood", 5}, {"text", "Mwen pase egzamen an"}};
    const DataCipher broken(QByteArray(5, 'k'));
    LocalStore failing(*m_db, &broken);
    QString error;
    QVERIFY(!failing.adopt(Entity::Journal, "j1", entry, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_store->record(Entity::Journal, "j1"));
    QCOMPARE(m_store->pendingCount(), 0);
    QVERIFY(m_store->adopt(Entity::Journal, "j1", entry));
    QCOMPARE(m_store->record(Entity::Journal, "j1")->fields, entry);
    QCOMPARE(m_store->pendingCount(), 1);
    QVERIFY(!fileContains("egzamen"));
}

// A learner's file from before adoption (schema 2) opens with its records and queue intact.
void TestLocalStore::version2FileKeepsItsRows() {
    const QString path = m_dir->filePath("v2.sqlite");
    const QList<Migration> version2 = userDataMigrations().mid(0, 2);
    QCOMPARE(version2.constLast().version, 2);
    {
        SqliteDatabase old(path, SqliteDatabase::Durability::Precious);
        QVERIFY(old.open(version2));
        QSqlQuery q(old.connection());
        QVERIFY(
            q.exec("INSERT INTO records (entity, record_id, version, deleted, fields, updated_at)"
                   " VALUES ('task', 't1', 4, 0, '{\"title\":\"Plante pwa\"}', '2026-11-01T08:00:00.000Z')"));
        QVERIFY(
            q.exec("INSERT INTO outbox (mutation_id, entity, record_id, op, base_version, fields, created_at)"
                   " VALUES ('a1b2c3d4-0000-4000-8000-000000000001', 'task', 't1', 'upsert', 4,"
                   " '{\"status\":\"done\"}', '2026-11-02T08:00:00.000Z')"));
        QVERIFY(q.exec("INSERT INTO sync_state (key, value) VALUES ('cursor', '17')"));
    }
    SqliteDatabase reopened(path, SqliteDatabase::Durability::Precious);
    QVERIFY2(reopened.open(userDataMigrations()), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.schemaVersion(), userDataMigrations().constLast().version);
    LocalStore store(reopened, m_cipher.get());
    QCOMPARE(store.record(Entity::Task, "t1")->fields.value("title").toString(),
             QStringLiteral("Plante pwa"));
    QCOMPARE(store.record(Entity::Task, "t1")->version, 4);
    QCOMPARE(store.cursor(), 17);
    const QList<Mutation> queued = store.outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().mutationId, QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001"));
    QVERIFY(store.adopt(Entity::Task, "t2", {{"title", "Nouvo"}}));
    QVERIFY(store.adopt(Entity::Task, "t2", {{"title", "Nouvo"}}));
    QCOMPARE(store.pendingCount(), 2);
}

// A statement still being read is never re-bound by a nested user of the same key: the nested
// user gets a one-off statement (and a warning), and the outer read goes on undisturbed.
void TestLocalStore::statementsAreLentOneAtATime() {
    for (const char *id : {"a", "b", "c"})
        QVERIFY(m_store->edit(Entity::Task, id, {{"title", "x"}}));
    PreparedQueries queries(*m_db);
    const QString sql = QStringLiteral("SELECT record_id FROM records WHERE entity = ? ORDER BY record_id");
    QStringList outer;
    {
        PreparedQuery q = queries.get(1, sql);
        QVERIFY(q.exec({"task"}));
        QVERIFY(q.next());
        outer.append(q.value(0).toString());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("in use by an outer call"));
        {
            PreparedQuery nested = queries.get(1, sql);
            QVERIFY(nested.exec({"journal"}));
            QVERIFY(!nested.next());
        }
        while (q.next())
            outer.append(q.value(0).toString());
    }
    QCOMPARE(outer, QStringList({"a", "b", "c"}));
    PreparedQuery again = queries.get(1, sql); // returned: lent out again without a warning
    QVERIFY(again.exec({"task"}));
    QVERIFY(again.next());
}

// A half-read SELECT whose handle is gone holds no read lock: the WAL can be checkpointed to the end.
void TestLocalStore::finishedStatementsHoldNoReadLock() {
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_store->edit(Entity::Task, QStringLiteral("t%1").arg(i), {{"title", "x"}}));
    PreparedQueries queries(*m_db);
    {
        PreparedQuery q = queries.get(1, QStringLiteral("SELECT record_id FROM records"));
        QVERIFY(q.exec());
        QVERIFY(q.next()); // four rows left unread
    }
    QVERIFY(m_store->edit(Entity::Task, "after", {{"title", "y"}}));
    SqliteDatabase other(m_db->path(), SqliteDatabase::Durability::Precious);
    QVERIFY(other.open(userDataMigrations()));
    QSqlQuery checkpoint(other.connection());
    QVERIFY(checkpoint.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    QVERIFY(checkpoint.next());
    QCOMPARE(checkpoint.value(0).toInt(), 0); // 1 would mean a reader kept the WAL busy
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
