// "Keep everything seen", end to end: the real reference server, the app's own composition
// (ClientServices on a data directory), the real SQLite files and keychain. What a learner has seen
// once stays on the device whoever signs in, whatever they filter and whatever language they read
// in; then the server goes away and the device still shows all of it.
#include "clientstack.h"
#include "coursedetailmodel.h"
#include "courselistmodel.h"
#include "lessonviewmodel.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kTimeout = 20000;

// Scrolls to the end as a ListView would: fetchMore while the model says there is more.
void loadEverything(CourseListModel &model) {
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
    }
}

// How many courses the server has, in its own words (the pagination total of the first page).
int serverCourseCount(ClientStack &client) {
    std::optional<ApiResult> answer;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    client.api->get(QStringLiteral("/mobile-api/courses"), query, &client.courses(),
                    [&](const ApiResult &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kTimeout) || !answer->ok() ||
        !answer->envelope.pagination)
        return -1;
    return answer->envelope.pagination->total;
}

QString rowValue(const QAbstractItemModel &model, int row, int role) {
    return model.data(model.index(row, 0), role).toString();
}

} // namespace

class TestKeepSeenEndToEnd : public QObject {
    Q_OBJECT
private slots:
    void init();
    void allKeepsEveryCourseSeenAcrossSignInAndFilters();
    void lessonReadInKreyolOpensOfflineInEnglish();
    void courseOnlyListedShowsItsTitleOffline();

private:
    void signUp(ClientStack &client);

    TestServer m_server;
    int m_learners = 0;
};

void TestKeepSeenEndToEnd::init() {
    QVERIFY2(m_server.start(m_server.dataDir(), m_server.port()), qPrintable(m_server.errorString()));
}

void TestKeepSeenEndToEnd::signUp(ClientStack &client) {
    const QString email = QStringLiteral("keepseen%1@lekol.ht").arg(++m_learners);
    client.auth.signUp(QStringLiteral("Roz"), email, QStringLiteral("pen ak papye"), QStringLiteral("ht"));
    QTRY_VERIFY_WITH_TIMEOUT(client.auth.signedIn() || !client.auth.error().isEmpty(), kTimeout);
    QVERIFY2(client.auth.signedIn(), qPrintable(client.auth.error()));
}

void TestKeepSeenEndToEnd::allKeepsEveryCourseSeenAcrossSignInAndFilters() {
    QTemporaryDir dir;
    auto client = std::make_unique<ClientStack>(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    QVERIFY(client->opened);
    const int total = serverCourseCount(*client);
    QVERIFY2(total > CourseListModel::kPageSize, qPrintable(QString::number(total)));

    {
        CourseListModel all; // a guest scrolls through "All"
        all.setRepository(&client->courses());
        loadEverything(all);
        QCOMPARE(all.count(), total);
    }
    signUp(*client);
    {
        CourseListModel health; // the learner only ever looks at Health
        health.setRepository(&client->courses());
        health.setCategory(QStringLiteral("health"));
        loadEverything(health);
        QVERIFY(health.count() > 0 && health.count() < total);
    }
    m_server.stop();

    CourseListModel all;
    all.setRepository(&client->courses());
    loadEverything(all);
    QTRY_VERIFY_WITH_TIMEOUT(all.offline() && !all.loading(), kTimeout);
    loadEverything(all);
    QCOMPARE(all.count(), total);

    // The app starts again, offline, with the learner still signed in: still every course.
    client.reset();
    client = std::make_unique<ClientStack>(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    QTRY_VERIFY_WITH_TIMEOUT(client->auth.signedIn(), kTimeout);
    CourseListModel restarted;
    restarted.setRepository(&client->courses());
    QTRY_VERIFY_WITH_TIMEOUT(restarted.offline() && !restarted.loading(), kTimeout);
    loadEverything(restarted);
    QCOMPARE(restarted.count(), total);
    client->auth.signOutAndErase();
}

void TestKeepSeenEndToEnd::lessonReadInKreyolOpensOfflineInEnglish() {
    QTemporaryDir dir;
    ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    QVERIFY(client.opened);
    client.language.setCode(QStringLiteral("ht"));

    QString courseId, courseTitle, lessonId, lessonTitle, body;
    {
        CourseListModel list;
        list.setRepository(&client.courses());
        QTRY_VERIFY_WITH_TIMEOUT(!list.loading() && list.count() > 0, kTimeout);
        courseId = rowValue(list, 0, CourseListModel::CourseIdRole);
        CourseDetailModel course;
        course.setRepository(&client.courses());
        course.setCourseId(courseId);
        QTRY_VERIFY_WITH_TIMEOUT(course.found() && !course.loading() && course.rowCount() > 0, kTimeout);
        courseTitle = course.title();
        lessonId = rowValue(course, 0, CourseDetailModel::LessonIdRole);
        LessonViewModel lesson; // read in Kreyòl
        lesson.setRepository(&client.courses());
        lesson.setCourseId(courseId);
        lesson.setLessonId(lessonId);
        QTRY_VERIFY_WITH_TIMEOUT(lesson.found() && !lesson.loading(), kTimeout);
        lessonTitle = lesson.title();
        body = lesson.body();
        QVERIFY(!body.isEmpty());
    }
    client.language.setCode(QStringLiteral("en")); // the app now in English…
    m_server.stop();                               // …and the network gone

    LessonViewModel lesson;
    lesson.setRepository(&client.courses());
    lesson.setCourseId(courseId);
    lesson.setLessonId(lessonId);
    QTRY_VERIFY_WITH_TIMEOUT(lesson.offline() && !lesson.loading(), kTimeout);
    QVERIFY2(lesson.found(), "a version is on the device: never 'not saved'");
    QCOMPARE(lesson.title(), lessonTitle);
    QCOMPARE(lesson.body(), body);
    QCOMPARE(lesson.shownLanguage(), QStringLiteral("ht"));
    QCOMPARE(lesson.languageNote(), QStringLiteral("Not saved in English on this device: shown in Kreyòl."));

    CourseDetailModel course;
    course.setRepository(&client.courses());
    course.setCourseId(courseId);
    QTRY_VERIFY_WITH_TIMEOUT(course.offline() && !course.loading(), kTimeout);
    QVERIFY(course.found());
    QCOMPARE(course.title(), courseTitle);
    QVERIFY(course.rowCount() > 0 && course.lessonsKnown());
    QCOMPARE(course.languageNote(), lesson.languageNote());

    // Back online, the English version arrives and the note goes.
    QVERIFY2(m_server.start(m_server.dataDir(), m_server.port()), qPrintable(m_server.errorString()));
    lesson.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!lesson.loading() && lesson.shownLanguage() == QStringLiteral("en"), kTimeout);
    QVERIFY(lesson.languageNote().isEmpty());
    QVERIFY(lesson.body() != body);
}

void TestKeepSeenEndToEnd::courseOnlyListedShowsItsTitleOffline() {
    QTemporaryDir dir;
    ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    QVERIFY(client.opened);
    CourseListModel list;
    list.setRepository(&client.courses());
    QTRY_VERIFY_WITH_TIMEOUT(!list.loading() && list.count() > 2, kTimeout);
    const QString courseId = rowValue(list, 2, CourseListModel::CourseIdRole);
    const QString title = rowValue(list, 2, CourseListModel::TitleRole);
    m_server.stop();

    CourseDetailModel course; // never opened while online
    course.setRepository(&client.courses());
    course.setCourseId(courseId);
    QTRY_VERIFY_WITH_TIMEOUT(course.offline() && !course.loading(), kTimeout);
    QVERIFY2(course.found(), "the course as listed is on the device");
    QCOMPARE(course.title(), title);
    QCOMPARE(course.summary(), rowValue(list, 2, CourseListModel::SummaryRole));
    QCOMPARE(course.rowCount(), 0);
    QVERIFY(!course.lessonsKnown());
    QCOMPARE(course.lessonCount(), rowValue(list, 2, CourseListModel::LessonCountRole).toInt());
    QVERIFY(course.languageNote().isEmpty());
}

QTEST_GUILESS_MAIN(TestKeepSeenEndToEnd)
#include "tst_keepseen_e2e.moc"
