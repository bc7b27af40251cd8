// Course data from the server is decoded strictly: one bad field rejects the record.
#include "catalogjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QJsonObject validCourse() {
    return QJsonDocument::fromJson(R"({"id":"health-water","category":"health","title":"Dlo pwòp",
        "summary":"Kijan pou w trete dlo.","language":"ht","languages":["ht","fr","en"],"icon":"water",
        "color":"#0277BD","position":3,"lessonCount":4,"durationMinutes":45,"updatedAt":"2026-01-02T03:04:05Z"})")
        .object();
}
} // namespace

class TestCatalogJson : public QObject {
    Q_OBJECT
private slots:
    void validCourseDecodes();
    void badCourse_data();
    void badCourse();
    void detailWithBadLessonIsRejected();
    void listNamesTheBadItem();
    void courseImage_data();
    void courseImage();
};

void TestCatalogJson::validCourseDecodes() {
    QString error;
    const auto c = CatalogJson::courseSummary(validCourse(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->id, QStringLiteral("health-water"));
    QCOMPARE(c->title, QStringLiteral("Dlo pwòp"));
    QCOMPARE(c->languages, QStringList({"ht", "fr", "en"}));
    QCOMPARE(c->position, 3);
    QCOMPARE(c->lessonCount, 4);
    QCOMPARE(c->updatedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
}

void TestCatalogJson::badCourse_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id with slash") << "id" << QJsonValue(QStringLiteral("../etc/passwd"));
    QTest::newRow("id number") << "id" << QJsonValue(42);
    QTest::newRow("id too long") << "id" << QJsonValue(QString(65, QChar(u'a')));
    QTest::newRow("title null") << "title" << QJsonValue(QJsonValue::Null);
    QTest::newRow("title empty") << "title" << QJsonValue(QStringLiteral(""));
    QTest::newRow("title huge") << "title" << QJsonValue(QString(100000, QChar(u'x')));
    QTest::newRow("color name") << "color" << QJsonValue(QStringLiteral("red"));
    QTest::newRow("lessonCount negative") << "lessonCount" << QJsonValue(-1);
    QTest::newRow("lessonCount fraction") << "lessonCount" << QJsonValue(2.5);
    QTest::newRow("lessonCount string") << "lessonCount" << QJsonValue(QStringLiteral("3"));
    QTest::newRow("lessonCount huge") << "lessonCount" << QJsonValue(1e12);
    QTest::newRow("languages string") << "languages" << QJsonValue(QStringLiteral("ht"));
    QTest::newRow("updatedAt garbage") << "updatedAt" << QJsonValue(QStringLiteral("yesterday"));
}

void TestCatalogJson::badCourse() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject course = validCourse();
    if (value.isUndefined())
        course.remove(field);
    else
        course.insert(field, value);
    QString error;
    QVERIFY(!CatalogJson::courseSummary(course, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestCatalogJson::detailWithBadLessonIsRejected() {
    QJsonObject detail = validCourse();
    detail.insert(u"description", QStringLiteral("Tout sa ou bezwen konnen."));
    QJsonObject lesson{{"id", QStringLiteral("boil")},
                       {"position", 1},
                       {"title", QStringLiteral("Bouyi dlo")},
                       {"summary", QString()},
                       {"durationMinutes", 10}};
    detail.insert(u"lessons", QJsonArray{lesson});
    QString error;
    const auto ok = CatalogJson::courseDetail(detail, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(ok->lessons.size(), 1);

    lesson.insert(u"durationMinutes", QStringLiteral("ten"));
    detail.insert(u"lessons", QJsonArray{lesson});
    QVERIFY(!CatalogJson::courseDetail(detail, &error));
    QVERIFY2(error.contains(u"lessons") && error.contains(u"durationMinutes"), qPrintable(error));
}

void TestCatalogJson::listNamesTheBadItem() {
    QJsonObject bad = validCourse();
    bad.insert(u"color", 5);
    QString error;
    const auto list =
        CatalogJson::list<CourseSummary>(QJsonArray{validCourse(), bad}, CatalogJson::courseSummary, &error);
    QVERIFY(!list);
    QVERIFY2(error.startsWith(u"item 1"), qPrintable(error));
    QVERIFY(!CatalogJson::list<CourseSummary>(QJsonValue(QJsonObject{}), CatalogJson::courseSummary, &error));
}

// The picture is optional decoration: a hash the app can load, or nothing; never a rejected course.
void TestCatalogJson::courseImage_data() {
    const QString hash = QStringLiteral("0123456789abcdef").repeated(4);
    QTest::addColumn<QJsonValue>("image");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hash") << QJsonValue("sha256:" + hash) << hash;
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("number") << QJsonValue(7) << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject{{"sha256", hash}}) << QString();
    QTest::newRow("bare hash") << QJsonValue(hash) << QString();
    QTest::newRow("upper case") << QJsonValue("sha256:" + hash.toUpper()) << QString();
    QTest::newRow("short") << QJsonValue("sha256:" + hash.left(63)) << QString();
    QTest::newRow("trailing newline") << QJsonValue("sha256:" + hash + "\n") << QString();
    QTest::newRow("url") << QJsonValue("https://example.org/" + hash + ".png") << QString();
}

void TestCatalogJson::courseImage() {
    QFETCH(QJsonValue, image);
    QFETCH(QString, expected);
    QJsonObject course = validCourse();
    if (!image.isUndefined())
        course.insert(u"image", image);
    QString error;
    const auto summary = CatalogJson::courseSummary(course, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->image, expected);
    course.insert(u"description", QString());
    course.insert(u"lessons", QJsonArray());
    const auto detail = CatalogJson::courseDetail(course, &error);
    QVERIFY2(detail, qPrintable(error));
    QCOMPARE(detail->course.image, expected);
}

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
