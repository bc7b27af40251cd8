// The course catalog end to end: the real reference server over HTTPS, the real SQLite cache and
// the real view-models. Then the server goes away and a restarted client still shows the catalog.
#include "categorylistmodel.h"
#include "clientstack.h"
#include "coursedetailmodel.h"
#include "courselistmodel.h"
#include "lessonviewmodel.h"
#include "searchkey.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kTimeout = 15000;

QStringList column(const QAbstractItemModel &model, int role) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, 0), role).toString());
    return values;
}

// Scrolls to the end as a ListView would: fetchMore while the model says there is more.
void loadEverything(CourseListModel &model) {
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
    }
}

// Answers every request with a broken body, to prove a bad server cannot damage the cache.
class GarbageApi : public ApiClient {
public:
    using ApiClient::ApiClient;
    void send(const ApiRequest &, QObject *context, Callback done) override {
        QMetaObject::invokeMethod(
            context, [done] { done(parseEnvelope("{\"success\":true,\"data\":[{\"id\":", 200)); },
            Qt::QueuedConnection);
    }
};

} // namespace

class TestCatalogEndToEnd : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsEveryCourseOnceAcrossPages();
    void searchesAndFilters();
    void categoriesComeFromTheServer();
    void showsCourseAndLesson();
    void followsTheLanguage();
    void restartedClientWorksOfflineFromCache();
    void malformedAnswersLeaveTheCacheIntact();
    void untrustedServerIsRefused();

private:
    TestServer m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<ClientStack> m_client;
    QStringList m_allIds;
};

void TestCatalogEndToEnd::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<ClientStack>(m_server.baseUrl(), m_dataDir.path(), TestServer::caCertPath());
    QVERIFY2(m_client->opened, qPrintable(m_client->database.errorString()));
}

void TestCatalogEndToEnd::listsEveryCourseOnceAcrossPages() {
    CourseListModel model;
    model.setRepository(&m_client->courses);
    QTRY_COMPARE_WITH_TIMEOUT(model.count(), CourseListModel::kPageSize, kTimeout);
    QVERIFY(model.canFetchMore({}));
    loadEverything(model);

    m_allIds = column(model, CourseListModel::CourseIdRole);
    QVERIFY2(m_allIds.size() >= 30, qPrintable(QString::number(m_allIds.size())));
    QCOMPARE(QSet<QString>(m_allIds.begin(), m_allIds.end()).size(), m_allIds.size()); // no course twice
    QVERIFY(model.error().isEmpty());
    QVERIFY(!model.offline());
    QCOMPARE(m_client->courses.cachedCourseCount({}), m_allIds.size());
}

void TestCatalogEndToEnd::searchesAndFilters() {
    CourseListModel model;
    model.setRepository(&m_client->courses);
    QTRY_VERIFY_WITH_TIMEOUT(model.count() > 0 && !model.loading(), kTimeout);

    // Search for a word of one course's title, without its accents and in capitals.
    const QString title = model.data(model.index(3, 0), CourseListModel::TitleRole).toString();
    const QString word = tpn::searchKey(title).split(u' ').first().toUpper();
    model.setSearch(word);
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.count() > 0, kTimeout);
    loadEverything(model);
    QVERIFY(model.count() < m_allIds.size());
    const QStringList titles = column(model, CourseListModel::TitleRole);
    QVERIFY2(titles.contains(title), qPrintable(titles.join(u'|')));
    for (int row = 0; row < model.count(); ++row) {
        const QString text = column(model, CourseListModel::TitleRole).at(row) + u' ' +
                             column(model, CourseListModel::SummaryRole).at(row);
        QVERIFY2(tpn::searchKey(text).contains(tpn::searchKey(word)), qPrintable(text));
    }

    model.setSearch(QString());
    model.setCategory(QStringLiteral("health"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.count() > 0, kTimeout);
    loadEverything(model);
    const QStringList categories = column(model, CourseListModel::CategoryRole);
    QVERIFY(categories.size() >= 5);
    QCOMPARE(categories.count(QStringLiteral("health")), categories.size());

    model.setSearch(QStringLiteral("%_' OR 1=1 --"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
    QCOMPARE(model.count(), 0);
    QVERIFY(model.error().isEmpty());
}

void TestCatalogEndToEnd::categoriesComeFromTheServer() {
    CategoryListModel categories;
    categories.setRepository(&m_client->courses);
    QTRY_VERIFY_WITH_TIMEOUT(!categories.loading() && categories.count() >= 5, kTimeout);
    int total = 0;
    for (int row = 0; row < categories.count(); ++row) {
        QVERIFY(!categories.data(categories.index(row), CategoryListModel::NameRole).toString().isEmpty());
        total += categories.data(categories.index(row), CategoryListModel::CourseCountRole).toInt();
    }
    QCOMPARE(total, m_allIds.size());
}

void TestCatalogEndToEnd::showsCourseAndLesson() {
    CourseDetailModel course;
    course.setRepository(&m_client->courses);
    course.setCourseId(m_allIds.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(course.found() && !course.loading(), kTimeout);
    QVERIFY(!course.title().isEmpty());
    QVERIFY(!course.description().isEmpty());
    QVERIFY(course.color().isValid());
    QVERIFY(course.rowCount() >= 3 && course.rowCount() <= 10);

    LessonViewModel lesson;
    lesson.setRepository(&m_client->courses);
    lesson.setCourseId(course.courseId());
    lesson.setLessonId(course.data(course.index(1), CourseDetailModel::LessonIdRole).toString());
    QTRY_VERIFY_WITH_TIMEOUT(lesson.found() && !lesson.loading(), kTimeout);
    QCOMPARE(lesson.title(), course.data(course.index(1), CourseDetailModel::TitleRole).toString());
    QVERIFY(lesson.body().size() > 200);

    CourseDetailModel missing;
    missing.setRepository(&m_client->courses);
    missing.setCourseId(QStringLiteral("no-such-course"));
    QTRY_VERIFY_WITH_TIMEOUT(!missing.error().isEmpty(), kTimeout);
    QVERIFY(!missing.found());
    QVERIFY(!missing.offline());
}

void TestCatalogEndToEnd::followsTheLanguage() {
    CourseListModel model;
    model.setRepository(&m_client->courses);
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.count() > 0, kTimeout);
    const QString kreyol = model.data(model.index(0, 0), CourseListModel::TitleRole).toString();

    m_client->courses.setLanguage(QStringLiteral("fr-HT"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.count() > 0 &&
                                 model.data(model.index(0, 0), CourseListModel::LanguageRole) ==
                                     QStringLiteral("fr"),
                             kTimeout);
    QCOMPARE(model.data(model.index(0, 0), CourseListModel::CourseIdRole).toString(), m_allIds.at(0));
    QVERIFY(model.data(model.index(0, 0), CourseListModel::TitleRole).toString() != kreyol);
    m_client->courses.setLanguage(QStringLiteral("ht-HT"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !model.loading() && model.data(model.index(0, 0), CourseListModel::TitleRole) == kreyol, kTimeout);
}

void TestCatalogEndToEnd::restartedClientWorksOfflineFromCache() {
    m_server.stop();
    m_client.reset(); // the app quits…
    // …and starts again on the same data directory, with the server gone.
    m_client = std::make_unique<ClientStack>(m_server.baseUrl(), m_dataDir.path(), TestServer::caCertPath());
    QVERIFY(m_client->opened);

    CourseListModel model;
    model.setRepository(&m_client->courses);
    QTRY_COMPARE_WITH_TIMEOUT(model.count(), CourseListModel::kPageSize,
                              2000); // from the cache, before any answer
    QTRY_VERIFY_WITH_TIMEOUT(model.offline() && !model.loading(), kTimeout);
    QVERIFY2(model.error().isEmpty(), "being offline is not an error; the banner says it");
    loadEverything(model);
    QCOMPARE(column(model, CourseListModel::CourseIdRole), m_allIds);

    model.setCategory(QStringLiteral("health"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.count() >= 5, kTimeout);

    CourseDetailModel course;
    course.setRepository(&m_client->courses);
    course.setCourseId(m_allIds.at(0));
    QVERIFY(course.found()); // at once, from the cache
    LessonViewModel lesson;
    lesson.setRepository(&m_client->courses);
    lesson.setCourseId(m_allIds.at(0));
    lesson.setLessonId(course.data(course.index(1), CourseDetailModel::LessonIdRole).toString());
    QVERIFY(lesson.found());
    QVERIFY(lesson.body().size() > 200);
    QTRY_VERIFY_WITH_TIMEOUT(!lesson.loading() && lesson.offline(), kTimeout);

    // The server returns: the banner goes away on the next refresh.
    QVERIFY2(m_server.start(m_server.dataDir(), m_server.port()), qPrintable(m_server.errorString()));
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.offline() && !model.loading(), kTimeout);
}

void TestCatalogEndToEnd::malformedAnswersLeaveTheCacheIntact() {
    const int before = m_client->courses.cachedCourseCount({});
    ClientStack broken(
        m_server.baseUrl(), m_dataDir.path(), TestServer::caCertPath(),
        std::make_unique<GarbageApi>(m_client->network, m_server.baseUrl(), m_client->trust.configuration));
    CourseListModel model;
    model.setRepository(&broken.courses);
    QTRY_VERIFY_WITH_TIMEOUT(!model.error().isEmpty(), kTimeout);
    QCOMPARE(model.count(), CourseListModel::kPageSize); // still showing what was saved
    QVERIFY(!model.offline());
    QCOMPARE(broken.courses.cachedCourseCount({}), before);
}

void TestCatalogEndToEnd::untrustedServerIsRefused() {
    QTemporaryDir elsewhere;
    ClientStack stranger(m_server.baseUrl(), elsewhere.path(), QString()); // system CAs only
    CourseListModel model;
    model.setRepository(&stranger.courses);
    QTRY_VERIFY_WITH_TIMEOUT(!model.error().isEmpty(), kTimeout);
    QCOMPARE(model.count(), 0);
    QVERIFY2(!model.offline(), "a certificate failure is not reported as being offline");
}

QTEST_GUILESS_MAIN(TestCatalogEndToEnd)
#include "tst_catalog_e2e.moc"
