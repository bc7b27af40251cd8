// The catalog as the API serves it, against the real server over HTTPS: paging, filters, search,
// course and lesson details, ids, and the demo content itself. Languages: tst_server_languages.cpp.

#include "apiclient.h"
#include "testserver.h"

#include <searchkey.h>

#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace {

const QStringList Languages{QStringLiteral("ht"), QStringLiteral("fr"), QStringLiteral("en")};

} // namespace

class TestServerCatalog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void paginationCoversEveryCourseOnce_data();
    void paginationCoversEveryCourseOnce();
    void pageBeyondTheEndIsEmpty();
    void invalidParameters_data();
    void invalidParameters();
    void categories();
    void categoryFilter();
    void unknownOrMalformedCategory();
    void search_data();
    void search();
    void searchTreatsMetacharactersLiterally_data();
    void searchTreatsMetacharactersLiterally();
    void queryLengthLimit();
    void courseDetail();
    void lessonBodies();
    void unknownIds_data();
    void unknownIds();
    void malformedIds_data();
    void malformedIds();
    void demoContentSanity();

private:
    HttpReply get(const QString &pathAndQuery) { return m_client.get(m_demo.url(pathAndQuery)); }
    QJsonArray allCourses(const QString &language = {});

    TestServer m_demo;
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerCatalog::initTestCase() {
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
}

QJsonArray TestServerCatalog::allCourses(const QString &language) {
    const HttpReply reply = get(QStringLiteral("/mobile-api/courses?limit=100&") +
                                encodedQuery({{QStringLiteral("language"), language}}));
    if (reply.status != 200)
        qWarning() << "listing every course failed:" << reply.status << reply.body;
    return reply.data().toArray();
}

void TestServerCatalog::paginationCoversEveryCourseOnce_data() {
    QTest::addColumn<int>("limit");
    for (const int limit : {1, 7, 20, 100})
        QTest::addRow("limit %d", limit) << limit;
}

void TestServerCatalog::paginationCoversEveryCourseOnce() {
    QFETCH(int, limit);
    QStringList expectedOrder;
    for (const QJsonValue &course : allCourses())
        expectedOrder.append(stringField(course, "id"));
    QVERIFY(expectedOrder.size() >= 30);

    QStringList seen;
    for (int page = 1;; ++page) {
        const HttpReply reply =
            get(QStringLiteral("/mobile-api/courses?page=%1&limit=%2").arg(page).arg(limit));
        QCOMPARE(reply.status, 200);
        const QJsonObject pagination = reply.json().value(QStringLiteral("pagination")).toObject();
        QCOMPARE(pagination.value(QStringLiteral("page")).toInt(), page);
        QCOMPARE(pagination.value(QStringLiteral("limit")).toInt(), limit);
        QCOMPARE(pagination.value(QStringLiteral("total")).toInt(), expectedOrder.size());
        const QJsonArray data = reply.data().toArray();
        QVERIFY(data.size() <= limit);
        for (const QJsonValue &course : data)
            seen.append(stringField(course, "id"));
        const bool hasMore = pagination.value(QStringLiteral("hasMore")).toBool();
        QCOMPARE(hasMore, seen.size() < expectedOrder.size());
        if (!hasMore)
            break;
        QCOMPARE(data.size(), limit);
    }
    QCOMPARE(seen, expectedOrder);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
}

void TestServerCatalog::pageBeyondTheEndIsEmpty() {
    const HttpReply reply = get(QStringLiteral("/mobile-api/courses?page=1000&limit=100"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.data().toArray().isEmpty());
    const QJsonObject pagination = reply.json().value(QStringLiteral("pagination")).toObject();
    QCOMPARE(pagination.value(QStringLiteral("total")).toInt(), allCourses().size());
    QCOMPARE(pagination.value(QStringLiteral("hasMore")).toBool(), false);
}

void TestServerCatalog::invalidParameters_data() {
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("named");
    QTest::newRow("limit 0") << "limit=0"
                             << "limit";
    QTest::newRow("limit 101") << "limit=101"
                               << "limit";
    QTest::newRow("limit 10^9") << "limit=1000000000"
                                << "limit";
    QTest::newRow("limit 10^20") << "limit=100000000000000000000"
                                 << "limit";
    QTest::newRow("limit -1") << "limit=-1"
                              << "limit";
    QTest::newRow("limit abc") << "limit=abc"
                               << "limit";
    QTest::newRow("limit empty") << "limit="
                                 << "limit";
    QTest::newRow("limit 1.5") << "limit=1.5"
                               << "limit";
    QTest::newRow("limit +5") << "limit=%2B5"
                              << "limit";
    QTest::newRow("page abc") << "page=abc"
                              << "page";
    QTest::newRow("page 0") << "page=0"
                            << "page";
    QTest::newRow("page -3") << "page=-3"
                             << "page";
    QTest::newRow("page 100001") << "page=100001"
                                 << "page";
    QTest::newRow("page twice") << "page=1&page=1"
                                << "page";
    QTest::newRow("q with NUL") << "q=a%00"
                                << "q";
    QTest::newRow("q with escape") << "q=%1B%5B2J"
                                   << "q";
}

void TestServerCatalog::invalidParameters() {
    QFETCH(QString, parameters);
    QFETCH(QString, named);
    const HttpReply reply = get(QStringLiteral("/mobile-api/courses?") + parameters);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_parameter"));
    const QString message =
        reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(u'\'' + named + u'\''), qPrintable(message));
}

void TestServerCatalog::categories() {
    const HttpReply kreyol = get(QStringLiteral("/mobile-api/categories"));
    const HttpReply french = get(QStringLiteral("/mobile-api/categories?language=fr"));
    QCOMPARE(kreyol.status, 200);
    QCOMPARE(kreyol.json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("language")),
             QJsonValue(QStringLiteral("ht")));
    const QJsonArray list = kreyol.data().toArray();
    QVERIFY(list.size() >= 5);
    QCOMPARE(french.data().toArray().size(), list.size());
    int differentNames = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject category = list.at(i).toObject();
        QVERIFY(!stringField(category, "id").isEmpty());
        QVERIFY(!stringField(category, "name").isEmpty());
        QVERIFY(!stringField(category, "icon").isEmpty());
        QVERIFY(stringField(category, "color").startsWith(u'#'));
        QVERIFY(category.value(QStringLiteral("courseCount")).toInt() > 0);
        QCOMPARE(stringField(french.data().toArray().at(i), "id"), stringField(category, "id"));
        differentNames +=
            stringField(french.data().toArray().at(i), "name") != stringField(category, "name") ? 1 : 0;
    }
    QVERIFY2(differentNames > 0, "category names must follow the language");
}

void TestServerCatalog::categoryFilter() {
    const QJsonArray categories = get(QStringLiteral("/mobile-api/categories")).data().toArray();
    int sum = 0;
    for (const QJsonValue &category : categories) {
        const QString id = stringField(category, "id");
        const HttpReply reply = get(QStringLiteral("/mobile-api/courses?limit=100&category=") + id);
        QCOMPARE(reply.status, 200);
        const QJsonArray courses = reply.data().toArray();
        QCOMPARE(courses.size(), category.toObject().value(QStringLiteral("courseCount")).toInt());
        QCOMPARE(reply.json()
                     .value(QStringLiteral("pagination"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 courses.size());
        for (const QJsonValue &course : courses)
            QCOMPARE(stringField(course, "category"), id);
        sum += int(courses.size());
    }
    QCOMPARE(sum, allCourses().size());
}

void TestServerCatalog::unknownOrMalformedCategory() {
    const HttpReply unknown = get(QStringLiteral("/mobile-api/courses?category=no-such-category"));
    QCOMPARE(unknown.status, 200);
    QVERIFY(unknown.data().toArray().isEmpty());
    QCOMPARE(
        unknown.json().value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total")).toInt(),
        0);
    const HttpReply malformed = get(QStringLiteral("/mobile-api/courses?category=Health%20%26%20Care"));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("invalid_parameter"));
}

void TestServerCatalog::search_data() {
    QTest::addColumn<QString>("q");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("mustFindSome");
    QTest::newRow("sante in fr, no accent") << "sante"
                                            << "fr" << true;
    QTest::newRow("SANTÉ in fr, capitals") << "SANTÉ"
                                           << "fr" << true;
    QTest::newRow("santé in ht") << "santé"
                                 << "ht" << true;
    QTest::newRow("spaces collapse") << "  SANTE   "
                                     << "fr" << true;
    QTest::newRow("money in en") << "money"
                                 << "en" << true;
    QTest::newRow("lajan in ht") << "lajan"
                                 << "ht" << true;
    QTest::newRow("default languages") << "a"
                                       << "" << true;
    QTest::newRow("nothing matches") << "qqqxxqqq"
                                     << "en" << false;
}

void TestServerCatalog::search() {
    QFETCH(QString, q);
    QFETCH(QString, language);
    QFETCH(bool, mustFindSome);
    // What a literal, accent- and case-insensitive substring search over the served texts finds.
    QStringList expected;
    for (const QJsonValue &course : allCourses(language)) {
        if (tpn::searchKey(stringField(course, "title") + u' ' + stringField(course, "summary"))
                .contains(tpn::searchKey(q)))
            expected.append(stringField(course, "id"));
    }
    QCOMPARE(!expected.isEmpty(), mustFindSome);

    const HttpReply reply =
        get(QStringLiteral("/mobile-api/courses?limit=100&") +
            encodedQuery({{QStringLiteral("q"), q}, {QStringLiteral("language"), language}}));
    QCOMPARE(reply.status, 200);
    QStringList found;
    for (const QJsonValue &course : reply.data().toArray())
        found.append(stringField(course, "id"));
    QCOMPARE(found, expected);
    QCOMPARE(
        reply.json().value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total")).toInt(),
        expected.size());
}

void TestServerCatalog::searchTreatsMetacharactersLiterally_data() {
    QTest::addColumn<QString>("q");
    QTest::newRow("percent") << "%";
    QTest::newRow("underscore") << "_";
    QTest::newRow("percent inside") << "a%e";
    QTest::newRow("backslash") << "\\";
    QTest::newRow("apostrophe") << "'";
    QTest::newRow("l'") << "l'";
    QTest::newRow("injection") << "\"; DROP TABLE courses; --";
    QTest::newRow("quote injection") << "' OR '1'='1";
}

void TestServerCatalog::searchTreatsMetacharactersLiterally() {
    QFETCH(QString, q);
    const QJsonArray everything = allCourses(QStringLiteral("fr"));
    QStringList expected;
    for (const QJsonValue &course : everything) {
        if (tpn::searchKey(stringField(course, "title") + u' ' + stringField(course, "summary"))
                .contains(tpn::searchKey(q)))
            expected.append(stringField(course, "id"));
    }
    const HttpReply reply = get(QStringLiteral("/mobile-api/courses?limit=100&language=fr&") +
                                encodedQuery({{QStringLiteral("q"), q}}));
    QCOMPARE(reply.status, 200);
    QStringList found;
    for (const QJsonValue &course : reply.data().toArray())
        found.append(stringField(course, "id"));
    // As LIKE wildcards '%' and '_' would match every course; literally they match (almost) none.
    QVERIFY(found.size() < everything.size());
    QCOMPARE(found, expected);
    QCOMPARE(allCourses(QStringLiteral("fr")), everything); // nothing was dropped or changed
}

void TestServerCatalog::queryLengthLimit() {
    const HttpReply longest = get(QStringLiteral("/mobile-api/courses?") +
                                  encodedQuery({{QStringLiteral("q"), QString(200, u'é')}}));
    QCOMPARE(longest.status, 200); // 200 characters, 400 bytes of UTF-8: characters are what count
    const HttpReply tooLong = get(QStringLiteral("/mobile-api/courses?") +
                                  encodedQuery({{QStringLiteral("q"), QString(201, u'a')}}));
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.errorCode(), QStringLiteral("query_too_long"));
    const HttpReply empty = get(QStringLiteral("/mobile-api/courses?limit=100&q="));
    QCOMPARE(empty.data().toArray().size(), allCourses().size());
}

void TestServerCatalog::courseDetail() {
    for (const QString &language : Languages) {
        const QJsonObject summary = allCourses(language).at(2).toObject();
        const QString id = stringField(summary, "id");
        const HttpReply reply =
            get(QStringLiteral("/mobile-api/courses/") + id + QStringLiteral("?language=") + language);
        QCOMPARE(reply.status, 200);
        const QJsonObject detail = reply.data().toObject();
        for (auto it = summary.constBegin(); it != summary.constEnd(); ++it)
            QCOMPARE(detail.value(it.key()), it.value()); // every summary field, unchanged
        QVERIFY(!stringField(detail, "description").isEmpty());
        const QJsonArray lessons = detail.value(QStringLiteral("lessons")).toArray();
        QCOMPARE(lessons.size(), detail.value(QStringLiteral("lessonCount")).toInt());
        int minutes = 0;
        for (qsizetype i = 0; i < lessons.size(); ++i) {
            const QJsonObject lesson = lessons.at(i).toObject();
            QCOMPARE(lesson.value(QStringLiteral("position")).toInt(), i + 1);
            QVERIFY(!stringField(lesson, "id").isEmpty());
            QVERIFY(!stringField(lesson, "title").isEmpty());
            QVERIFY(!stringField(lesson, "summary").isEmpty());
            QVERIFY(!lesson.contains(QStringLiteral("body")));
            minutes += lesson.value(QStringLiteral("durationMinutes")).toInt();
        }
        QCOMPARE(detail.value(QStringLiteral("durationMinutes")).toInt(), minutes);
        QVERIFY(QDateTime::fromString(stringField(detail, "updatedAt"), Qt::ISODateWithMs).isValid());
        QVERIFY(stringField(detail, "updatedAt").endsWith(u'Z'));
    }
}

void TestServerCatalog::lessonBodies() {
    const QString courseId = stringField(allCourses().at(0), "id");
    const QJsonObject course =
        get(QStringLiteral("/mobile-api/courses/") + courseId + QStringLiteral("?language=en"))
            .data()
            .toObject();
    for (const QJsonValue &entry : course.value(QStringLiteral("lessons")).toArray()) {
        const HttpReply reply =
            get(QStringLiteral("/mobile-api/courses/") + courseId + QStringLiteral("/lessons/") +
                stringField(entry, "id") + QStringLiteral("?language=en"));
        QCOMPARE(reply.status, 200);
        const QJsonObject lesson = reply.data().toObject();
        QCOMPARE(stringField(lesson, "id"), stringField(entry, "id"));
        QCOMPARE(stringField(lesson, "courseId"), courseId);
        QCOMPARE(lesson.value(QStringLiteral("position")),
                 entry.toObject().value(QStringLiteral("position")));
        QCOMPARE(stringField(lesson, "title"), stringField(entry, "title"));
        QCOMPARE(stringField(lesson, "summary"), stringField(entry, "summary"));
        QCOMPARE(lesson.value(QStringLiteral("durationMinutes")),
                 entry.toObject().value(QStringLiteral("durationMinutes")));
        QCOMPARE(stringField(lesson, "language"), QStringLiteral("en"));
        QVERIFY(stringField(lesson, "body").size() > stringField(lesson, "summary").size());
        QVERIFY(QDateTime::fromString(stringField(lesson, "updatedAt"), Qt::ISODateWithMs).isValid());
    }
}

void TestServerCatalog::unknownIds_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("course") << "/mobile-api/courses/no-such-course";
    QTest::newRow("lesson of unknown course") << "/mobile-api/courses/no-such-course/lessons/intro";
    QTest::newRow("unknown lesson") << "/mobile-api/courses/{first}/lessons/no-such-lesson";
}

void TestServerCatalog::unknownIds() {
    QFETCH(QString, path);
    path.replace(QStringLiteral("{first}"), stringField(allCourses().at(0), "id"));
    const HttpReply reply = get(path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
}

void TestServerCatalog::malformedIds_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("capitals") << "/mobile-api/courses/Math";
    QTest::newRow("underscore") << "/mobile-api/courses/math_1";
    QTest::newRow("space") << "/mobile-api/courses/math%201";
    QTest::newRow("accent") << "/mobile-api/courses/sant%C3%A9";
    QTest::newRow("encoded slash") << "/mobile-api/courses/a%2Fb";
    QTest::newRow("65 characters") << QStringLiteral("/mobile-api/courses/") + QString(65, u'a');
    QTest::newRow("bad lesson id") << "/mobile-api/courses/{first}/lessons/Intro!";
    QTest::newRow("quote") << "/mobile-api/courses/x'%20OR%20'1'='1";
}

void TestServerCatalog::malformedIds() {
    QFETCH(QString, path);
    path.replace(QStringLiteral("{first}"), stringField(allCourses().at(0), "id"));
    const HttpReply reply = get(path);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_parameter"));
}

void TestServerCatalog::demoContentSanity() {
    QVERIFY(get(QStringLiteral("/mobile-api/categories")).data().toArray().size() >= 5);
    const QJsonArray courses = allCourses();
    QVERIFY2(courses.size() >= 30, qPrintable(QString::number(courses.size())));
    for (const QJsonValue &course : courses) {
        const QString id = stringField(course, "id");
        QCOMPARE(course.toObject().value(QStringLiteral("languages")).toVariant().toStringList(), Languages);
        const int lessonCount = course.toObject().value(QStringLiteral("lessonCount")).toInt();
        QVERIFY2(lessonCount >= 3 && lessonCount <= 10, qPrintable(id));
        QSet<QString> titles;
        for (const QString &language : Languages) {
            const QJsonObject detail =
                get(QStringLiteral("/mobile-api/courses/") + id + QStringLiteral("?language=") + language)
                    .data()
                    .toObject();
            QCOMPARE(stringField(detail, "language"), language);
            for (const char *text : {"title", "summary", "description"})
                QVERIFY2(!stringField(detail, text).trimmed().isEmpty(), qPrintable(id + u' ' + language));
            titles.insert(stringField(detail, "title"));
            for (const QJsonValue &entry : detail.value(QStringLiteral("lessons")).toArray()) {
                const QJsonObject lesson =
                    get(QStringLiteral("/mobile-api/courses/") + id + QStringLiteral("/lessons/") +
                        stringField(entry, "id") + QStringLiteral("?language=") + language)
                        .data()
                        .toObject();
                for (const char *text : {"title", "summary", "body"})
                    QVERIFY2(!stringField(lesson, text).trimmed().isEmpty(),
                             qPrintable(id + u'/' + stringField(entry, "id") + u' ' + language));
                QVERIFY(lesson.value(QStringLiteral("durationMinutes")).toInt() > 0);
            }
        }
        QVERIFY2(titles.size() >= 2, qPrintable(id + QStringLiteral(": the title is not translated")));
    }
}

QTEST_GUILESS_MAIN(TestServerCatalog)
#include "tst_server_catalog.moc"
