// The sync protocol of the reference server (docs/sync.md), against the real process over HTTPS: replays,
// rejected mutations, batch limits, pull paging and cursors, tombstones, user isolation, authentication,
// export and deletion.

#include "tst_server_sync_support.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString Task = QStringLiteral("task");
const QString Journal = QStringLiteral("journal");
const QString Progress = QStringLiteral("progress");

QJsonObject newTask(const QString &title) {
    return upsert(Task, newUuid(), 0, {{"title", title}});
}

QJsonArray newTasks(int count, const QString &prefix) {
    QJsonArray mutations;
    for (int i = 0; i < count; ++i)
        mutations.append(newTask(QStringLiteral("%1 %2").arg(prefix).arg(i)));
    return mutations;
}

QStringList recordIds(const QJsonArray &records) {
    QStringList ids;
    for (const QJsonValue &record : records)
        ids.append(record.toObject().value("record_id").toString());
    return ids;
}

QString errorCodeOf(const HttpReply &reply) {
    return reply.errorCode();
}

} // namespace

class TestServerSyncProtocol : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void replayReturnsTheFirstResult();
    void rejectedMutations_data();
    void rejectedMutations();
    void rejectedAgainstTheStoredRecord();
    void unknownFieldsAreIgnored();
    void batchLimits();
    void badPushBodies_data();
    void badPushBodies();
    void pullPages();
    void pullParameters_data();
    void pullParameters();
    void tombstonesArePulled();
    void repeatedAndOutOfOrderPullsAreHarmless();
    void usersAreIsolated();
    void authenticationIsRequired_data();
    void authenticationIsRequired();
    void exportAndDeletion();

private:
    TestServer m_server{QStringList{}};
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerSyncProtocol::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerSyncProtocol::replayReturnsTheFirstResult() {
    SyncUser user(m_server, m_client);
    const QString taskId = newUuid();
    const QJsonArray batch{
        upsert(Task, taskId, 0, {{"title", "Read lesson 2"}}),
        upsert(Journal, newUuid(), 0, {{"date", "2026-11-20"}, {"mood", 4}, {"text", "Good"}}),
        upsert(Progress, newUuid(), 0,
               {{"course_id", "clean-water"}, {"lesson_id", "boil"}, {"percent", 50}}),
    };
    const QJsonArray first = user.pushResults(batch);
    QCOMPARE(first.size(), 3);
    qint64 cursor = 0;
    const QJsonArray before = user.pullAll(0, &cursor);

    // The answer was lost; the client sends the same push again.
    const QJsonArray replay = user.pushResults(batch);
    QCOMPARE(replay.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject original = first.at(i).toObject();
        const QJsonObject again = replay.at(i).toObject();
        QCOMPARE(original.value("status"), QJsonValue("applied"));
        QCOMPARE(again.value("status"), QJsonValue("duplicate"));
        QCOMPARE(again.value("first_status"), QJsonValue("applied"));
        QCOMPARE(again.value("mutation_id"), original.value("mutation_id"));
        QCOMPARE(again.value("version"), original.value("version"));
        QCOMPARE(again.value("record"), original.value("record"));
    }
    // Nothing changed: no new changes, same records.
    QCOMPARE(user.pullAll(cursor), QJsonArray());
    QCOMPARE(user.pullAll(0), before);

    // A replay after the record moved on still answers with what the first push got.
    QCOMPARE(user.pushOne(upsert(Task, taskId, 1, {{"status", "done"}})).value("version"), QJsonValue(2));
    const QJsonObject late = user.pushOne(batch.at(0).toObject());
    QCOMPARE(late.value("status"), QJsonValue("duplicate"));
    QCOMPARE(late.value("version"), QJsonValue(1));
    QCOMPARE(late.value("record"), first.at(0).toObject().value("record"));
    // A replay from another device id is still the same mutation.
    const HttpReply other = user.push({batch.at(1)}, "device-b");
    QCOMPARE(other.data().toObject().value("results").toArray().at(0).toObject().value("status"),
             QJsonValue("duplicate"));
}

void TestServerSyncProtocol::rejectedMutations_data() {
    QTest::addColumn<QJsonValue>("mutation");
    QTest::addColumn<QString>("reason");
    const QString id = newUuid();
    const auto task = [&](const QJsonObject &fields) {
        return QJsonValue(upsert(Task, newUuid(), 0, fields));
    };
    const auto journal = [&](const QJsonObject &fields) {
        QJsonObject all{{"date", "2026-11-20"}, {"mood", 3}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            all.insert(it.key(), it.value());
        return QJsonValue(upsert(Journal, newUuid(), 0, all));
    };
    const auto progress = [&](const QJsonObject &fields) {
        QJsonObject all{{"course_id", "clean-water"}, {"lesson_id", "boil"}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            all.insert(it.key(), it.value());
        return QJsonValue(upsert(Progress, newUuid(), 0, all));
    };
    const auto with = [&](const QString &member, const QJsonValue &value) {
        QJsonObject mutation = upsert(Task, newUuid(), 0, {{"title", "x"}});
        if (value.isUndefined())
            mutation.remove(member);
        else
            mutation.insert(member, value);
        return QJsonValue(mutation);
    };

    QTest::newRow("not an object") << QJsonValue(5) << "invalid_mutation";
    QTest::newRow("no mutation_id") << with("mutation_id", QJsonValue::Undefined) << "invalid_mutation";
    QTest::newRow("upper-case mutation_id") << with("mutation_id", newUuid().toUpper()) << "invalid_mutation";
    QTest::newRow("unknown entity") << with("entity", "note") << "unknown_entity";
    QTest::newRow("no entity") << with("entity", QJsonValue::Undefined) << "unknown_entity";
    QTest::newRow("unknown op") << with("op", "patch") << "unknown_op";
    QTest::newRow("record_id not a UUID") << with("record_id", "task-1") << "invalid_record_id";
    QTest::newRow("upper-case record_id") << with("record_id", id.toUpper()) << "invalid_record_id";
    QTest::newRow("braced record_id") << with("record_id", '{' + id + '}') << "invalid_record_id";
    QTest::newRow("negative base_version") << with("base_version", -1) << "invalid_base_version";
    QTest::newRow("base_version as text") << with("base_version", "1") << "invalid_base_version";
    QTest::newRow("fractional base_version") << with("base_version", 1.5) << "invalid_base_version";
    QTest::newRow("no base_version") << with("base_version", QJsonValue::Undefined) << "invalid_base_version";
    QTest::newRow("fields not an object") << with("fields", QJsonArray{"title"}) << "invalid_field";
    QTest::newRow("task: empty title") << task({{"title", ""}}) << "invalid_field";
    QTest::newRow("task: blank title") << task({{"title", "   "}}) << "invalid_field";
    QTest::newRow("task: 201-character title") << task({{"title", QString(201, u'a')}}) << "invalid_field";
    QTest::newRow("task: title with a line break") << task({{"title", "a\nb"}}) << "invalid_field";
    QTest::newRow("task: 5001-character notes")
        << task({{"title", "x"}, {"notes", QString(5001, u'n')}}) << "invalid_field";
    QTest::newRow("task: unknown status") << task({{"title", "x"}, {"status", "later"}}) << "invalid_field";
    QTest::newRow("task: numeric priority") << task({{"title", "x"}, {"priority", 3}}) << "invalid_field";
    QTest::newRow("task: impossible due_date")
        << task({{"title", "x"}, {"due_date", "2026-02-30"}}) << "invalid_field";
    QTest::newRow("task: due_date with time")
        << task({{"title", "x"}, {"due_date", "2026-02-03T10:00"}}) << "invalid_field";
    QTest::newRow("task: malformed course_id")
        << task({{"title", "x"}, {"course_id", "Clean Water"}}) << "invalid_field";
    QTest::newRow("task: new without title") << task({{"notes", "no title"}}) << "missing_field";
    QTest::newRow("journal: mood 6") << journal({{"mood", 6}}) << "invalid_field";
    QTest::newRow("journal: mood 2.5") << journal({{"mood", 2.5}}) << "invalid_field";
    QTest::newRow("journal: 20001-character text")
        << journal({{"text", QString(20001, u't')}}) << "invalid_field";
    QTest::newRow("journal: bad date") << journal({{"date", "yesterday"}}) << "invalid_field";
    QJsonArray manyTags;
    for (int i = 0; i < 21; ++i)
        manyTags.append(QStringLiteral("tag%1").arg(i));
    QTest::newRow("journal: 21 tags") << journal({{"tags", manyTags}}) << "invalid_field";
    QTest::newRow("journal: 41-character tag")
        << journal({{"tags", QJsonArray{QString(41, u'g')}}}) << "invalid_field";
    QTest::newRow("journal: tag not a string") << journal({{"tags", QJsonArray{1}}}) << "invalid_field";
    QJsonObject manyScores;
    for (int i = 0; i < 21; ++i)
        manyScores.insert(QStringLiteral("s%1").arg(i), i);
    QTest::newRow("journal: 21 scores") << journal({{"scores", manyScores}}) << "invalid_field";
    QTest::newRow("journal: score not a number")
        << journal({{"scores", QJsonObject{{"sleep", "good"}}}}) << "invalid_field";
    QTest::newRow("journal: resolve_conflict not a bool")
        << journal({{"resolve_conflict", "yes"}}) << "invalid_field";
    QTest::newRow("journal: new without mood")
        << QJsonValue(upsert(Journal, newUuid(), 0, {{"date", "2026-11-20"}})) << "missing_field";
    QTest::newRow("progress: percent 101") << progress({{"percent", 101}}) << "invalid_field";
    QTest::newRow("progress: percent -1") << progress({{"percent", -1}}) << "invalid_field";
    QTest::newRow("progress: completed_at without offset")
        << progress({{"completed_at", "2026-11-20T10:00:00"}}) << "invalid_field";
    QTest::newRow("progress: negative time")
        << progress({{"time_spent_delta_seconds", -5}}) << "invalid_field";
    QTest::newRow("progress: more than a day")
        << progress({{"time_spent_delta_seconds", 86401}}) << "invalid_field";
    QTest::newRow("progress: no lesson_id")
        << QJsonValue(upsert(Progress, newUuid(), 0, {{"course_id", "clean-water"}})) << "invalid_field";
    QTest::newRow("progress: delete") << QJsonValue(removal(Progress, newUuid(), 1)) << "op_not_allowed";
}

void TestServerSyncProtocol::rejectedMutations() {
    QFETCH(QJsonValue, mutation);
    QFETCH(QString, reason);
    SyncUser user(m_server, m_client);
    const QJsonObject valid = newTask("Still applied");
    // A bad mutation fails alone: the ones around it in the push are applied.
    const QJsonArray results = user.pushResults({valid, mutation, newTask("After")});
    QCOMPARE(results.size(), 3);
    const QJsonObject rejected = results.at(1).toObject();
    QCOMPARE(rejected.value("status"), QJsonValue("rejected"));
    QCOMPARE(rejected.value("reason").toString(), reason);
    QVERIFY(!rejected.value("message").toString().isEmpty());
    QVERIFY(!rejected.contains("record"));
    QCOMPARE(rejected.value("mutation_id"), mutation.toObject().value("mutation_id").isString()
                                                ? mutation.toObject().value("mutation_id")
                                                : QJsonValue());
    QCOMPARE(results.at(0).toObject().value("status"), QJsonValue("applied"));
    QCOMPARE(results.at(2).toObject().value("status"), QJsonValue("applied"));
    QCOMPARE(user.records().size(), 2);
    // Not remembered as processed: sent again, it is judged again rather than answered as a duplicate.
    QCOMPARE(user.pushResults({mutation}).at(0).toObject().value("status"), QJsonValue("rejected"));
}

void TestServerSyncProtocol::rejectedAgainstTheStoredRecord() {
    SyncUser user(m_server, m_client);
    const QString taskId = newUuid();
    QCOMPARE(user.pushOne(upsert(Task, taskId, 0, {{"title", "A task"}})).value("status"),
             QJsonValue("applied"));
    const QJsonObject asJournal =
        user.pushOne(upsert(Journal, taskId, 1, {{"date", "2026-11-20"}, {"mood", 2}}));
    QCOMPARE(asJournal.value("status"), QJsonValue("rejected"));
    QCOMPARE(asJournal.value("reason"), QJsonValue("entity_mismatch"));

    const QString progressId = newUuid();
    QCOMPARE(
        user.pushOne(upsert(Progress, progressId, 0, {{"course_id", "clean-water"}, {"lesson_id", "boil"}}))
            .value("status"),
        QJsonValue("applied"));
    const QJsonObject otherLesson = user.pushOne(upsert(
        Progress, progressId, 1, {{"course_id", "clean-water"}, {"lesson_id", "filter"}, {"percent", 90}}));
    QCOMPARE(otherLesson.value("status"), QJsonValue("rejected"));
    QCOMPARE(otherLesson.value("reason"), QJsonValue("invalid_field"));
    QCOMPARE(user.records().value(progressId).value("fields").toObject().value("percent"), QJsonValue(0));
    QCOMPARE(user.records().value(taskId).value("entity"), QJsonValue("task"));
}

void TestServerSyncProtocol::unknownFieldsAreIgnored() {
    // A newer app may send a field this server does not know: the rest of the edit still lands.
    SyncUser user(m_server, m_client);
    const QJsonObject result = user.pushOne(
        upsert(Task, newUuid(), 0, {{"title", "Known"}, {"colour", "green"}, {"history", QJsonArray{1}}}));
    QCOMPARE(result.value("status"), QJsonValue("applied"));
    const QJsonObject record = result.value("record").toObject();
    QCOMPARE(record.value("fields").toObject().value("title"), QJsonValue("Known"));
    QVERIFY(!record.value("fields").toObject().contains("colour"));
    QVERIFY(!record.value("fields").toObject().contains("history"));
    QCOMPARE(record.value("history"), QJsonValue(QJsonArray()));
}

void TestServerSyncProtocol::batchLimits() {
    SyncUser user(m_server, m_client);
    const HttpReply hundred = user.push(newTasks(100, "Hundred"));
    QCOMPARE(hundred.status, 200);
    QCOMPARE(hundred.data().toObject().value("results").toArray().size(), 100);

    const HttpReply tooMany = user.push(newTasks(101, "Too many"));
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(errorCodeOf(tooMany), QStringLiteral("too_many_mutations"));
    const QString problem = envelopeProblem(tooMany, false, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // 60 journal entries of 5,000 characters: about 300 KB, over the 256 KiB of a push.
    QJsonArray large;
    for (int i = 0; i < 60; ++i)
        large.append(upsert(Journal, newUuid(), 0,
                            {{"date", "2026-11-20"}, {"mood", 3}, {"text", QString(5000, u'k')}}));
    QVERIFY(pushBody(large).size() > 256 * 1024);
    const HttpReply tooLarge = user.push(large);
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(errorCodeOf(tooLarge), QStringLiteral("payload_too_large"));
    // Just under the limit is fine.
    while (pushBody(large).size() > 250 * 1024)
        large.removeLast();
    QCOMPARE(user.push(large).status, 200);
    // Nothing of the refused pushes was applied.
    QCOMPARE(user.records().size(), 100 + large.size());
}

void TestServerSyncProtocol::badPushBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no body") << QByteArray() << 400 << "invalid_body";
    QTest::newRow("not JSON") << QByteArray("mutations=1") << 400 << "invalid_body";
    QTest::newRow("array") << QByteArray("[]") << 400 << "invalid_body";
    QTest::newRow("no client_id") << QByteArray(R"({"mutations": []})") << 400 << "invalid_body";
    QTest::newRow("numeric client_id")
        << QByteArray(R"({"client_id": 7, "mutations": []})") << 400 << "invalid_body";
    QTest::newRow("empty client_id") << QByteArray(R"({"client_id": "", "mutations": []})") << 400
                                     << "invalid_parameter";
    QTest::newRow("no mutations") << QByteArray(R"({"client_id": "a"})") << 400 << "invalid_body";
    QTest::newRow("mutations an object")
        << QByteArray(R"({"client_id": "a", "mutations": {}})") << 400 << "invalid_body";
    QTest::newRow("empty push") << QByteArray(R"({"client_id": "a", "mutations": []})") << 200 << "";
}

void TestServerSyncProtocol::badPushBodies() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    SyncUser user(m_server, m_client);
    const HttpReply reply =
        m_client.send("POST", m_server.url("/mobile-api/sync/push"), body, bearer(user.token()));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    if (status == 200) {
        QCOMPARE(reply.data().toObject().value("results"), QJsonValue(QJsonArray()));
        QCOMPARE(reply.data().toObject().value("cursor"), QJsonValue(0));
    }
}

void TestServerSyncProtocol::pullPages() {
    SyncUser user(m_server, m_client);
    const QJsonArray mutations = newTasks(25, "Page");
    QCOMPARE(user.pushResults(mutations).size(), 25);
    QStringList pushed;
    for (const QJsonValue &mutation : mutations)
        pushed.append(mutation.toObject().value("record_id").toString());

    QStringList pulled;
    qint64 cursor = 0;
    const QList<std::pair<int, bool>> pages{{10, true}, {10, true}, {5, false}};
    for (const auto &[size, hasMore] : pages) {
        const HttpReply reply = user.pull(cursor, 10);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(!reply.hasHeader("ETag"));
        const QJsonObject data = reply.data().toObject();
        QCOMPARE(data.value("changes").toArray().size(), size);
        QCOMPARE(data.value("hasMore").toBool(), hasMore);
        QVERIFY(data.value("cursor").toInteger() > cursor);
        cursor = data.value("cursor").toInteger();
        pulled += recordIds(data.value("changes").toArray());
    }
    // Change order: the order they were pushed in.
    QCOMPARE(pulled, pushed);
    // At the end: nothing, the same cursor.
    const QJsonObject end = user.pull(cursor, 10).data().toObject();
    QCOMPARE(end.value("changes"), QJsonValue(QJsonArray()));
    QCOMPARE(end.value("cursor").toInteger(), cursor);
    QCOMPARE(end.value("hasMore"), QJsonValue(false));

    // A changed record moves to the end of the change order: the next pull brings just it.
    const QString third = pushed.at(2);
    QCOMPARE(user.pushOne(upsert(Task, third, 1, {{"priority", "high"}})).value("status"),
             QJsonValue("applied"));
    const QJsonObject next = user.pull(cursor, 10).data().toObject();
    QCOMPARE(recordIds(next.value("changes").toArray()), QStringList{third});
    QCOMPARE(next.value("changes").toArray().at(0).toObject().value("version"), QJsonValue(2));
    // A pull from the start lists every record once, in its newest version.
    const QJsonArray all = user.pullAll(0);
    QCOMPARE(all.size(), 25);
    QCOMPARE(recordIds(all).last(), third);

    // Without a limit: 200 per page.
    QCOMPARE(user.pushResults(newTasks(100, "More")).size(), 100);
    QCOMPARE(user.pushResults(newTasks(100, "More")).size(), 100);
    const QJsonObject defaultPage = user.pull(0).data().toObject();
    QCOMPARE(defaultPage.value("changes").toArray().size(), 200);
    QCOMPARE(defaultPage.value("hasMore"), QJsonValue(true));
    QCOMPARE(user.pull(0, 500).data().toObject().value("changes").toArray().size(), 225);
}

void TestServerSyncProtocol::pullParameters_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("limit 0") << "cursor=0&limit=0" << 400;
    QTest::newRow("limit 501") << "cursor=0&limit=501" << 400;
    QTest::newRow("limit abc") << "limit=abc" << 400;
    QTest::newRow("negative cursor") << "cursor=-1" << 400;
    QTest::newRow("cursor twice") << "cursor=1&cursor=2" << 400;
    QTest::newRow("cursor beyond the end") << "cursor=99999" << 200;
    QTest::newRow("no parameters") << "" << 200;
    QTest::newRow("limit 500") << "limit=500" << 200;
}

void TestServerSyncProtocol::pullParameters() {
    QFETCH(QString, query);
    QFETCH(int, status);
    SyncUser user(m_server, m_client);
    const HttpReply reply =
        m_client.get(m_server.url("/mobile-api/sync/pull?" + query), bearer(user.token()));
    QCOMPARE(reply.status, status);
    if (status == 400)
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_parameter"));
}

void TestServerSyncProtocol::tombstonesArePulled() {
    SyncUser user(m_server, m_client);
    const QString id = newUuid();
    user.pushOne(upsert(Journal, id, 0, {{"date", "2026-11-20"}, {"mood", 2}, {"text", "Private"}}));
    qint64 cursor = 0;
    QCOMPARE(user.pullAll(0, &cursor).size(), 1);
    QCOMPARE(user.pushOne(removal(Journal, id, 1)).value("status"), QJsonValue("applied"));
    const QJsonArray changes = user.pullAll(cursor);
    QCOMPARE(changes.size(), 1);
    const QJsonObject tombstone = changes.first().toObject();
    QCOMPARE(tombstone.value("record_id"), QJsonValue(id));
    QCOMPARE(tombstone.value("deleted"), QJsonValue(true));
    QCOMPARE(tombstone.value("version"), QJsonValue(2));
    // A device that starts from scratch learns of the deletion as well.
    QCOMPARE(user.pullAll(0), changes);
}

void TestServerSyncProtocol::repeatedAndOutOfOrderPullsAreHarmless() {
    SyncUser user(m_server, m_client);
    QCOMPARE(user.pushResults(newTasks(30, "Again")).size(), 30);
    const QJsonObject first = user.pull(0, 10).data().toObject();
    const qint64 middle = first.value("cursor").toInteger();
    const QJsonObject second = user.pull(middle, 10).data().toObject();
    // The same pull again (a lost answer, a second device on an old cursor) gives the same records.
    QCOMPARE(user.pull(0, 10).data().toObject(), first);
    QCOMPARE(user.pull(middle, 10).data().toObject(), second);
    // Pages fetched in any order add up to everything, once each.
    const QJsonObject third = user.pull(second.value("cursor").toInteger(), 10).data().toObject();
    QStringList ids = recordIds(third.value("changes").toArray()) +
                      recordIds(first.value("changes").toArray()) +
                      recordIds(second.value("changes").toArray());
    ids.sort();
    QStringList all = recordIds(user.pullAll(0));
    all.sort();
    QCOMPARE(ids, all);
    QCOMPARE(all.size(), 30);
}

void TestServerSyncProtocol::usersAreIsolated() {
    SyncUser ana(m_server, m_client);
    SyncUser sam(m_server, m_client);
    const QString shared = newUuid();
    const QString mutationId = newUuid();
    const QJsonObject anas = ana.pushOne(upsert(Task, shared, 0, {{"title", "Ana's task"}}, mutationId));
    QCOMPARE(anas.value("status"), QJsonValue("applied"));

    // The same record id — and even the same mutation id — from Sam makes Sam's own record.
    const QJsonObject sams = sam.pushOne(upsert(Task, shared, 0, {{"title", "Sam's task"}}, mutationId));
    QCOMPARE(sams.value("status"), QJsonValue("applied"));
    QCOMPARE(sams.value("version"), QJsonValue(1));
    QCOMPARE(sams.value("record").toObject().value("history"), QJsonValue(QJsonArray()));
    QCOMPARE(sam.pushOne(upsert(Task, shared, 1, {{"status", "done"}})).value("status"),
             QJsonValue("applied"));
    QCOMPARE(sam.pushOne(removal(Task, shared, 2)).value("status"), QJsonValue("applied"));

    const QJsonArray anaPull = ana.pullAll(0);
    QCOMPARE(anaPull.size(), 1);
    const QJsonObject anaRecord = anaPull.first().toObject();
    QCOMPARE(anaRecord, anas.value("record").toObject());
    QCOMPARE(anaRecord.value("deleted"), QJsonValue(false));
    const QJsonArray samPull = sam.pullAll(0);
    QCOMPARE(samPull.size(), 1);
    QCOMPARE(samPull.first().toObject().value("fields").toObject().value("title"), QJsonValue("Sam's task"));
    QCOMPARE(samPull.first().toObject().value("deleted"), QJsonValue(true));
    // Cursors are per user: Sam's changes do not show up after Ana's cursor.
    QCOMPARE(ana.pull(0).data().toObject().value("cursor"), QJsonValue(1));
    const QJsonObject anaExport = ana.exportData().data().toObject().value("sync").toObject();
    QCOMPARE(anaExport.value("tasks").toArray().size(), 1);
    QCOMPARE(anaExport.value("mutations").toArray().size(), 1);
}

void TestServerSyncProtocol::authenticationIsRequired_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    for (const auto &[method, path] :
         {std::pair<QByteArray, QString>{"POST", "/mobile-api/sync/push"},
          std::pair<QByteArray, QString>{"GET", "/mobile-api/sync/pull?cursor=0"}}) {
        QTest::addRow("%s, no token", method.constData()) << method << path << QByteArray();
        QTest::addRow("%s, unknown token", method.constData()) << method << path << QByteArray("Bearer nope");
        QTest::addRow("%s, basic auth", method.constData()) << method << path << QByteArray("Basic YTpi");
    }
}

void TestServerSyncProtocol::authenticationIsRequired() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    HeaderList headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpReply reply = m_client.send(method, m_server.url(path), pushBody({newTask("Sneaky")}), headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer realm=\"tekpounou\""));
    const QString problem = envelopeProblem(reply, false, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestServerSyncProtocol::exportAndDeletion() {
    SyncUser user(m_server, m_client);
    const QJsonArray results = user.pushResults({
        newTask("Export me"),
        upsert(Journal, newUuid(), 0, {{"date", "2026-11-20"}, {"mood", 5}, {"text", "Mine"}}),
        upsert(Progress, newUuid(), 0,
               {{"course_id", "clean-water"}, {"lesson_id", "boil"}, {"percent", 10}}),
    });
    QCOMPARE(results.size(), 3);
    const HttpReply exported = user.exportData();
    QCOMPARE(exported.status, 200);
    const QJsonObject sync = exported.data().toObject().value("sync").toObject();
    QCOMPARE(sync.value("tasks").toArray(), QJsonArray{results.at(0).toObject().value("record")});
    QCOMPARE(sync.value("journal").toArray(), QJsonArray{results.at(1).toObject().value("record")});
    QCOMPARE(sync.value("progress").toArray(), QJsonArray{results.at(2).toObject().value("record")});
    const QJsonArray mutations = sync.value("mutations").toArray();
    QCOMPARE(mutations.size(), 3);
    QCOMPARE(mutations.at(0).toObject().value("client_id"), QJsonValue("device-a"));
    QCOMPARE(mutations.at(0).toObject().value("result"), results.at(0));

    const HttpReply deleted =
        m_client.send("DELETE", m_server.url("/mobile-api/user"), {}, bearer(user.token()));
    QCOMPARE(deleted.status, 200);
    // Nothing of the account is left in the sync tables.
    QSqlDatabase db = TestServer::openDatabase(m_server.dataDir(), "inspect-sync");
    QVERIFY(db.isOpen());
    for (const char *table : {"sync_records", "sync_mutations"}) {
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE user_id = ?").arg(table)));
        query.addBindValue(user.id());
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("inspect-sync");
}

QTEST_GUILESS_MAIN(TestServerSyncProtocol)
#include "tst_server_sync_protocol.moc"
