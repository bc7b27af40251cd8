// The Tasks screen's model over a real LearnerSync: edits are checked by the server's rules before
// they are queued, only changed fields are sent, the list is ordered for doing, and what another
// device's edit replaced (a pulled record's `history`) is shown without needing a second device.
#include "learnersync.h"
#include "offlinelearner.h"
#include "syncstatus.h"
#include "tasklistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;

class TestTaskListModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signedOutRefusesEdits();
    void dueDateFollowsTheLanguage();
    void createValidatesLikeTheServer_data();
    void createValidatesLikeTheServer();
    void createShowsAtOnceWithDefaults();
    void openTasksBySoonestThenPriorityDoneLast();
    void updateSendsOnlyChangedFields();
    void historyShowsWhatAnotherDeviceReplaced();
    void removeQueuesADelete();
    void syncThatChangesNothingKeepsTheRows();

private:
    QStringList titles() const;
    QVariant role(int row, TaskListModel::Role role) const {
        return m_model->data(m_model->index(row), role);
    }

    std::unique_ptr<OfflineLearner> m_offline;
    QTemporaryDir *m_dir = nullptr;
    LearnerSync *m_sync = nullptr;
    LearnerRepository *m_data = nullptr; // `Learner`, which the models bind to
    std::unique_ptr<TaskListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // checks every signal and answer of m_model
};

void TestTaskListModel::init() {
    m_offline = std::make_unique<OfflineLearner>(nullptr);
    QVERIFY2(m_offline->opened, qPrintable(m_offline->sync.errorString()));
    m_dir = &m_offline->dir;
    m_sync = &m_offline->sync;
    m_data = &m_offline->data;
    m_model = std::make_unique<TaskListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSource(m_data);
}

void TestTaskListModel::cleanup() {
    m_tester.reset();
    m_model.reset();
    m_offline.reset();
}

QStringList TestTaskListModel::titles() const {
    QStringList result;
    for (int row = 0; row < m_model->count(); ++row)
        result.append(role(row, TaskListModel::TitleRole).toString());
    return result;
}

void TestTaskListModel::signedOutRefusesEdits() {
    QVERIFY(m_model->available());
    QSignalSpy available(m_model.get(), &TaskListModel::availableChanged);
    m_data->setSource({});
    QCOMPARE(available.size(), 1);
    QVERIFY(!m_model->available());
    QVERIFY(m_model->create({{"title", "Li leson 2"}}).isEmpty());
    QCOMPARE(m_model->error(), QStringLiteral("Sign in to save tasks."));
    QCOMPARE(m_sync->store().pendingCount(), 0);
}

void TestTaskListModel::createValidatesLikeTheServer_data() {
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("error"); // empty: accepted

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString badDate = QStringLiteral("Write the due date as YYYY-MM-DD, for example %1.").arg(today);
    QTest::newRow("no title") << QVariantMap{{"notes", "x"}} << "Give the task a title.";
    QTest::newRow("blank title") << QVariantMap{{"title", " \t "}} << "Give the task a title.";
    QTest::newRow("200 characters") << QVariantMap{{"title", QString(200, QChar('a'))}} << "";
    QTest::newRow("201 characters") << QVariantMap{{"title", QString(201, QChar('a'))}}
                                    << "The title is too long: it can have at most 200 characters.";
    // 200 emoji are 400 UTF-16 units but 200 characters, as the server counts them.
    QTest::newRow("200 emoji") << QVariantMap{{"title", QStringLiteral("🌱").repeated(200)}} << "";
    QTest::newRow("line break") << QVariantMap{{"title", "Achte\ngrenn"}}
                                << "The title must fit on one line.";
    QTest::newRow("tab") << QVariantMap{{"title", "Achte\tgrenn"}} << "The title must fit on one line.";
    QTest::newRow("5000 of notes") << QVariantMap{{"title", "a"}, {"notes", QString(5000, QChar('n'))}} << "";
    QTest::newRow("5001 of notes") << QVariantMap{{"title", "a"}, {"notes", QString(5001, QChar('n'))}}
                                   << "The notes are too long: they can have at most 5000 characters.";
    QTest::newRow("status") << QVariantMap{{"title", "a"}, {"status", "finished"}}
                            << "Choose a status: to do, in progress or done.";
    QTest::newRow("priority") << QVariantMap{{"title", "a"}, {"priority", "urgent"}}
                              << "Choose a priority: low, medium or high.";
    QTest::newRow("date shape") << QVariantMap{{"title", "a"}, {"dueDate", "2026-2-3"}} << badDate;
    QTest::newRow("no such date") << QVariantMap{{"title", "a"}, {"dueDate", "2026-02-30"}} << badDate;
    QTest::newRow("leap day") << QVariantMap{{"title", "a"}, {"dueDate", "2028-02-29"}} << "";
    QTest::newRow("empty date") << QVariantMap{{"title", "a"}, {"dueDate", ""}} << "";
    QTest::newRow("course") << QVariantMap{{"title", "a"}, {"courseId", "Clean Water"}}
                            << "This course cannot be linked to a task.";
}

void TestTaskListModel::createValidatesLikeTheServer() {
    QFETCH(QVariantMap, fields);
    QFETCH(QString, error);
    const QString id = m_model->create(fields);
    QCOMPARE(m_model->error(), error);
    QCOMPARE(id.isEmpty(), !error.isEmpty());
    QCOMPARE(m_model->count(), error.isEmpty() ? 1 : 0);
    QCOMPARE(m_sync->store().pendingCount(), error.isEmpty() ? 1 : 0);
}

void TestTaskListModel::createShowsAtOnceWithDefaults() {
    QSignalSpy count(m_model.get(), &TaskListModel::countChanged);
    const QString id = m_model->create({{"title", "  Plante pwa  "}});
    QCOMPARE(id, QUuid::fromString(id).toString(QUuid::WithoutBraces)); // a lower-case UUID
    QCOMPARE(count.size(), 1);
    QCOMPARE(role(0, TaskListModel::RecordIdRole).toString(), id);
    QCOMPARE(role(0, TaskListModel::TitleRole).toString(), QStringLiteral("Plante pwa"));
    QCOMPARE(role(0, TaskListModel::StatusRole).toString(), QStringLiteral("todo"));
    QCOMPARE(role(0, TaskListModel::StatusTextRole).toString(), QStringLiteral("To do"));
    QCOMPARE(role(0, TaskListModel::PriorityTextRole).toString(), QStringLiteral("Medium"));
    QCOMPARE(role(0, TaskListModel::DueDateRole).toString(), QString());
    QCOMPARE(role(0, TaskListModel::DoneRole).toBool(), false);
    QCOMPARE(role(0, TaskListModel::HasHistoryRole).toBool(), false);
    QCOMPARE(m_offline->status.pendingCount(), 1);
    const Mutation m = m_sync->store().outbox().value(0);
    QCOMPARE(m.recordId, id);
    QCOMPARE(m.fields, QJsonObject({{"title", "Plante pwa"},
                                    {"notes", ""},
                                    {"status", "todo"},
                                    {"priority", "medium"},
                                    {"due_date", QJsonValue()},
                                    {"course_id", QJsonValue()}}));
    QCOMPARE(m_model->task(id).value("title").toString(), QStringLiteral("Plante pwa"));
    QCOMPARE(m_model->indexOf(id), 0);
}

void TestTaskListModel::openTasksBySoonestThenPriorityDoneLast() {
    const QString past = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
    m_model->setLanguage("en");
    QVERIFY(!m_model->create({{"title", "A"}, {"dueDate", "2090-01-10"}, {"priority", "low"}}).isEmpty());
    const QString b = m_model->create({{"title", "B"}, {"dueDate", "2090-01-05"}, {"priority", "low"}});
    QVERIFY(!m_model->create({{"title", "C"}, {"priority", "high"}}).isEmpty());
    QVERIFY(!m_model->create({{"title", "D"}, {"priority", "low"}}).isEmpty());
    QVERIFY(!m_model->create({{"title", "E"}, {"dueDate", "2090-01-10"}, {"priority", "high"}}).isEmpty());
    QVERIFY(!m_model->create({{"title", "F"}, {"dueDate", past}, {"status", "done"}}).isEmpty());
    QVERIFY(!m_model->create({{"title", "G"}, {"dueDate", past}}).isEmpty());
    QCOMPARE(titles(), QStringList({"G", "B", "E", "A", "C", "D", "F"}));
    QVERIFY2(role(0, TaskListModel::OverdueRole).toBool(), "an open task past its date is overdue");
    QVERIFY2(!role(6, TaskListModel::OverdueRole).toBool(), "a done one is not");
    QCOMPARE(role(1, TaskListModel::DueDateTextRole).toString(), QStringLiteral("Jan 5, 2090"));

    QVERIFY(m_model->setStatus(b, "done"));
    QCOMPARE(titles(), QStringList({"G", "E", "A", "C", "D", "F", "B"}));
    QVERIFY(m_model->setStatus(b, "todo"));
    QCOMPARE(titles().value(1), QStringLiteral("B"));
    QVERIFY(!m_model->setStatus(b, "finished"));
    QCOMPARE(m_model->error(), QStringLiteral("Choose a status: to do, in progress or done."));
}

void TestTaskListModel::dueDateFollowsTheLanguage() {
    QVERIFY(!m_model->create({{"title", "Achte grenn"}, {"dueDate", "2090-03-01"}}).isEmpty());
    m_model->setLanguage("ht");
    QCOMPARE(role(0, TaskListModel::DueDateTextRole).toString(), QStringLiteral("1 mas 2090"));

    // A switch at runtime re-words the dates already shown, without the list reloading.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLanguage("fr");
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(TaskListModel::DueDateTextRole));
    QCOMPARE(role(0, TaskListModel::DueDateTextRole).toString(), QStringLiteral("1 mars 2090"));
    m_model->setLanguage("en");
    QCOMPARE(role(0, TaskListModel::DueDateTextRole).toString(), QStringLiteral("Mar 1, 2090"));
}

void TestTaskListModel::updateSendsOnlyChangedFields() {
    const QString id = m_model->create({{"title", "Achte grenn"}, {"dueDate", "2090-03-01"}});
    QCOMPARE(m_sync->store().takeBatch(100, 65536).size(), 1); // the creation is on its way

    // The editor sends its whole form; only the notes differ from what is shown.
    QVERIFY(m_model->update(id, {{"title", "Achte grenn "},
                                 {"notes", "Mayi ak pwa"},
                                 {"status", "todo"},
                                 {"priority", "medium"},
                                 {"dueDate", "2090-03-01"}}));
    QCOMPARE(m_sync->store().outbox().size(), 2);
    QCOMPARE(m_sync->store().outbox().last().fields, QJsonObject({{"notes", "Mayi ak pwa"}}));

    QVERIFY(m_model->update(id, {{"dueDate", ""}}));
    QCOMPARE(m_sync->store().outbox().last().fields,
             QJsonObject({{"notes", "Mayi ak pwa"}, {"due_date", QJsonValue()}}));
    QCOMPARE(m_model->task(id).value("dueDate").toString(), QString());

    const QList<Mutation> before = m_sync->store().outbox();
    QVERIFY2(m_model->update(id, {{"title", "Achte grenn"}}), "nothing changed is not an error");
    QVERIFY(!m_model->update(id, {{"title", ""}, {"notes", "lost?"}}));
    QCOMPARE(m_model->error(), QStringLiteral("Give the task a title."));
    QCOMPARE(m_sync->store().outbox().last().fields, before.last().fields);
    QCOMPARE(role(0, TaskListModel::NotesRole).toString(), QStringLiteral("Mayi ak pwa"));

    QVERIFY(m_model->update(id, {{"priority", "high"}}));
    QCOMPARE(m_model->error(), QString());
    QVERIFY(!m_model->update(QStringLiteral("no-such-task"), {{"title", "x"}}));
    QVERIFY(m_model->error().startsWith(QStringLiteral("This task no longer exists.")));
}

void TestTaskListModel::historyShowsWhatAnotherDeviceReplaced() {
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonArray history{
        QJsonObject{{"field", "status"}, {"value", "done"}, {"replaced_at", "2026-11-22T02:33:12.491Z"}},
        QJsonObject{
            {"field", "due_date"}, {"value", QJsonValue()}, {"replaced_at", "2026-11-23T08:00:00.000Z"}}};
    PullPage page;
    page.cursor = 7;
    page.changes = {{Entity::Task,
                     id,
                     3,
                     false,
                     {{"title", "Read lesson 3"},
                      {"notes", ""},
                      {"status", "in_progress"},
                      {"priority", "medium"},
                      {"due_date", "2026-11-30"},
                      {"course_id", QJsonValue()},
                      {"history", history}},
                     {}}};
    QVERIFY(m_sync->store().applyPull(page));
    emit m_sync->changed();

    QCOMPARE(m_model->count(), 1);
    QCOMPARE(role(0, TaskListModel::HasHistoryRole).toBool(), true);
    QCOMPARE(role(0, TaskListModel::HistoryCountRole).toInt(), 2);
    QCOMPARE(m_model->task(id).value("historyCount").toInt(), 2);
    const QVariantList entries = m_model->history(id);
    QCOMPARE(entries.size(), 2);
    const QVariantMap newest = entries.at(0).toMap();
    QCOMPARE(newest.value("field").toString(), QStringLiteral("dueDate"));
    QCOMPARE(newest.value("fieldLabel").toString(), QStringLiteral("Due date"));
    QCOMPARE(newest.value("valueText").toString(), QStringLiteral("No due date"));
    const QVariantMap oldest = entries.at(1).toMap();
    QCOMPARE(oldest.value("field").toString(), QStringLiteral("status"));
    QCOMPARE(oldest.value("fieldLabel").toString(), QStringLiteral("Status"));
    QCOMPARE(oldest.value("value").toString(), QStringLiteral("done"));
    QCOMPARE(oldest.value("valueText").toString(), QStringLiteral("Done"));
    const QDateTime replacedAt = QDateTime(QDate(2026, 11, 22), QTime(2, 33, 12, 491), Qt::UTC);
    QCOMPARE(oldest.value("replacedAt").toDateTime(), replacedAt);
    QCOMPARE(oldest.value("replacedAtText").toString(),
             replacedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));

    // A local edit keeps the history on screen, and never sends it back.
    QVERIFY(m_model->setStatus(id, "done"));
    QCOMPARE(m_model->history(id).size(), 2);
    QCOMPARE(m_sync->store().outbox().last().fields, QJsonObject({{"status", "done"}}));
}

void TestTaskListModel::removeQueuesADelete() {
    QVERIFY(!m_model->remove(QStringLiteral("no-such-task")));
    QVERIFY(!m_model->error().isEmpty());
    QCOMPARE(m_sync->store().pendingCount(), 0);
    const QString id = m_model->create({{"title", "Netwaye jaden"}});
    QCOMPARE(m_sync->store().takeBatch(100, 65536).size(), 1);
    QVERIFY(m_model->remove(id));
    QCOMPARE(m_model->error(), QString());
    QCOMPARE(m_model->count(), 0);
    QCOMPARE(m_model->indexOf(id), -1);
    QVERIFY(m_sync->store().record(Entity::Task, id)->deleted);
    QVERIFY(m_sync->store().outbox().last().isDelete);
}

void TestTaskListModel::syncThatChangesNothingKeepsTheRows() {
    QVERIFY(!m_model->create({{"title", "Wouze plant yo"}}).isEmpty());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    emit m_sync->changed(); // as every step of a sync does
    QCOMPARE(reset.size(), 0);
    QVERIFY(!m_model->create({{"title", "Ranmase ze"}}).isEmpty());
    QCOMPARE(reset.size(), 1);
}

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
