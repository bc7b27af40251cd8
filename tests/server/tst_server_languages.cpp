// Languages against the real server over HTTPS: which language tags are accepted, which language each
// course is served in, and the fallback to a course's default language when a translation is incomplete
// (with the fixture courses in fixtures/fallback).

#include "apiclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

class TestServerLanguages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void languageTags_data();
    void languageTags();
    void malformedLanguage_data();
    void malformedLanguage();
    void fallbackToDefaultLanguage_data();
    void fallbackToDefaultLanguage();

private:
    HttpReply get(const QString &pathAndQuery) { return m_client.get(m_demo.url(pathAndQuery)); }

    TestServer m_demo;
    TestServer m_fixtures{{QStringLiteral("--content"), QStringLiteral(TPN_FIXTURE_DIR "/fallback")}};
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerLanguages::initTestCase() {
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    QVERIFY2(m_fixtures.start(), qPrintable(m_fixtures.errorString()));
}

void TestServerLanguages::languageTags_data() {
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("served"); // empty: each course's default language
    QTest::newRow("ht") << "ht"
                        << "ht";
    QTest::newRow("ht-HT") << "ht-HT"
                           << "ht";
    QTest::newRow("fr-HT") << "fr-HT"
                           << "fr";
    QTest::newRow("fr-FR") << "fr-FR"
                           << "fr";
    QTest::newRow("FR") << "FR"
                        << "fr";
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("en-US") << "en-US"
                           << "en";
    QTest::newRow("es") << "es"
                        << "";
    QTest::newRow("es-419") << "es-419"
                            << "";
    QTest::newRow("missing") << ""
                             << "";
}

void TestServerLanguages::languageTags() {
    QFETCH(QString, tag);
    QFETCH(QString, served);
    const HttpReply reply = get(QStringLiteral("/mobile-api/courses?limit=100&") +
                                encodedQuery({{QStringLiteral("language"), tag}}));
    QCOMPARE(reply.status, 200);
    const QJsonValue metadataLanguage =
        reply.json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("language"));
    QCOMPARE(metadataLanguage, served.isEmpty() ? QJsonValue() : QJsonValue(served));
    const QJsonArray courses = reply.data().toArray();
    QVERIFY(courses.size() >= 30);
    for (const QJsonValue &course : courses) {
        const QString id = stringField(course, "id");
        const QString expected =
            served.isEmpty()
                ? stringField(get(QStringLiteral("/mobile-api/courses/") + id).data(), "language")
                : served;
        QCOMPARE(stringField(course, "language"), expected);
        const QJsonObject detail =
            get(QStringLiteral("/mobile-api/courses/") + id + QStringLiteral("?language=") + expected)
                .data()
                .toObject();
        QCOMPARE(stringField(course, "title"), stringField(detail, "title"));
    }
}

void TestServerLanguages::malformedLanguage_data() {
    QTest::addColumn<QString>("tag");
    QTest::newRow("@@") << "@@";
    QTest::newRow("40 letters") << QString(40, u'a');
    QTest::newRow("one letter") << "e";
    QTest::newRow("underscore") << "en_US";
    QTest::newRow("leading dash") << "-en";
    QTest::newRow("empty subtag") << "fr--HT";
    QTest::newRow("digits") << "12";
    QTest::newRow("space") << "fr HT";
}

void TestServerLanguages::malformedLanguage() {
    QFETCH(QString, tag);
    for (const QString &path :
         {QStringLiteral("/mobile-api/courses"), QStringLiteral("/mobile-api/categories")}) {
        const HttpReply reply = get(path + u'?' + encodedQuery({{QStringLiteral("language"), tag}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_parameter"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("'language'")));
    }
}

void TestServerLanguages::fallbackToDefaultLanguage_data() {
    QTest::addColumn<QString>("course");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("served");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("lastLessonBody");
    const QStringList htFr{QStringLiteral("ht"), QStringLiteral("fr")};
    const QStringList ht{QStringLiteral("ht")};
    // An English lesson body is missing, so English readers get the whole course in French (its default).
    QTest::newRow("incomplete en") << "partial-english"
                                   << "en"
                                   << "fr" << htFr << "Cours partiel"
                                   << "Corps 2";
    QTest::newRow("complete ht") << "partial-english"
                                 << "ht-HT"
                                 << "ht" << htFr << "Kou an pati"
                                 << "Kò 2";
    QTest::newRow("none asked") << "partial-english"
                                << ""
                                << "fr" << htFr << "Cours partiel"
                                << "Corps 2";
    QTest::newRow("only ht, fr asked") << "kreyol-only"
                                       << "fr"
                                       << "ht" << ht << "Sèlman an kreyòl"
                                       << "Yon kò";
    QTest::newRow("only ht, en asked") << "kreyol-only"
                                       << "en-US"
                                       << "ht" << ht << "Sèlman an kreyòl"
                                       << "Yon kò";
}

void TestServerLanguages::fallbackToDefaultLanguage() {
    QFETCH(QString, course);
    QFETCH(QString, requested);
    QFETCH(QString, served);
    QFETCH(QStringList, languages);
    QFETCH(QString, title);
    QFETCH(QString, lastLessonBody);
    const QString language = encodedQuery({{QStringLiteral("language"), requested}});

    const HttpReply list = m_client.get(m_fixtures.url(QStringLiteral("/mobile-api/courses?") + language));
    QCOMPARE(list.status, 200);
    QJsonObject summary;
    for (const QJsonValue &entry : list.data().toArray()) {
        if (stringField(entry, "id") == course)
            summary = entry.toObject();
    }
    QCOMPARE(stringField(summary, "language"), served);
    QCOMPARE(stringField(summary, "title"), title);
    QCOMPARE(summary.value(QStringLiteral("languages")).toVariant().toStringList(), languages);

    const HttpReply detail =
        m_client.get(m_fixtures.url(QStringLiteral("/mobile-api/courses/") + course + u'?' + language));
    QCOMPARE(detail.status, 200);
    QCOMPARE(stringField(detail.data(), "language"), served);
    QCOMPARE(stringField(detail.data(), "title"), title);
    QCOMPARE(detail.json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("language")),
             QJsonValue(served));
    const QJsonArray lessons = detail.data().toObject().value(QStringLiteral("lessons")).toArray();
    const QString lastLesson = stringField(lessons.last(), "id");
    const HttpReply lesson =
        m_client.get(m_fixtures.url(QStringLiteral("/mobile-api/courses/") + course +
                                    QStringLiteral("/lessons/") + lastLesson + u'?' + language));
    QCOMPARE(lesson.status, 200);
    QCOMPARE(stringField(lesson.data(), "language"), served);
    QCOMPARE(stringField(lesson.data(), "body"), lastLessonBody);
}

QTEST_GUILESS_MAIN(TestServerLanguages)
#include "tst_server_languages.moc"
