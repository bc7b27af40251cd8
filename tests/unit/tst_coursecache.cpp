// The catalog cache answers the Courses screen offline: filters, search and paging must match
// what the server would say, and refreshing a course must not throw away lesson text already saved.
// Asked for a language it lacks, it answers the version it has, and says that it did.
#include "cacheschema.h"
#include "coursecache.h"
#include "sqlitedatabase.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
CourseSummary course(const QString &id, const QString &category, const QString &title, int position) {
    CourseSummary c;
    c.id = id;
    c.category = category;
    c.title = title;
    c.summary = QStringLiteral("Summary of ") + title;
    c.language = QStringLiteral("fr");
    c.languages = {QStringLiteral("ht"), QStringLiteral("fr"), QStringLiteral("en")};
    c.icon = QStringLiteral("book");
    c.color = QStringLiteral("#112233");
    c.position = position;
    c.lessonCount = 3;
    c.durationMinutes = 30;
    c.updatedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    return c;
}

QStringList ids(const QList<CourseSummary> &courses) {
    QStringList result;
    for (const CourseSummary &c : courses)
        result.append(c.id);
    return result;
}
} // namespace

class TestCourseCache : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ordersAndPagesByPosition();
    void filters_data();
    void filters();
    void languagesAreKeptApart();
    void answersAnotherLanguageItHas();
    void courseOnlyListedAnswersAsListed();
    void detailKeepsSavedLessonBodies();
    void categoriesReplaceTheOldList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<CourseCache> m_cache;
};

void TestCourseCache::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SqliteDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")),
                                            SqliteDatabase::Durability::Rebuildable);
    QVERIFY(m_db->open(cacheMigrations()));
    m_cache = std::make_unique<CourseCache>(*m_db);
    QVERIFY(m_cache->storeCourses(
        QStringLiteral("fr-HT"),
        {course(QStringLiteral("c"), QStringLiteral("health"), QStringLiteral("Santé de l'enfant"), 3),
         course(QStringLiteral("a"), QStringLiteral("math"), QStringLiteral("Compter 50% _vite_"), 1),
         course(QStringLiteral("b"), QStringLiteral("health"), QStringLiteral("Eau propre"), 2)}));
}

void TestCourseCache::cleanup() {
    m_cache.reset(); // prepared statements go before their connection
    m_db.reset();
    m_dir.reset();
}

void TestCourseCache::ordersAndPagesByPosition() {
    const QString fr = QStringLiteral("fr-HT");
    QCOMPARE(ids(m_cache->courses(fr, {}, 10)), QStringList({"a", "b", "c"}));
    QCOMPARE(ids(m_cache->courses(fr, {}, 2)), QStringList({"a", "b"}));
    QCOMPARE(m_cache->courseCount(fr, {}), 3);

    // A detail refresh carries no list position: it must not move the course in the list.
    CourseDetail detail{course(QStringLiteral("a"), QStringLiteral("math"), QStringLiteral("Compter"), 0),
                        QStringLiteral("desc"),
                        {}};
    QVERIFY(m_cache->storeCourseDetail(fr, detail));
    QCOMPARE(ids(m_cache->courses(fr, {}, 10)), QStringList({"a", "b", "c"}));
}

void TestCourseCache::filters_data() {
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("category") << "health"
                              << "" << QStringList{"b", "c"};
    QTest::newRow("unknown category") << "cooking"
                                      << "" << QStringList{};
    QTest::newRow("accent-insensitive") << ""
                                        << "SANTE" << QStringList{"c"};
    QTest::newRow("accented query") << ""
                                    << "santé" << QStringList{"c"};
    QTest::newRow("summary") << ""
                             << "summary of eau" << QStringList{"b"};
    QTest::newRow("percent literal") << ""
                                     << "50%" << QStringList{"a"};
    QTest::newRow("percent alone") << ""
                                   << "%" << QStringList{"a"};
    QTest::newRow("underscore literal") << ""
                                        << "_vite_" << QStringList{"a"};
    QTest::newRow("underscore not wildcard") << ""
                                             << "e_u" << QStringList{};
    QTest::newRow("quote") << ""
                           << "l'enfant" << QStringList{"c"};
    QTest::newRow("sql") << ""
                         << "'; DROP TABLE courses; --" << QStringList{};
    QTest::newRow("both") << "health"
                          << "eau" << QStringList{"b"};
    QTest::newRow("spaces only") << ""
                                 << "   " << QStringList{"a", "b", "c"};
}

void TestCourseCache::filters() {
    QFETCH(QString, category);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    const CourseQuery query{category, search};
    QCOMPARE(ids(m_cache->courses(QStringLiteral("fr-HT"), query, 100)), expected);
    QCOMPARE(m_cache->courseCount(QStringLiteral("fr-HT"), query), expected.size());
    QCOMPARE(m_cache->courseCount(QStringLiteral("fr-HT"), {}), 3); // the table survived
}

void TestCourseCache::languagesAreKeptApart() {
    QVERIFY(m_cache->courses(QStringLiteral("ht-HT"), {}, 10).value(0).otherLanguage); // only French so far
    QVERIFY(m_cache->storeCourses(
        QStringLiteral("ht-HT"),
        {course(QStringLiteral("a"), QStringLiteral("math"), QStringLiteral("Konte"), 1)}));
    QCOMPARE(m_cache->courses(QStringLiteral("ht-HT"), {}, 10).value(0).title, QStringLiteral("Konte"));
    QCOMPARE(m_cache->courses(QStringLiteral("fr-HT"), {}, 10).value(0).title,
             QStringLiteral("Compter 50% _vite_"));
    QVERIFY(!m_cache->courses(QStringLiteral("fr-HT"), {}, 10).value(0).otherLanguage);
}

void TestCourseCache::answersAnotherLanguageItHas() {
    const QString en = QStringLiteral("en"), ht = QStringLiteral("ht-HT"), fr = QStringLiteral("fr-HT");
    CourseSummary konte = course(QStringLiteral("a"), QStringLiteral("math"), QStringLiteral("Konte"), 1);
    konte.language = QStringLiteral("ht");
    QVERIFY(m_cache->storeCourses(ht, {konte}));
    CourseSummary water =
        course(QStringLiteral("b"), QStringLiteral("health"), QStringLiteral("Clean water"), 2);
    water.language = QStringLiteral("en");
    QVERIFY(m_cache->storeCourses(en, {water}));

    // Every course seen is listed once: in English where saved so, else Kreyòl before French.
    const QList<CourseSummary> list = m_cache->courses(en, {}, 10);
    QCOMPARE(ids(list), QStringList({"a", "b", "c"}));
    QCOMPARE(list.at(0).title, QStringLiteral("Konte"));
    QVERIFY(list.at(0).otherLanguage);
    QCOMPARE(list.at(1).title, QStringLiteral("Clean water"));
    QVERIFY(!list.at(1).otherLanguage);
    QCOMPARE(list.at(2).title, QStringLiteral("Santé de l'enfant"));
    QCOMPARE(m_cache->courseCount(en, {}), 3);
    // Filters apply to the version shown: "a" in English would not match "Konte".
    QCOMPARE(ids(m_cache->courses(en, {QStringLiteral("health"), QString()}, 10)), QStringList({"b", "c"}));
    QCOMPARE(ids(m_cache->courses(en, {QString(), QStringLiteral("konte")}, 10)), QStringList({"a"}));
    QCOMPARE(ids(m_cache->courses(en, {QString(), QStringLiteral("compter")}, 10)), QStringList());

    // A lesson read in Kreyòl opens in English from the Kreyòl text.
    QVERIFY(
        m_cache->storeCourseDetail(ht, {konte, QStringLiteral("Deskripsyon"), {{"l1", 1, "Youn", {}, 5}}}));
    Lesson youn{QStringLiteral("l1"),      QStringLiteral("a"),  1, QStringLiteral("Youn"),         {},
                QStringLiteral("Tèks la"), QStringLiteral("ht"), 5, QDateTime::currentDateTimeUtc()};
    QVERIFY(m_cache->storeLesson(ht, youn));
    const auto lesson = m_cache->lesson(en, QStringLiteral("a"), QStringLiteral("l1"));
    QVERIFY(lesson);
    QCOMPARE(lesson->body, QStringLiteral("Tèks la"));
    QCOMPARE(lesson->language, QStringLiteral("ht"));
    QVERIFY(lesson->otherLanguage);
    QVERIFY(!m_cache->lesson(ht, QStringLiteral("a"), QStringLiteral("l1"))->otherLanguage);
    const auto detail = m_cache->courseDetail(en, QStringLiteral("a"));
    QVERIFY(detail && !detail->summaryOnly && detail->course.otherLanguage);
    QCOMPARE(detail->description, QStringLiteral("Deskripsyon"));
    QCOMPARE(detail->lessons.size(), 1);
    QVERIFY(!m_cache->lesson(en, QStringLiteral("a"), QStringLiteral("l2"))); // never read: not there

    // Categories too: the French names when the English ones were never saved.
    QVERIFY(m_cache->storeCategories(fr, {{"health", "Santé", "heart", "#C62828", 2}}));
    QCOMPARE(m_cache->categories(en).value(0).name, QStringLiteral("Santé"));
}

void TestCourseCache::courseOnlyListedAnswersAsListed() {
    const auto listed = m_cache->courseDetail(QStringLiteral("fr-HT"), QStringLiteral("b"));
    QVERIFY(listed);
    QVERIFY(listed->summaryOnly);
    QCOMPARE(listed->course.title, QStringLiteral("Eau propre"));
    QCOMPARE(listed->course.lessonCount, 3);
    QVERIFY(listed->lessons.isEmpty());
    QVERIFY(!m_cache->courseDetail(QStringLiteral("fr-HT"), QStringLiteral("never-seen")));
}

void TestCourseCache::detailKeepsSavedLessonBodies() {
    const QString fr = QStringLiteral("fr-HT");
    QVERIFY(m_cache->courseDetail(fr, QStringLiteral("b"))->summaryOnly); // only listed so far
    CourseDetail detail{
        course(QStringLiteral("b"), QStringLiteral("health"), QStringLiteral("Eau propre"), 0),
        QStringLiteral("Boire sans danger."),
        {{QStringLiteral("boil"), 1, QStringLiteral("Bouillir"), QString(), 10},
         {QStringLiteral("chlorine"), 2, QStringLiteral("Chlore"), QString(), 15}}};
    QVERIFY(m_cache->storeCourseDetail(fr, detail));
    Lesson boil{QStringLiteral("boil"),
                QStringLiteral("b"),
                1,
                QStringLiteral("Bouillir"),
                QString(),
                QStringLiteral("Faites bouillir l'eau une minute."),
                QStringLiteral("fr"),
                10,
                QDateTime::currentDateTimeUtc()};
    QVERIFY(m_cache->storeLesson(fr, boil));
    QVERIFY(!m_cache->lesson(fr, QStringLiteral("b"), QStringLiteral("chlorine"))); // not fetched yet

    // The server renames a lesson and drops the other: the saved body stays, the dropped lesson goes.
    detail.lessons = {{QStringLiteral("boil"), 1, QStringLiteral("Faire bouillir"), QString(), 12}};
    QVERIFY(m_cache->storeCourseDetail(fr, detail));
    const auto cached = m_cache->courseDetail(fr, QStringLiteral("b"));
    QVERIFY(cached && !cached->summaryOnly);
    QCOMPARE(cached->description, QStringLiteral("Boire sans danger."));
    QCOMPARE(cached->lessons.size(), 1);
    QCOMPARE(cached->lessons.first().title, QStringLiteral("Faire bouillir"));
    const auto lesson = m_cache->lesson(fr, QStringLiteral("b"), QStringLiteral("boil"));
    QVERIFY(lesson);
    QCOMPARE(lesson->body, QStringLiteral("Faites bouillir l'eau une minute."));
    QCOMPARE(lesson->title, QStringLiteral("Faire bouillir"));
}

void TestCourseCache::categoriesReplaceTheOldList() {
    const QString en = QStringLiteral("en");
    QVERIFY(m_cache->storeCategories(
        en, {{"health", "Health", "heart", "#C62828", 5}, {"math", "Maths", "calculator", "#E65100", 6}}));
    QVERIFY(m_cache->storeCategories(en, {{"math", "Mathematics", "calculator", "#E65100", 6}}));
    const QList<Category> categories = m_cache->categories(en);
    QCOMPARE(categories.size(), 1);
    QCOMPARE(categories.first().name, QStringLiteral("Mathematics"));
    QCOMPARE(categories.first().courseCount, 6);
}

QTEST_GUILESS_MAIN(TestCourseCache)
#include "tst_coursecache.moc"
