// Lesson progress as the learner makes it (time on the page, how far they read, "done") and as
// the Progress screen adds it up, on a real learner's store and a real catalog cache.
#include "cacheschema.h"
#include "coursecache.h"
#include "courserepository.h"
#include "learnersync.h"
#include "lessonprogress.h"
#include "offlinelearner.h"
#include "progressmodel.h"
#include "sqlitedatabase.h"
#include "syncstatus.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestProgressModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void recordIdIsTheSameOnEveryDevice();
    void timeIsRecordedAsCappedDeltas();
    void pageGoingRecordsItsTime();
    void signOutRecordsTimeForTheLeavingLearner();
    void readingPercentOnlyGrowsInSteps();
    void markDoneCompletesOnce();
    void signedOutRecordsNothing();
    void coursesAddUpTheirLessons();
    void completionsAreCountedByLocalDay();
    void markingDoneShowsOnTheProgressScreen();

private:
    std::unique_ptr<LessonProgress> lesson(const QString &courseId, const QString &lessonId);
    QJsonObject fields(const QString &courseId, const QString &lessonId);
    void edit(const QString &courseId, const QString &lessonId, const QJsonObject &fields);

    std::unique_ptr<OfflineLearner> m_offline;
    QTemporaryDir *m_dir = nullptr;
    LearnerSync *m_learner = nullptr;
    LearnerRepository *m_data = nullptr; // `Learner`, which the models bind to
    std::unique_ptr<SqliteDatabase> m_cacheDb;
    std::unique_ptr<CourseCache> m_cache;
    std::unique_ptr<CourseRepository> m_catalog;
    qint64 m_now = 0; // the lesson pages' clock, stepped by hand
};

void TestProgressModel::init() {
    m_offline = std::make_unique<OfflineLearner>(nullptr);
    QVERIFY2(m_offline->opened, qPrintable(m_offline->sync.errorString()));
    m_dir = &m_offline->dir;
    m_learner = &m_offline->sync;
    m_data = &m_offline->data;

    m_cacheDb = std::make_unique<SqliteDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")),
                                                 SqliteDatabase::Durability::Rebuildable);
    QVERIFY(m_cacheDb->open(cacheMigrations()));
    m_cache = std::make_unique<CourseCache>(*m_cacheDb);
    m_catalog = std::make_unique<CourseRepository>(m_offline->api, *m_cache);
    CourseDetail water;
    water.course.id = QStringLiteral("clean-water");
    water.course.category = QStringLiteral("health");
    water.course.title = QStringLiteral("Dlo pwòp");
    water.course.color = QStringLiteral("#1565C0");
    water.course.summary = QStringLiteral("Bwè dlo ki pwòp");
    water.course.language = QStringLiteral("ht");
    water.course.languages = {QStringLiteral("ht")};
    water.course.icon = QStringLiteral("water");
    water.course.updatedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    water.course.lessonCount = 4;
    for (int i = 1; i <= 4; ++i)
        water.lessons.append(
            {QStringLiteral("lesson-%1").arg(i), i, QStringLiteral("Leson %1").arg(i), QString(), 10});
    QVERIFY(m_cache->storeCourseDetail(m_catalog->language(), water));
    m_now = 0;
}

void TestProgressModel::cleanup() {
    m_catalog.reset();
    m_cache.reset();
    m_cacheDb.reset();
    m_offline.reset();
}

std::unique_ptr<LessonProgress> TestProgressModel::lesson(const QString &courseId, const QString &lessonId) {
    auto progress = std::make_unique<LessonProgress>();
    progress->setClock([this] { return m_now; });
    progress->setSource(m_data);
    progress->setCourseId(courseId);
    progress->setLessonId(lessonId);
    return progress;
}

QJsonObject TestProgressModel::fields(const QString &courseId, const QString &lessonId) {
    const auto r = m_learner->store().record(Entity::Progress, progressRecordId(courseId, lessonId));
    return r ? r->fields : QJsonObject();
}

void TestProgressModel::edit(const QString &courseId, const QString &lessonId, const QJsonObject &extra) {
    QJsonObject f = extra;
    f.insert(QStringLiteral("course_id"), courseId);
    f.insert(QStringLiteral("lesson_id"), lessonId);
    QVERIFY(m_learner->edit(Entity::Progress, progressRecordId(courseId, lessonId), f));
}

void TestProgressModel::recordIdIsTheSameOnEveryDevice() {
    const QString id = progressRecordId(QStringLiteral("clean-water"), QStringLiteral("boil"));
    QCOMPARE(progressRecordId(QStringLiteral("clean-water"), QStringLiteral("boil")), id);
    // What the server accepts as a record id: a lower-case UUID with hyphens.
    QVERIFY(QRegularExpression(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(id)
                .hasMatch());
    QVERIFY(progressRecordId(QStringLiteral("clean-water"), QStringLiteral("boil-2")) != id);
    QVERIFY(progressRecordId(QStringLiteral("clean"), QStringLiteral("water-boil")) != id);
}

void TestProgressModel::timeIsRecordedAsCappedDeltas() {
    auto page = lesson(QStringLiteral("clean-water"), QStringLiteral("lesson-1"));
    QVERIFY(page->available());
    page->setActive(true);
    m_now += 3000;
    page->setActive(false);
    QCOMPARE(m_learner->store().pendingCount(), 0); // a glance is not worth an edit…
    m_now += 60000;                                 // …and time away from the page does not count
    page->setActive(true);
    m_now += 4500;
    page->setActive(false);
    QCOMPARE(fields(QStringLiteral("clean-water"), QStringLiteral("lesson-1"))
                 .value("time_spent_delta_seconds")
                 .toInt(),
             7);
    QCOMPARE(page->timeSpentSeconds(), 7);
    QCOMPARE(fields(QStringLiteral("clean-water"), QStringLiteral("lesson-1")).value("course_id").toString(),
             QStringLiteral("clean-water"));

    // A page left open for two days: the server refuses more than a day in one edit, and unsent
    // edits of a record fold into one, so what waits never goes past a day.
    page->setActive(true);
    m_now += 2LL * 24 * 3600 * 1000;
    page->recordTime();
    QCOMPARE(m_learner->store().pendingCount(), 1);
    QCOMPARE(m_learner->store().outbox().value(0).fields.value("time_spent_delta_seconds").toInt(), 86400);
    QCOMPARE(page->timeSpentSeconds(), 86400);
    m_now += 60000;
    page->recordTime();
    QCOMPARE(m_learner->store().outbox().value(0).fields.value("time_spent_delta_seconds").toInt(), 86400);
}

void TestProgressModel::pageGoingRecordsItsTime() {
    auto page = lesson(QStringLiteral("clean-water"), QStringLiteral("lesson-2"));
    page->setActive(true);
    m_now += 42000;
    page.reset();
    QCOMPARE(fields(QStringLiteral("clean-water"), QStringLiteral("lesson-2"))
                 .value("time_spent_delta_seconds")
                 .toInt(),
             42);
}

void TestProgressModel::signOutRecordsTimeForTheLeavingLearner() {
    auto page = lesson(QStringLiteral("clean-water"), QStringLiteral("lesson-3"));
    QSignalSpy available(page.get(), &LessonProgress::availableChanged);
    page->setActive(true);
    m_now += 30000;
    m_data->setSource({}); // as main.cpp signs out: the status lets go before the learner goes
    QCOMPARE(available.count(), 1);
    QVERIFY(!page->available());
    QCOMPARE(fields(QStringLiteral("clean-water"), QStringLiteral("lesson-3"))
                 .value("time_spent_delta_seconds")
                 .toInt(),
             30);
    m_now += 30000;
    page.reset();
    QCOMPARE(fields(QStringLiteral("clean-water"), QStringLiteral("lesson-3"))
                 .value("time_spent_delta_seconds")
                 .toInt(),
             30);
}

void TestProgressModel::readingPercentOnlyGrowsInSteps() {
    auto page = lesson(QStringLiteral("clean-water"), QStringLiteral("lesson-1"));
    const auto recorded = [this] {
        return fields(QStringLiteral("clean-water"), QStringLiteral("lesson-1")).value("percent").toInt(-1);
    };
    page->setReadFraction(0.05);
    QCOMPARE(recorded(), -1); // less than a step: not worth an edit yet
    page->setReadFraction(0.15);
    QCOMPARE(recorded(), 15);
    QCOMPARE(page->percent(), 15);
    page->setReadFraction(0.2);
    QCOMPARE(recorded(), 15);
    page->setReadFraction(0.1); // scrolling back up never lowers it
    QCOMPARE(recorded(), 15);
    page->setReadFraction(0.97);
    QCOMPARE(recorded(), 97);
    page->setReadFraction(1.0); // the end always counts
    QCOMPARE(recorded(), 100);
    QCOMPARE(page->percent(), 100);
    QVERIFY(!page->completed()); // reading to the end is not saying "done"
    QCOMPARE(m_learner->store().pendingCount(), 1);

    // A page opened again starts from what was recorded, on this device or pulled from another.
    auto again = lesson(QStringLiteral("clean-water"), QStringLiteral("lesson-1"));
    QCOMPARE(again->percent(), 100);
}

void TestProgressModel::markDoneCompletesOnce() {
    auto page = lesson(QStringLiteral("clean-water"), QStringLiteral("lesson-4"));
    QSignalSpy changed(page.get(), &LessonProgress::progressChanged);
    QVERIFY(!page->completed());
    QVERIFY(page->markDone());
    QVERIFY(page->completed());
    QCOMPARE(page->percent(), 100);
    QCOMPARE(changed.count(), 1);
    const QJsonObject f = fields(QStringLiteral("clean-water"), QStringLiteral("lesson-4"));
    const QDateTime at = QDateTime::fromString(f.value("completed_at").toString(), Qt::ISODateWithMs);
    QVERIFY(f.value("completed_at").toString().endsWith(u'Z'));
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(f.value("percent").toInt(), 100);

    QVERIFY(page->markDone()); // the first completion stays the one recorded
    QCOMPARE(fields(QStringLiteral("clean-water"), QStringLiteral("lesson-4")).value("completed_at"),
             f.value("completed_at"));
    QCOMPARE(m_learner->store().pendingCount(), 1);
}

void TestProgressModel::signedOutRecordsNothing() {
    m_data->setSource({});
    auto page = lesson(QStringLiteral("clean-water"), QStringLiteral("lesson-1"));
    QVERIFY(!page->available());
    page->setActive(true);
    m_now += 60000;
    page->setReadFraction(0.8);
    QVERIFY(!page->markDone());
    QVERIFY(!page->completed());
    page.reset();
    QCOMPARE(m_learner->store().pendingCount(), 0);

    ProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.lessonsCompleted(), 0);
}

void TestProgressModel::coursesAddUpTheirLessons() {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    edit(QStringLiteral("clean-water"), QStringLiteral("lesson-1"),
         {{"percent", 100}, {"completed_at", now}, {"time_spent_delta_seconds", 300}});
    // As the server sends it back: its total, plus an edit of this device not sent yet.
    RemoteRecord synced{Entity::Progress,
                        progressRecordId(QStringLiteral("clean-water"), QStringLiteral("lesson-2")),
                        3,
                        false,
                        {{"course_id", "clean-water"},
                         {"lesson_id", "lesson-2"},
                         {"percent", 60},
                         {"completed_at", QJsonValue::Null},
                         {"time_spent_seconds", 200}},
                        QDateTime::currentDateTimeUtc()};
    QVERIFY(m_learner->store().applyPull({{synced}, 1, false}));
    edit(QStringLiteral("clean-water"), QStringLiteral("lesson-2"), {{"time_spent_delta_seconds", 40}});
    QTest::qWait(5); // so that the next course is the most recent one
    edit(QStringLiteral("no-such-course"), QStringLiteral("intro"),
         {{"percent", 20}, {"time_spent_delta_seconds", 60}});

    ProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setRepository(m_catalog.get());
    QCOMPARE(model.count(), 2);
    QCOMPARE(model.lessonsCompleted(), 1);
    QCOMPARE(model.totalTimeSeconds(), 300 + 200 + 40 + 60);

    const QModelIndex recent = model.index(0);
    QCOMPARE(recent.data(ProgressModel::CourseIdRole).toString(), QStringLiteral("no-such-course"));
    QCOMPARE(recent.data(ProgressModel::TitleRole).toString(), QStringLiteral("no-such-course"));
    QCOMPARE(recent.data(ProgressModel::LessonCountRole).toInt(), 0);
    QCOMPARE(recent.data(ProgressModel::PercentRole).toInt(), 0);

    const QModelIndex water = model.index(1);
    QCOMPARE(water.data(ProgressModel::TitleRole).toString(), QStringLiteral("Dlo pwòp"));
    QCOMPARE(water.data(ProgressModel::ColorRole).toString(), QStringLiteral("#1565C0"));
    QCOMPARE(water.data(ProgressModel::LessonsDoneRole).toInt(), 1);
    QCOMPARE(water.data(ProgressModel::LessonCountRole).toInt(), 4);
    QCOMPARE(water.data(ProgressModel::PercentRole).toInt(), 25);
    QCOMPARE(water.data(ProgressModel::TimeSpentSecondsRole).toInt(), 540);
    QVERIFY(water.data(ProgressModel::LastActivityRole).toDateTime().isValid());
    QVERIFY(recent.data(ProgressModel::LastActivityRole).toDateTime() >=
            water.data(ProgressModel::LastActivityRole).toDateTime());
}

void TestProgressModel::completionsAreCountedByLocalDay() {
    const auto noon = [](int daysAgo) {
        return QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(12, 0))
            .toUTC()
            .toString(Qt::ISODateWithMs);
    };
    edit(QStringLiteral("clean-water"), QStringLiteral("lesson-1"), {{"completed_at", noon(0)}});
    edit(QStringLiteral("clean-water"), QStringLiteral("lesson-2"), {{"completed_at", noon(0)}});
    edit(QStringLiteral("clean-water"), QStringLiteral("lesson-3"), {{"completed_at", noon(1)}});
    edit(QStringLiteral("clean-water"), QStringLiteral("lesson-4"), {{"completed_at", noon(13)}});
    edit(QStringLiteral("other"), QStringLiteral("old"), {{"completed_at", noon(30)}}); // before the chart
    edit(QStringLiteral("other"), QStringLiteral("open"), {{"percent", 50}});           // started, not done

    ProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    QCOMPARE(model.lessonsCompleted(), 5);
    const QVariantList days = model.completionsByDay();
    QCOMPARE(days.size(), ProgressModel::kChartDays);
    QList<int> counts;
    for (const QVariant &day : days)
        counts.append(day.toMap().value(QStringLiteral("count")).toInt());
    QCOMPARE(counts, QList<int>({1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2}));
    const QVariantMap today = days.last().toMap();
    QVERIFY(today.value(QStringLiteral("today")).toBool());
    QCOMPARE(today.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(today.value(QStringLiteral("day")).toInt(), QDate::currentDate().day());
    QVERIFY(!days.first().toMap().value(QStringLiteral("today")).toBool());
}

void TestProgressModel::markingDoneShowsOnTheProgressScreen() {
    ProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setRepository(m_catalog.get());
    QSignalSpy summary(&model, &ProgressModel::summaryChanged);
    QCOMPARE(model.count(), 0);

    auto page = lesson(QStringLiteral("clean-water"), QStringLiteral("lesson-2"));
    QVERIFY(page->markDone());
    QCOMPARE(model.count(), 1);
    QCOMPARE(model.lessonsCompleted(), 1);
    QCOMPARE(model.index(0).data(ProgressModel::LessonsDoneRole).toInt(), 1);
    QCOMPARE(model.completionsByDay().last().toMap().value(QStringLiteral("count")).toInt(), 1);
    QVERIFY(summary.count() >= 1);

    // Sync reports that change nothing here do not redraw the screen.
    summary.clear();
    m_data->setSource({m_learner, nullptr, false});
    QCOMPARE(summary.count(), 0);

    m_data->setSource({}); // signed out: the learner's progress goes from the screen
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.lessonsCompleted(), 0);
}

QTEST_GUILESS_MAIN(TestProgressModel)
#include "tst_progressmodel.moc"
