// Images in content files (docs/api.md, "Content files"): a course's `image` and `![alt](images/<name>)`
// lines in lesson bodies become "sha256:<hex>" of the file; a reference to a missing, misnamed or
// oversized file stops the import with a message naming the file and the field.

#include "apiclient.h"
#include "contentcheck.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Svg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><circle cx=\"4\" cy=\"4\" "
    "r=\"3\" fill=\"#0277BD\"/></svg>\n";

void writeFile(const QString &path, const QByteArray &data) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

// A content folder with one category, one course (image: course's "image" member, or none when null)
// and one lesson whose English body is body, plus images/ok.svg.
void writeContent(const QString &dir, const QJsonValue &image, const QString &body) {
    writeFile(
        dir + QStringLiteral("/categories.json"),
        R"([{"id": "pics", "icon": "heart", "color": "#123456", "name": {"ht": "A", "fr": "B", "en": "C"}}])");
    QJsonObject course{{"id", "picture-course"},
                       {"icon", "heart"},
                       {"color", "#123456"},
                       {"defaultLanguage", "en"},
                       {"title", QJsonObject{{"en", "T"}}},
                       {"summary", QJsonObject{{"en", "S"}}},
                       {"description", QJsonObject{{"en", "D"}}},
                       {"lessons", QJsonArray{QJsonObject{{"id", "one"},
                                                          {"durationMinutes", 5},
                                                          {"title", QJsonObject{{"en", "L"}}},
                                                          {"summary", QJsonObject{{"en", "LS"}}},
                                                          {"body", QJsonObject{{"en", body}}}}}}};
    if (!image.isNull())
        course.insert(QStringLiteral("image"), image);
    writeFile(dir + QStringLiteral("/pics.json"),
              QJsonDocument(QJsonObject{{"category", "pics"}, {"courses", QJsonArray{course}}}).toJson());
    writeFile(dir + QStringLiteral("/images/ok.svg"), Svg);
}

} // namespace

class TestServerContentImport : public QObject {
    Q_OBJECT

private slots:
    void refusals_data();
    void refusals();
    void imagesAreServedByHash();
    void aChangedImageChangesUpdatedAt();

private:
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerContentImport::refusals_data() {
    QTest::addColumn<QJsonValue>("image");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    const QString lessonBody = QStringLiteral("pics.json: courses[0].lessons[0].body.en: ");
    QTest::newRow("missing lesson image") << QJsonValue() << "Intro\n\n![A drop](images/missing.svg)\n\nMore"
                                          << lessonBody + "image \"images/missing.svg\" does not exist";
    QTest::newRow("bad name") << QJsonValue() << "![A drop](images/Bad_Name.svg)"
                              << lessonBody + "\"Bad_Name.svg\" is not an image name";
    QTest::newRow("other format") << QJsonValue() << "  ![A photo](images/photo.jpg)  "
                                  << lessonBody + "\"photo.jpg\" is not an image name";
    QTest::newRow("path outside") << QJsonValue() << "![Up](images/../pics.json)"
                                  << lessonBody + "\"../pics.json\" is not an image name";
    QTest::newRow("no alt text") << QJsonValue() << "![](images/ok.svg)"
                                 << lessonBody + "the image \"images/ok.svg\" needs an alt text";
    QTest::newRow("alt text too long")
        << QJsonValue() << "![" + QString(301, u'a') + "](images/ok.svg)"
        << lessonBody + "the image \"images/ok.svg\" needs an alt text of 1 to 300 characters";
    QTest::newRow("hash written") << QJsonValue() << "![A drop](sha256:" + QString(64, u'a') + ')'
                                  << lessonBody + "write images as ![alt](images/<name>), not by hash";
    QTest::newRow("missing course image")
        << QJsonValue("nope.svg") << "Text"
        << "pics.json: courses[0].image: image \"images/nope.svg\" does not exist";
    QTest::newRow("course image path")
        << QJsonValue("images/ok.svg") << "Text"
        << "pics.json: courses[0].image: \"images/ok.svg\" is not an image name";
    QTest::newRow("course image not text") << QJsonValue(5) << "Text"
                                           << "pics.json: courses[0].image: must be a string";
    QTest::newRow("over 512 KiB")
        << QJsonValue("big.svg") << "Text"
        << "courses[0].image: image \"images/big.svg\" has 524289 bytes; at most 524288";
    QTest::newRow("not a PNG") << QJsonValue("fake.png") << "Text"
                               << "courses[0].image: image \"images/fake.png\" is not a image/png file";
}

void TestServerContentImport::refusals() {
    QFETCH(QJsonValue, image);
    QFETCH(QString, body);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString content = dir.filePath(QStringLiteral("content"));
    writeContent(content, image, body);
    QByteArray big = Svg;
    big.append(512 * 1024 + 1 - big.size(), ' ');
    writeFile(content + QStringLiteral("/images/big.svg"), big);
    writeFile(content + QStringLiteral("/images/fake.png"), Svg);

    QProcess process;
    process.start(QStringLiteral(TPN_SERVER_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                   dir.filePath(QStringLiteral("data")), QStringLiteral("--content"), content});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    const QString standardError = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(standardError.contains(message), qPrintable(standardError));
}

void TestServerContentImport::imagesAreServedByHash() {
    QTemporaryDir dir;
    writeContent(
        dir.path(), QJsonValue("ok.svg"),
        QStringLiteral(
            "Intro **bold**\n\n  ![A blue drop](images/ok.svg)  \n\n![A link](https://e.com/x.png)"));
    TestServer server({QStringLiteral("--content"), dir.path()});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray hash = sha256Hex(Svg);

    const QJsonObject course =
        m_client.get(server.url(QStringLiteral("/mobile-api/courses/picture-course"))).data().toObject();
    QCOMPARE(course[u"image"].toString(), QStringLiteral("sha256:") + QLatin1StringView(hash));
    const QJsonArray list = m_client.get(server.url(QStringLiteral("/mobile-api/courses"))).data().toArray();
    QCOMPARE(list.at(0)[u"image"], course[u"image"]);
    const QJsonObject lesson =
        m_client.get(server.url(QStringLiteral("/mobile-api/courses/picture-course/lessons/one")))
            .data()
            .toObject();
    QCOMPARE(lesson[u"body"].toString(), QStringLiteral("Intro **bold**\n\n![A blue drop](sha256:%1)\n\n"
                                                        "![A link](https://e.com/x.png)")
                                             .arg(QLatin1StringView(hash)));

    const HttpReply file =
        m_client.get(server.url(QStringLiteral("/mobile-api/content/") + QLatin1StringView(hash)));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, Svg);
    QCOMPARE(file.header("Content-Type"), QByteArray("image/svg+xml"));
    const HttpReply manifest =
        m_client.get(server.url(QStringLiteral("/mobile-api/courses/picture-course/manifest")));
    const QJsonArray files = manifestFiles(stringField(manifest.data(), "manifest").toUtf8());
    QCOMPARE(files.size(), 3); // course.json, lessons/one.json, the image once
    QCOMPARE(files.at(2)[u"path"].toString(), QStringLiteral("images/ok.svg"));
    QCOMPARE(files.at(2)[u"sha256"].toString().toLatin1(), hash);
}

void TestServerContentImport::aChangedImageChangesUpdatedAt() {
    QTemporaryDir dir;
    const QString content = dir.filePath(QStringLiteral("content"));
    writeContent(content, QJsonValue("ok.svg"), QStringLiteral("![A drop](images/ok.svg)"));
    TestServer server({QStringLiteral("--content"), content});
    const auto updatedAt = [&](const QString &path) {
        return stringField(m_client.get(server.url(path)).data(), "updatedAt");
    };
    const QString coursePath = QStringLiteral("/mobile-api/courses/picture-course");
    const QString lessonPath = coursePath + QStringLiteral("/lessons/one");
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString course = updatedAt(coursePath);
    const QString lesson = updatedAt(lessonPath);
    QTest::qWait(5);         // timestamps have milliseconds
    QVERIFY(server.start()); // the same content again: nothing changed
    QCOMPARE(updatedAt(coursePath), course);
    QCOMPARE(updatedAt(lessonPath), lesson);
    writeFile(content + QStringLiteral("/images/ok.svg"), QByteArray(Svg).replace("#0277BD", "#C62828"));
    QVERIFY(server.start());
    QVERIFY(updatedAt(coursePath) > course);
    QVERIFY(updatedAt(lessonPath) > lesson);
}

QTEST_GUILESS_MAIN(TestServerContentImport)
#include "tst_server_content_import.moc"
