// The merge rules of offline sync (docs/sync.md, Merge rules), against the real server over HTTPS: tasks
// field by field with history, delete against edit in both orders, journal entries that keep both
// versions and are resolved, edits that bring a deleted entry back, and progress that only grows in any
// order.

#include "tst_server_sync_support.h"

#include <QTest>

#include <algorithm>

namespace {

const QString Task = QStringLiteral("task");
const QString Journal = QStringLiteral("journal");
const QString Progress = QStringLiteral("progress");

QJsonObject fieldsOf(const QJsonObject &result) {
    return result.value("record").toObject().value("fields").toObject();
}

// The history entries without their times, which the test cannot know.
QJsonArray historyOf(const QJsonObject &record) {
    QJsonArray entries;
    for (const QJsonValue &entry : record.value("history").toArray()) {
        entries.append(QJsonObject{{"field", entry.toObject().value("field")},
                                   {"value", entry.toObject().value("value")}});
    }
    return entries;
}

// Two devices of one learner.
const QString Phone = QStringLiteral("phone");
const QString Tablet = QStringLiteral("tablet");

} // namespace

class TestServerSyncMerge : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void taskFieldByField_data();
    void taskFieldByField();
    void taskHistoryKeepsTheLatestFifty();
    void deleteWinsOverEdit_data();
    void deleteWinsOverEdit();
    void deleteIsIdempotent();
    void journalConcurrentEditsKeepBoth();
    void journalResolveNeedsTheCurrentVersion();
    void journalOwnQueuedEditsDoNotConflict();
    void journalEditsThatDoNotCollide_data();
    void journalEditsThatDoNotCollide();
    void journalEditAfterDeleteRevives();
    void progressIsOrderIndependent_data();
    void progressIsOrderIndependent();
    void progressReplayAddsNoTime();

private:
    TestServer m_server{QStringList{}};
    ApiClient m_client{testTlsConfiguration()};
    std::unique_ptr<SyncUser> m_user;
};

void TestServerSyncMerge::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_user = std::make_unique<SyncUser>(m_server, m_client);
    QVERIFY(m_user->isValid());
}

void TestServerSyncMerge::taskFieldByField_data() {
    // The phone creates the task (version 1) and edits it (version 2); then comes the edit of device.
    QTest::addColumn<QJsonObject>("otherEdit");
    QTest::addColumn<QString>("device");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<QJsonObject>("edit");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<QJsonObject>("expected"); // fields to check afterwards
    QTest::addColumn<QJsonArray>("history");

    QTest::newRow("current base applies as is")
        << QJsonObject{{"title", "B"}} << Tablet << qint64(2) << QJsonObject{{"title", "C"}} << "applied"
        << qint64(3) << QJsonObject{{"title", "C"}} << QJsonArray();
    QTest::newRow("stale base, other fields")
        << QJsonObject{{"status", "done"}} << Tablet << qint64(1) << QJsonObject{{"priority", "high"}}
        << "applied" << qint64(3) << QJsonObject{{"status", "done"}, {"priority", "high"}, {"title", "A"}}
        << QJsonArray();
    QTest::newRow("stale base, same field")
        << QJsonObject{{"title", "B"}} << Tablet << qint64(1) << QJsonObject{{"title", "C"}} << "conflict"
        << qint64(3) << QJsonObject{{"title", "C"}}
        << QJsonArray{QJsonObject{{"field", "title"}, {"value", "B"}}};
    QTest::newRow("stale base, same field, same value")
        << QJsonObject{{"title", "B"}} << Tablet << qint64(1) << QJsonObject{{"title", "B"}} << "applied"
        << qint64(2) << QJsonObject{{"title", "B"}} << QJsonArray();
    QTest::newRow("stale base, one collision among others")
        << QJsonObject{{"title", "B"}, {"notes", "from the phone"}} << Tablet << qint64(1)
        << QJsonObject{{"title", "C"}, {"priority", "low"}} << "conflict" << qint64(3)
        << QJsonObject{{"title", "C"}, {"notes", "from the phone"}, {"priority", "low"}}
        << QJsonArray{QJsonObject{{"field", "title"}, {"value", "B"}}};
    QTest::newRow("stale base, two collisions, null wins too")
        << QJsonObject{{"due_date", "2026-03-01"}, {"course_id", "math-counting-money"}} << Tablet
        << qint64(1) << QJsonObject{{"due_date", QJsonValue()}, {"course_id", "clean-water"}} << "conflict"
        << qint64(3)
        << QJsonObject{{"due_date", QJsonValue()}, {"course_id", "clean-water"}}
        // One mutation's losers in the order of their names.
        << QJsonArray{QJsonObject{{"field", "course_id"}, {"value", "math-counting-money"}},
                      QJsonObject{{"field", "due_date"}, {"value", "2026-03-01"}}};
    QTest::newRow("base 0: a device that never saw the task")
        << QJsonObject{{"status", "in_progress"}} << Tablet << qint64(0) << QJsonObject{{"status", "done"}}
        << "conflict" << qint64(3) << QJsonObject{{"status", "done"}}
        << QJsonArray{QJsonObject{{"field", "status"}, {"value", "in_progress"}}};
    QTest::newRow("same device, stale base: its own earlier edit")
        << QJsonObject{{"title", "B"}} << Phone << qint64(1) << QJsonObject{{"title", "C"}} << "applied"
        << qint64(3) << QJsonObject{{"title", "C"}} << QJsonArray();
}

void TestServerSyncMerge::taskFieldByField() {
    QFETCH(QJsonObject, otherEdit);
    QFETCH(QString, device);
    QFETCH(qint64, base);
    QFETCH(QJsonObject, edit);
    QFETCH(QString, status);
    QFETCH(qint64, version);
    QFETCH(QJsonObject, expected);
    QFETCH(QJsonArray, history);

    const QString id = newUuid();
    QCOMPARE(m_user->pushOne(upsert(Task, id, 0, {{"title", "A"}}), Phone).value("version"), QJsonValue(1));
    QCOMPARE(m_user->pushOne(upsert(Task, id, 1, otherEdit), Phone).value("status"), QJsonValue("applied"));
    const QJsonObject result = m_user->pushOne(upsert(Task, id, base, edit), device);
    QCOMPARE(result.value("status").toString(), status);
    QCOMPARE(result.value("version").toInteger(), version);
    const QJsonObject fields = fieldsOf(result);
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(fields.value(it.key()), it.value());
    QCOMPARE(historyOf(result.value("record").toObject()), history);
    // The record clients pull is the one the push answered with.
    QCOMPARE(m_user->records().value(id), result.value("record").toObject());
}

void TestServerSyncMerge::taskHistoryKeepsTheLatestFifty() {
    const QString id = newUuid();
    QCOMPARE(m_user->pushOne(upsert(Task, id, 0, {{"title", "t0"}})).value("status"), QJsonValue("applied"));
    // Every edit comes from another device that last saw version 1: from the second on, each collides.
    QJsonArray results;
    for (int i = 1; i <= 60; ++i) {
        const QJsonObject edit = upsert(Task, id, 1, {{"title", QStringLiteral("t%1").arg(i)}});
        results.append(m_user->pushOne(edit, QStringLiteral("device-%1").arg(i)));
    }
    QCOMPARE(results.size(), 60);
    QCOMPARE(results.at(0).toObject().value("status"), QJsonValue("applied"));
    QCOMPARE(results.at(59).toObject().value("status"), QJsonValue("conflict"));
    const QJsonArray history =
        results.at(59).toObject().value("record").toObject().value("history").toArray();
    QCOMPARE(history.size(), 50);
    // Oldest first; t1..t59 lost in turn, the first nine fell off.
    QCOMPARE(history.first().toObject().value("value"), QJsonValue("t10"));
    QCOMPARE(history.last().toObject().value("value"), QJsonValue("t59"));
    QVERIFY(!history.last().toObject().value("replaced_at").toString().isEmpty());
    QCOMPARE(fieldsOf(results.at(59).toObject()).value("title"), QJsonValue("t60"));
}

void TestServerSyncMerge::deleteWinsOverEdit_data() {
    QTest::addColumn<bool>("deleteFirst");
    QTest::newRow("edit, then delete from an older base") << false;
    QTest::newRow("delete, then edit from an older base") << true;
}

void TestServerSyncMerge::deleteWinsOverEdit() {
    QFETCH(bool, deleteFirst);
    const QString id = newUuid();
    QCOMPARE(m_user->pushOne(upsert(Task, id, 0, {{"title", "Water the garden"}})).value("version"),
             QJsonValue(1));
    const QJsonObject edit = upsert(Task, id, 1, {{"title", "Water the garden twice"}, {"status", "done"}});
    const QJsonObject remove = removal(Task, id, 1);
    const QJsonObject first = m_user->pushOne(deleteFirst ? remove : edit, Phone);
    QCOMPARE(first.value("status"), QJsonValue("applied"));
    const QJsonObject second = m_user->pushOne(deleteFirst ? edit : remove, Tablet);
    // Both ways the task ends deleted; an edit that arrives after the delete is told so.
    QCOMPARE(second.value("status"), QJsonValue(deleteFirst ? "conflict" : "applied"));
    const QJsonObject record = second.value("record").toObject();
    QCOMPARE(record.value("deleted"), QJsonValue(true));
    QCOMPARE(record.value("version").toInteger(), deleteFirst ? 2 : 3);
    QCOMPARE(record.value("fields").toObject().value("title"),
             QJsonValue(deleteFirst ? "Water the garden" : "Water the garden twice"));
    QCOMPARE(m_user->records().value(id), record);
}

void TestServerSyncMerge::deleteIsIdempotent() {
    const QString id = newUuid();
    // A delete of a task the server has not seen yet leaves a tombstone, so the creation arriving later
    // from another device finds it deleted.
    const QJsonObject first = m_user->pushOne(removal(Task, id, 0));
    QCOMPARE(first.value("status"), QJsonValue("applied"));
    QCOMPARE(first.value("version"), QJsonValue(1));
    QCOMPARE(first.value("record").toObject().value("deleted"), QJsonValue(true));
    const QJsonObject again = m_user->pushOne(removal(Task, id, 1));
    QCOMPARE(again.value("status"), QJsonValue("applied"));
    QCOMPARE(again.value("version"), QJsonValue(1));
    const QJsonObject late = m_user->pushOne(upsert(Task, id, 0, {{"title", "Created offline"}}));
    QCOMPARE(late.value("status"), QJsonValue("conflict"));
    QCOMPARE(late.value("record").toObject().value("deleted"), QJsonValue(true));
    QCOMPARE(late.value("version"), QJsonValue(1));
}

void TestServerSyncMerge::journalConcurrentEditsKeepBoth() {
    const QString id = newUuid();
    const QJsonObject created = m_user->pushOne(
        upsert(Journal, id, 0, {{"date", "2026-11-20"}, {"mood", 3}, {"text", "Morning"}}), Phone);
    QCOMPARE(created.value("status"), QJsonValue("applied"));
    QCOMPARE(created.value("record").toObject().value("conflicted"), QJsonValue(false));

    // The phone and the tablet both edit version 1 offline; the phone's edit arrives first.
    const QJsonObject phone =
        m_user->pushOne(upsert(Journal, id, 1, {{"text", "Morning at the market"}}), Phone);
    QCOMPARE(phone.value("status"), QJsonValue("applied"));
    const QJsonObject tablet = m_user->pushOne(
        upsert(Journal, id, 1, {{"text", "Morning at school"}, {"mood", 4}, {"tags", QJsonArray{"school"}}}),
        Tablet);
    QCOMPARE(tablet.value("status"), QJsonValue("conflict"));
    QCOMPARE(tablet.value("version"), QJsonValue(3));
    const QJsonObject record = tablet.value("record").toObject();
    QCOMPARE(record.value("fields").toObject().value("text"), QJsonValue("Morning at school"));
    QCOMPARE(record.value("fields").toObject().value("mood"), QJsonValue(4));
    QCOMPARE(record.value("conflicted"), QJsonValue(true));
    const QJsonArray versions = record.value("conflict_versions").toArray();
    QCOMPARE(versions.size(), 1);
    const QJsonObject kept = versions.first().toObject();
    QCOMPARE(kept.value("text"), QJsonValue("Morning at the market"));
    QCOMPARE(kept.value("mood"), QJsonValue(3));
    QCOMPARE(kept.value("tags"), QJsonValue(QJsonArray()));
    QCOMPARE(kept.value("scores"), QJsonValue());
    QCOMPARE(kept.value("date"), QJsonValue("2026-11-20"));
    QCOMPARE(kept.value("saved_at"), phone.value("record").toObject().value("updated_at"));
    QCOMPARE(m_user->records().value(id), record);

    // The learner merges the two texts on the current version and marks the conflict resolved.
    const QJsonObject resolved = m_user->pushOne(
        upsert(Journal, id, 3, {{"text", "Morning at the market, then school"}, {"resolve_conflict", true}}),
        Phone);
    QCOMPARE(resolved.value("status"), QJsonValue("applied"));
    QCOMPARE(resolved.value("version"), QJsonValue(4));
    const QJsonObject after = resolved.value("record").toObject();
    QCOMPARE(after.value("conflicted"), QJsonValue(false));
    QCOMPARE(after.value("conflict_versions"), QJsonValue(QJsonArray()));
    QCOMPARE(after.value("fields").toObject().value("text"),
             QJsonValue("Morning at the market, then school"));
    QVERIFY(!after.value("fields").toObject().contains("resolve_conflict"));
}

void TestServerSyncMerge::journalResolveNeedsTheCurrentVersion() {
    const QString id = newUuid();
    m_user->pushOne(upsert(Journal, id, 0, {{"date", "2026-11-21"}, {"mood", 2}, {"text", "one"}}), Phone);
    m_user->pushOne(upsert(Journal, id, 1, {{"text", "two"}}), Phone);
    QCOMPARE(m_user->pushOne(upsert(Journal, id, 1, {{"text", "three"}}), Tablet).value("status"),
             QJsonValue("conflict"));
    // The phone resolves on version 2: it has not seen version 3, so this is one more concurrent edit.
    const QJsonObject stale =
        m_user->pushOne(upsert(Journal, id, 2, {{"text", "four"}, {"resolve_conflict", true}}), Phone);
    QCOMPARE(stale.value("status"), QJsonValue("conflict"));
    const QJsonObject record = stale.value("record").toObject();
    QCOMPARE(record.value("conflicted"), QJsonValue(true));
    QCOMPARE(record.value("conflict_versions").toArray().size(), 2);
    QCOMPARE(record.value("conflict_versions").toArray().at(1).toObject().value("text"), QJsonValue("three"));
    // Resolving on the current version without changing the text also clears the versions.
    const QJsonObject resolved =
        m_user->pushOne(upsert(Journal, id, 4, {{"resolve_conflict", true}}), Tablet);
    QCOMPARE(resolved.value("status"), QJsonValue("applied"));
    QCOMPARE(resolved.value("record").toObject().value("conflicted"), QJsonValue(false));
    QCOMPARE(resolved.value("record").toObject().value("conflict_versions"), QJsonValue(QJsonArray()));
    QCOMPARE(resolved.value("record").toObject().value("fields").toObject().value("text"),
             QJsonValue("four"));
}

void TestServerSyncMerge::journalOwnQueuedEditsDoNotConflict() {
    const QString id = newUuid();
    m_user->pushOne(upsert(Journal, id, 0, {{"date", "2026-11-22"}, {"mood", 3}, {"text", "Draft"}}), Phone);
    // Offline, the phone saved the entry three times, each on the version it knew: 1. Queued, they arrive
    // together; each builds on the one before.
    const QJsonArray results = m_user->pushResults({upsert(Journal, id, 1, {{"text", "Draft, more"}}),
                                                    upsert(Journal, id, 1, {{"text", "Draft, more, done"}}),
                                                    upsert(Journal, id, 1, {{"mood", 5}})},
                                                   Phone);
    QCOMPARE(results.size(), 3);
    for (const QJsonValue &result : results)
        QCOMPARE(result.toObject().value("status"), QJsonValue("applied"));
    const QJsonObject record = results.last().toObject().value("record").toObject();
    QCOMPARE(record.value("conflicted"), QJsonValue(false));
    QCOMPARE(record.value("version"), QJsonValue(4));
    QCOMPARE(record.value("fields").toObject().value("text"), QJsonValue("Draft, more, done"));
    QCOMPARE(record.value("fields").toObject().value("mood"), QJsonValue(5));
    // The tablet's edit on version 1 arrives after them: that one collides.
    QCOMPARE(m_user->pushOne(upsert(Journal, id, 1, {{"text", "Tablet's draft"}}), Tablet).value("status"),
             QJsonValue("conflict"));
}

void TestServerSyncMerge::journalEditsThatDoNotCollide_data() {
    QTest::addColumn<QJsonObject>("otherEdit"); // version 1 → 2
    QTest::addColumn<QJsonObject>("edit");      // from base 1
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("server changed only the date")
        << QJsonObject{{"date", "2026-11-19"}} << QJsonObject{{"text", "Evening"}}
        << QJsonObject{{"date", "2026-11-19"}, {"text", "Evening"}};
    QTest::newRow("this edit changes only the date")
        << QJsonObject{{"text", "Evening"}} << QJsonObject{{"date", "2026-11-18"}}
        << QJsonObject{{"date", "2026-11-18"}, {"text", "Evening"}};
    QTest::newRow("both wrote the same text")
        << QJsonObject{{"text", "Same"}} << QJsonObject{{"text", "Same"}} << QJsonObject{{"text", "Same"}};
}

void TestServerSyncMerge::journalEditsThatDoNotCollide() {
    QFETCH(QJsonObject, otherEdit);
    QFETCH(QJsonObject, edit);
    QFETCH(QJsonObject, expected);
    const QString id = newUuid();
    m_user->pushOne(upsert(Journal, id, 0, {{"date", "2026-11-20"}, {"mood", 5}, {"text", "Start"}}), Phone);
    QCOMPARE(m_user->pushOne(upsert(Journal, id, 1, otherEdit), Phone).value("status"),
             QJsonValue("applied"));
    const QJsonObject result = m_user->pushOne(upsert(Journal, id, 1, edit), Tablet);
    QCOMPARE(result.value("status"), QJsonValue("applied"));
    const QJsonObject record = result.value("record").toObject();
    QCOMPARE(record.value("conflicted"), QJsonValue(false));
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(record.value("fields").toObject().value(it.key()), it.value());
}

void TestServerSyncMerge::journalEditAfterDeleteRevives() {
    const QString id = newUuid();
    m_user->pushOne(upsert(Journal, id, 0,
                           {{"date", "2026-11-15"},
                            {"mood", 1},
                            {"text", "Hard day"},
                            {"scores", QJsonObject{{"sleep", 4.5}}}}));
    QCOMPARE(m_user->pushOne(removal(Journal, id, 1)).value("record").toObject().value("deleted"),
             QJsonValue(true));
    // Another device, still on version 1, adds to the text: the entry comes back with everything in it.
    const QJsonObject revived =
        m_user->pushOne(upsert(Journal, id, 1, {{"text", "Hard day, better evening"}}));
    QCOMPARE(revived.value("status"), QJsonValue("applied"));
    QCOMPARE(revived.value("version"), QJsonValue(3));
    const QJsonObject record = revived.value("record").toObject();
    QCOMPARE(record.value("deleted"), QJsonValue(false));
    const QJsonObject expected{{"date", "2026-11-15"},
                               {"mood", 1},
                               {"text", "Hard day, better evening"},
                               {"tags", QJsonArray()},
                               {"scores", QJsonObject{{"sleep", 4.5}}}};
    QCOMPARE(record.value("fields").toObject(), expected);
    QCOMPARE(m_user->records().value(id), record);
}

void TestServerSyncMerge::progressIsOrderIndependent_data() {
    QTest::addColumn<QList<int>>("order");
    QList<int> order{0, 1, 2, 3};
    do {
        QTest::addRow("order %d%d%d%d", order[0], order[1], order[2], order[3]) << order;
    } while (std::next_permutation(order.begin(), order.end()));
}

void TestServerSyncMerge::progressIsOrderIndependent() {
    QFETCH(QList<int>, order);
    const QString id = newUuid();
    const QJsonObject lesson{{"course_id", "math-counting-money"}, {"lesson_id", "coins-and-notes"}};
    const auto with = [&](const QJsonObject &extra) {
        QJsonObject fields = lesson;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            fields.insert(it.key(), it.value());
        return fields;
    };
    const QList<QJsonObject> reports{
        with({{"percent", 40}, {"time_spent_delta_seconds", 60}}),
        with({{"percent", 80},
              {"completed_at", "2026-11-20T10:00:00.000Z"},
              {"time_spent_delta_seconds", 30}}),
        // Earlier, written with an offset: 08:30 UTC.
        with({{"percent", 60},
              {"completed_at", "2026-11-20T09:30:00+01:00"},
              {"time_spent_delta_seconds", 10}}),
        with({{"percent", 100}, {"completed_at", QJsonValue()}}),
    };
    for (int index : order) {
        const QJsonObject result = m_user->pushOne(upsert(Progress, id, 0, reports.at(index)));
        QCOMPARE(result.value("status"), QJsonValue("applied"));
    }
    const QJsonObject expected{{"course_id", "math-counting-money"},
                               {"lesson_id", "coins-and-notes"},
                               {"percent", 100},
                               {"completed_at", "2026-11-20T08:30:00.000Z"},
                               {"time_spent_seconds", 100}};
    QCOMPARE(m_user->records().value(id).value("fields").toObject(), expected);
}

void TestServerSyncMerge::progressReplayAddsNoTime() {
    const QString id = newUuid();
    const QJsonObject report =
        upsert(Progress, id, 0,
               {{"course_id", "clean-water"}, {"lesson_id", "boil"}, {"time_spent_delta_seconds", 120}});
    QCOMPARE(m_user->pushOne(report).value("status"), QJsonValue("applied"));
    QCOMPARE(m_user->pushOne(report).value("status"), QJsonValue("duplicate"));
    QCOMPARE(m_user->pushResults({report, report}).at(1).toObject().value("status"), QJsonValue("duplicate"));
    // The same time reported again under a new id is new time.
    QJsonObject again = report;
    again.insert("mutation_id", newUuid());
    QCOMPARE(m_user->pushOne(again).value("status"), QJsonValue("applied"));
    QCOMPARE(m_user->records().value(id).value("fields").toObject().value("time_spent_seconds"),
             QJsonValue(240));
}

QTEST_GUILESS_MAIN(TestServerSyncMerge)
#include "tst_server_sync_merge.moc"
