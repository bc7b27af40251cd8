// Course manifests against the real server over HTTPS (docs/api.md, "Offline content"): their shape, the
// Ed25519 signature checked with the public key, every file downloadable and equal to what the catalog
// endpoints answer, the language fallback, the errors, and the signing key at startup.

#include "apiclient.h"
#include "contentcheck.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestServerManifest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void signedManifest_data();
    void signedManifest();
    void filesMatchTheCatalog_data();
    void filesMatchTheCatalog();
    void everyCourseHasOne();
    void tamperedManifestFailsVerification();
    void fallsBackToTheDefaultLanguage();
    void errors_data();
    void errors();
    void withoutSigningKey();
    void badSigningKeyStopsStartup_data();
    void badSigningKeyStopsStartup();

private:
    HttpReply get(const QString &pathAndQuery) { return m_client.get(m_server.url(pathAndQuery)); }
    // The manifest text and signature of a course, checked on the way.
    std::pair<QByteArray, QByteArray> manifest(const QString &courseId, const QString &language);

    TestServer m_server;
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerManifest::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

std::pair<QByteArray, QByteArray> TestServerManifest::manifest(const QString &courseId,
                                                               const QString &language) {
    const HttpReply reply =
        get(QStringLiteral("/mobile-api/courses/%1/manifest?language=%2").arg(courseId, language));
    if (reply.status != 200)
        return {};
    return {stringField(reply.data(), "manifest").toUtf8(),
            stringField(reply.data(), "signature").toLatin1()};
}

void TestServerManifest::signedManifest_data() {
    QTest::addColumn<QString>("courseId");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("served");
    QTest::newRow("ht-HT") << "health-safe-water-clean-hands"
                           << "ht-HT"
                           << "ht";
    QTest::newRow("fr") << "math-counting-money"
                        << "fr"
                        << "fr";
    QTest::newRow("en") << "agri-soil-and-compost"
                        << "en"
                        << "en";
    QTest::newRow("es: the default language") << "health-malaria-and-mosquitoes"
                                              << "es"
                                              << "fr";
}

void TestServerManifest::signedManifest() {
    QFETCH(QString, courseId);
    QFETCH(QString, language);
    QFETCH(QString, served);
    const HttpReply reply =
        get(QStringLiteral("/mobile-api/courses/%1/manifest?language=%2").arg(courseId, language));
    QCOMPARE(reply.status, 200);
    QVERIFY2(envelopeProblem(reply, true, false).isEmpty(), qPrintable(envelopeProblem(reply, true, false)));
    QVERIFY(reply.header("ETag").startsWith("W/\""));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-cache"));
    QCOMPARE(reply.json()[u"metadata"][u"language"].toString(), served);
    const QByteArray text = stringField(reply.data(), "manifest").toUtf8();
    QVERIFY2(manifestProblem(text).isEmpty(), qPrintable(manifestProblem(text)));
    QVERIFY(
        verifyEd25519(text, stringField(reply.data(), "signature").toLatin1(), TestServer::contentKeyPath()));

    const QJsonObject manifest = QJsonDocument::fromJson(text).object();
    const QJsonObject course =
        get(QStringLiteral("/mobile-api/courses/%1?language=%2").arg(courseId, language)).data().toObject();
    QCOMPARE(manifest[u"courseId"].toString(), courseId);
    QCOMPARE(manifest[u"language"].toString(), served);
    QCOMPARE(manifest[u"updatedAt"], course[u"updatedAt"]);
    // course.json, then each lesson in order, then the images.
    QStringList expected{QStringLiteral("course.json")};
    for (const QJsonValue &lesson : course[u"lessons"].toArray())
        expected.append(QStringLiteral("lessons/%1.json").arg(lesson[u"id"].toString()));
    QStringList paths;
    for (const QJsonValue &file : manifestFiles(text))
        paths.append(file[u"path"].toString());
    QCOMPARE(paths.mid(0, expected.size()), expected);
    QVERIFY2(paths.size() > expected.size(), "every demo course has an image");
    QCOMPARE(paths.at(expected.size()), QStringLiteral("images/%1.svg").arg(courseId));
}

void TestServerManifest::filesMatchTheCatalog_data() {
    QTest::addColumn<QString>("courseId");
    QTest::addColumn<QString>("language");
    QTest::newRow("water, ht") << "health-safe-water-clean-hands"
                               << "ht";
    QTest::newRow("water, en") << "health-safe-water-clean-hands"
                               << "en";
    QTest::newRow("compost, fr") << "agri-soil-and-compost"
                                 << "fr";
}

void TestServerManifest::filesMatchTheCatalog() {
    QFETCH(QString, courseId);
    QFETCH(QString, language);
    const auto [text, signature] = manifest(courseId, language);
    QVERIFY(!text.isEmpty());
    QSet<QString> shownImages;
    QSet<QString> listedImages;
    for (const QJsonValue &file : manifestFiles(text)) {
        const QString path = file[u"path"].toString();
        const QString hash = file["sha256"].toString();
        const HttpReply content = get(QStringLiteral("/mobile-api/content/") + hash);
        QCOMPARE(content.status, 200);
        QCOMPARE(sha256Hex(content.body), hash.toLatin1());
        QCOMPARE(content.body.size(), file[u"size"].toInteger());
        QCOMPARE(content.header("Content-Type"), file[u"contentType"].toString().toLatin1());
        if (path.startsWith(QStringLiteral("images/"))) {
            listedImages.insert(hash);
            continue;
        }
        // Byte for byte the `data` of the catalog endpoint, as the raw envelope carries it.
        const QString endpoint =
            path == QStringLiteral("course.json")
                ? QStringLiteral("/mobile-api/courses/%1?language=%2").arg(courseId, language)
                : QStringLiteral("/mobile-api/courses/%1/lessons/%2?language=%3")
                      .arg(courseId, path.mid(8).chopped(5), language);
        const HttpReply live = get(endpoint);
        QCOMPARE(live.status, 200);
        QCOMPARE(content.body, rawEnvelopeData(live.body));
        const QJsonObject data = live.data().toObject();
        if (data.contains(QStringLiteral("image")))
            shownImages.insert(data[u"image"].toString().mid(7));
        static const QRegularExpression imageLine(
            QStringLiteral("^!\\[[^\\]]+\\]\\(sha256:([0-9a-f]{64})\\)$"),
            QRegularExpression::MultilineOption);
        for (auto match = imageLine.globalMatch(data[u"body"].toString()); match.hasNext();)
            shownImages.insert(match.next().captured(1));
    }
    QVERIFY(!shownImages.isEmpty());
    QCOMPARE(listedImages, shownImages);
}

void TestServerManifest::everyCourseHasOne() {
    const QJsonArray courses = get(QStringLiteral("/mobile-api/courses?limit=100")).data().toArray();
    QVERIFY(courses.size() >= 30);
    int lessonImages = 0;
    for (const QJsonValue &course : courses) {
        const QString id = course[u"id"].toString();
        QVERIFY2(course[u"image"].toString().startsWith(QStringLiteral("sha256:")), qPrintable(id));
        const auto [text, signature] = manifest(id, QStringLiteral("en"));
        QVERIFY2(manifestProblem(text).isEmpty(), qPrintable(id + u' ' + manifestProblem(text)));
        QVERIFY(verifyEd25519(text, signature, TestServer::contentKeyPath()));
        lessonImages += int(manifestFiles(text).size()) - 2 - course[u"lessonCount"].toInt();
    }
    QVERIFY2(lessonImages >= 8, qPrintable(QString::number(lessonImages)));
}

void TestServerManifest::tamperedManifestFailsVerification() {
    auto [text, signature] = manifest(QStringLiteral("math-counting-money"), QStringLiteral("ht"));
    QVERIFY(verifyEd25519(text, signature, TestServer::contentKeyPath()));
    text.replace("\"size\":", "\"size\":1");
    QVERIFY(!verifyEd25519(text, signature, TestServer::contentKeyPath()));
}

void TestServerManifest::fallsBackToTheDefaultLanguage() {
    TestServer fixtures({QStringLiteral("--content"), QStringLiteral(TPN_FIXTURE_DIR "/fallback")});
    QVERIFY2(fixtures.start(), qPrintable(fixtures.errorString()));
    // The English body of one lesson is missing: the whole course is French, its manifest too.
    const HttpReply reply = m_client.get(
        fixtures.url(QStringLiteral("/mobile-api/courses/partial-english/manifest?language=en")));
    QCOMPARE(reply.status, 200);
    const QByteArray text = stringField(reply.data(), "manifest").toUtf8();
    QCOMPARE(QJsonDocument::fromJson(text)[u"language"].toString(), QStringLiteral("fr"));
    QVERIFY2(manifestProblem(text).isEmpty(), qPrintable(manifestProblem(text)));
}

void TestServerManifest::errors_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown course") << "/mobile-api/courses/no-such-course/manifest" << 404 << "not_found";
    QTest::newRow("bad id") << "/mobile-api/courses/Bad_Id/manifest" << 400 << "invalid_parameter";
    QTest::newRow("bad language") << "/mobile-api/courses/math-counting-money/manifest?language=@@" << 400
                                  << "invalid_parameter";
}

void TestServerManifest::errors() {
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpReply reply = get(path);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
}

void TestServerManifest::withoutSigningKey() {
    TestServer unsigned_({QStringLiteral("--demo")}, TestServer::ContentSigning::Off);
    QVERIFY2(unsigned_.start(), qPrintable(unsigned_.errorString()));
    const HttpReply reply =
        m_client.get(unsigned_.url(QStringLiteral("/mobile-api/courses/math-counting-money/manifest")));
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.errorCode(), QStringLiteral("downloads_unavailable"));
    QVERIFY(envelopeProblem(reply, false, false).isEmpty());
    // Unknown courses stay 404: the key decides about downloads, not about what exists.
    QCOMPARE(m_client.get(unsigned_.url(QStringLiteral("/mobile-api/courses/nope/manifest"))).status, 404);
}

void TestServerManifest::badSigningKeyStopsStartup_data() {
    QTest::addColumn<QString>("keyFile"); // {garbage}: a file that is no PEM
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << "/nonexistent/content-signing.key"
                                  << "cannot be read";
    QTest::newRow("not a key") << "{garbage}"
                               << "holds no unencrypted PEM private key";
    QTest::newRow("RSA key") << TPN_TEST_CERT_DIR "/server.key"
                             << "content signing needs an Ed25519 key";
    QTest::newRow("public key") << TPN_TEST_CERT_DIR "/content-key.pem"
                                << "holds no unencrypted PEM private key";
}

void TestServerManifest::badSigningKeyStopsStartup() {
    QFETCH(QString, keyFile);
    QFETCH(QString, message);
    QTemporaryDir dir;
    if (keyFile == QStringLiteral("{garbage}")) {
        keyFile = dir.filePath(QStringLiteral("garbage.key"));
        QFile garbage(keyFile);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n");
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcess process;
    process.start(QStringLiteral(TPN_SERVER_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), data,
                   QStringLiteral("--demo"), QStringLiteral("--signing-key"), keyFile});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    const QString standardError = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(standardError.contains(message) && standardError.contains(keyFile), qPrintable(standardError));
    QVERIFY2(!QFileInfo::exists(data), "a bad key leaves no data directory behind");
}

QTEST_GUILESS_MAIN(TestServerManifest)
#include "tst_server_manifest.moc"
