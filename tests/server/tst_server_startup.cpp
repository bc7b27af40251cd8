// The reference server as a process: its command line, exit codes, content validation at startup,
// signals, and what survives a restart on the same data directory.

#include "apiclient.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run {
    bool finished = false;
    int exitCode = -1;
    QString standardError;
};

// Runs the server binary to completion: for command lines that must be refused at startup.
Run runServer(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(TPN_SERVER_BINARY), arguments);
    Run run;
    run.finished = process.waitForFinished(20000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.standardError = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

const QByteArray ValidCategories = R"([{"id": "tests", "icon": "flask", "color": "#455A64",
  "name": {"ht": "Tès", "fr": "Essais", "en": "Tests"}}])";

// One course; {id} and {title} are filled in by validCourses().
const QByteArray CourseTemplate =
    R"({"id": "{id}", "icon": "book", "color": "#123456", "defaultLanguage": "ht",
  "title": {"ht": "Tit", "fr": "{title}", "en": "Title"},
  "summary": {"ht": "Rezime", "fr": "Résumé", "en": "Summary"},
  "description": {"ht": "Deskripsyon", "fr": "Description", "en": "Description"},
  "lessons": [
    {"id": "lesson-one", "durationMinutes": 5, "title": {"ht": "L1"}, "summary": {"ht": "S1"}, "body": {"ht": "B1"}},
    {"id": "lesson-two", "durationMinutes": 6, "title": {"ht": "L2"}, "summary": {"ht": "S2"}, "body": {"ht": "B2"}}]})";

QByteArray validCourses(const QList<std::pair<QByteArray, QByteArray>> &idsAndTitles) {
    QByteArrayList courses;
    for (const auto &[id, title] : idsAndTitles)
        courses.append(QByteArray(CourseTemplate).replace("{id}", id).replace("{title}", title));
    return R"({"category": "tests", "courses": [)" + courses.join(",\n") + "]}";
}

QString certificate(const char *file) {
    return QDir(QStringLiteral(TPN_TEST_CERT_DIR)).filePath(QLatin1StringView(file));
}

} // namespace

class TestServerStartup : public QObject {
    Q_OBJECT

private slots:
    void plainHttpWithoutTls();
    void exitsCleanlyOnSignal_data();
    void exitsCleanlyOnSignal();
    void badOptions_data();
    void badOptions();
    void occupiedPort();
    void invalidContent_data();
    void invalidContent();
    void failedImportChangesNothing();
    void restartKeepsEtagsAndTimestamps();
    void changedContentUpdatesOnlyItsCourse();
    void startsOnAFullDisk();

private:
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerStartup::plainHttpWithoutTls() {
    QTemporaryDir data;
    QProcess process;
    process.start(
        QStringLiteral(TPN_SERVER_BINARY),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), data.path()});
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, 20000);
    const QString line = QString::fromUtf8(process.readLine());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^tekpounou-server listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"))
            .match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QByteArray standardError;
    QTRY_VERIFY((standardError += process.readAllStandardError()).contains("plain HTTP"));

    const HttpReply reply = m_client.get(
        QUrl(QStringLiteral("http://127.0.0.1:") + match.captured(1) + QStringLiteral("/mobile-api/health")));
    QCOMPARE(reply.status, 200);
    // An HTTPS client gets no answer from a plain HTTP server, rather than an unencrypted one.
    const HttpReply tls = m_client.get(QUrl(QStringLiteral("https://127.0.0.1:") + match.captured(1) +
                                            QStringLiteral("/mobile-api/health")));
    QCOMPARE(tls.status, 0);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestServerStartup::exitsCleanlyOnSignal_data() {
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestServerStartup::exitsCleanlyOnSignal() {
    QFETCH(int, signalNumber);
    QTemporaryDir data;
    QProcess process;
    process.start(QStringLiteral(TPN_SERVER_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                   data.path(), QStringLiteral("--demo")});
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(data.filePath(QStringLiteral("server.sqlite"))));
}

void TestServerStartup::badOptions_data() {
    QTest::addColumn<QStringList>("arguments"); // {tmp}: a fresh directory; {garbage}: a file that is no PEM
    QTest::addColumn<QString>("message");
    const QString listen = QStringLiteral("--listen");
    const QString data = QStringLiteral("--data");
    const QString any = QStringLiteral("127.0.0.1:0");
    QTest::newRow("no options") << QStringList{} << "--listen";
    QTest::newRow("no port") << QStringList{listen, QStringLiteral("127.0.0.1"), data,
                                            QStringLiteral("{tmp}")}
                             << "--listen";
    QTest::newRow("port too big") << QStringList{listen, QStringLiteral("127.0.0.1:70000"), data,
                                                 QStringLiteral("{tmp}")}
                                  << "70000";
    QTest::newRow("host name") << QStringList{listen, QStringLiteral("example.org:80"), data,
                                              QStringLiteral("{tmp}")}
                               << "example.org";
    QTest::newRow("no data") << QStringList{listen, any} << "--data";
    QTest::newRow("unknown option") << QStringList{listen, any, data, QStringLiteral("{tmp}"),
                                                   QStringLiteral("--fast")}
                                    << "fast";
    QTest::newRow("stray argument") << QStringList{listen, any, data, QStringLiteral("{tmp}"),
                                                   QStringLiteral("extra")}
                                    << "extra";
    QTest::newRow("data under a file") << QStringList{listen, any, data, QStringLiteral("{garbage}/data")}
                                       << "cannot create the data directory";
    QTest::newRow("cert without key") << QStringList{listen,
                                                     any,
                                                     data,
                                                     QStringLiteral("{tmp}"),
                                                     QStringLiteral("--tls-cert"),
                                                     certificate("server.pem")}
                                      << "--tls-key";
    QTest::newRow("missing cert") << QStringList{listen,
                                                 any,
                                                 data,
                                                 QStringLiteral("{tmp}"),
                                                 QStringLiteral("--tls-cert"),
                                                 QStringLiteral("{tmp}/none.pem"),
                                                 QStringLiteral("--tls-key"),
                                                 certificate("server.key")}
                                  << "none.pem: cannot be read";
    QTest::newRow("garbage cert") << QStringList{listen,
                                                 any,
                                                 data,
                                                 QStringLiteral("{tmp}"),
                                                 QStringLiteral("--tls-cert"),
                                                 QStringLiteral("{garbage}"),
                                                 QStringLiteral("--tls-key"),
                                                 certificate("server.key")}
                                  << "garbage.pem: holds no PEM certificate";
    QTest::newRow("garbage key") << QStringList{listen,
                                                any,
                                                data,
                                                QStringLiteral("{tmp}"),
                                                QStringLiteral("--tls-cert"),
                                                certificate("server.pem"),
                                                QStringLiteral("--tls-key"),
                                                QStringLiteral("{garbage}")}
                                 << "garbage.pem: holds no unencrypted PEM private key";
    QTest::newRow("missing content") << QStringList{listen,
                                                    any,
                                                    data,
                                                    QStringLiteral("{tmp}"),
                                                    QStringLiteral("--content"),
                                                    QStringLiteral("{tmp}/no-such-dir")}
                                     << "no-such-dir: no such directory";
}

void TestServerStartup::badOptions() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir temporary;
    const QString garbage = temporary.filePath(QStringLiteral("garbage.pem"));
    QVERIFY(writeFile(garbage, "this is not PEM\n"));
    arguments.replaceInStrings(QStringLiteral("{tmp}"), temporary.filePath(QStringLiteral("dir")));
    arguments.replaceInStrings(QStringLiteral("{garbage}"), garbage);

    const Run run = runServer(arguments);
    QVERIFY2(run.finished, "the server started although its options are wrong");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.standardError.contains(message), qPrintable(run.standardError));
}

void TestServerStartup::occupiedPort() {
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    QTemporaryDir data;
    const Run run =
        runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort()),
                   QStringLiteral("--data"), data.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.standardError.contains(QStringLiteral("cannot listen")), qPrintable(run.standardError));
}

void TestServerStartup::invalidContent_data() {
    QTest::addColumn<QString>("file"); // which file of a valid content directory is changed
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QByteArray>("with");
    QTest::addColumn<QString>("message"); // what stderr must say: file and field
    const QString course = QStringLiteral("course.json");
    QTest::newRow("not JSON") << course << QByteArray("\"courses\": [") << QByteArray("\"courses\" [")
                              << "course.json: not valid JSON";
    QTest::newRow("courses not an array")
        << course << QByteArray("\"courses\": [") << QByteArray("\"courses\": {\"a\": [")
        << "course.json: not valid JSON";
    QTest::newRow("unknown category") << course << QByteArray("\"tests\"") << QByteArray("\"nope\"")
                                      << "course.json: category: unknown category \"nope\"";
    QTest::newRow("missing default-language text")
        << course << QByteArray("\"title\": {\"ht\": \"Tit\", ") << QByteArray("\"title\": {")
        << "course.json: courses[0].title.ht: is missing";
    QTest::newRow("unsupported default language")
        << course << QByteArray("\"defaultLanguage\": \"ht\"") << QByteArray("\"defaultLanguage\": \"es\"")
        << "course.json: courses[0].defaultLanguage";
    QTest::newRow("bad id") << course << QByteArray("\"id\": \"course-one\"")
                            << QByteArray("\"id\": \"Course One\"") << "course.json: courses[0].id";
    QTest::newRow("duplicate lesson")
        << course << QByteArray("\"lesson-two\"") << QByteArray("\"lesson-one\"")
        << "course.json: courses[0].lessons[1].id";
    QTest::newRow("zero minutes") << course << QByteArray("\"durationMinutes\": 5")
                                  << QByteArray("\"durationMinutes\": 0")
                                  << "course.json: courses[0].lessons[0].durationMinutes";
    QTest::newRow("fractional minutes")
        << course << QByteArray("\"durationMinutes\": 5") << QByteArray("\"durationMinutes\": 5.5")
        << "course.json: courses[0].lessons[0].durationMinutes";
    QTest::newRow("empty text") << course << QByteArray("\"B1\"") << QByteArray("\"  \"")
                                << "course.json: courses[0].lessons[0].body.ht: must not be empty";
    QTest::newRow("unsupported language")
        << course << QByteArray("\"en\": \"Summary\"") << QByteArray("\"es\": \"Resumen\"")
        << "course.json: courses[0].summary.es: unsupported language";
    QTest::newRow("no lessons") << course << QByteArray("\"lessons\": [")
                                << QByteArray("\"lessons\": [], \"x\": [")
                                << "course.json: courses[0].lessons: a course needs at least one lesson";
    QTest::newRow("bad colour") << course << QByteArray("#123456") << QByteArray("blue")
                                << "course.json: courses[0].color";
    QTest::newRow("text not an object")
        << course << QByteArray("\"description\": {") << QByteArray("\"description\": \"x\", \"d\": {")
        << "course.json: courses[0].description: must be an object";
    QTest::newRow("category without English name")
        << QStringLiteral("categories.json") << QByteArray(", \"en\": \"Tests\"") << QByteArray()
        << "categories.json: [0].name.en: is missing";
    QTest::newRow("categories not an array")
        << QStringLiteral("categories.json") << ValidCategories << QByteArray("{\"categories\": []}")
        << "categories.json: must be a JSON array";
}

void TestServerStartup::invalidContent() {
    QFETCH(QString, file);
    QFETCH(QByteArray, replace);
    QFETCH(QByteArray, with);
    QFETCH(QString, message);
    QTemporaryDir content;
    QTemporaryDir data;
    QByteArray categories = ValidCategories;
    QByteArray courses = validCourses({{"course-one", "Titre"}});
    QByteArray &changed = file == QStringLiteral("categories.json") ? categories : courses;
    QVERIFY2(changed.contains(replace), "the row must change something");
    changed.replace(replace, with);
    QVERIFY(writeFile(content.filePath(QStringLiteral("categories.json")), categories));
    QVERIFY(writeFile(content.filePath(QStringLiteral("course.json")), courses));

    const Run run =
        runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                   data.path(), QStringLiteral("--content"), content.path()});
    QVERIFY2(run.finished, "the server started with invalid content");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.standardError.contains(message), qPrintable(run.standardError));
}

void TestServerStartup::failedImportChangesNothing() {
    QTemporaryDir data;
    QTemporaryDir good;
    QVERIFY(writeFile(good.filePath(QStringLiteral("categories.json")), ValidCategories));
    QVERIFY(writeFile(good.filePath(QStringLiteral("course.json")), validCourses({{"course-one", "Titre"}})));
    TestServer first({QStringLiteral("--content"), good.path()});
    QVERIFY2(first.start(data.path()), qPrintable(first.errorString()));
    const HttpReply before = m_client.get(first.url(QStringLiteral("/mobile-api/courses")));
    QCOMPARE(before.data().toArray().size(), 1);
    first.stop();

    // A valid file that sorts first, then a broken one: nothing of either may reach the database.
    QTemporaryDir mixed;
    QVERIFY(writeFile(mixed.filePath(QStringLiteral("categories.json")), ValidCategories));
    QVERIFY(
        writeFile(mixed.filePath(QStringLiteral("a-valid.json")), validCourses({{"course-two", "Deux"}})));
    QVERIFY(writeFile(mixed.filePath(QStringLiteral("b-broken.json")),
                      validCourses({{"course-three", "Trois"}}).replace("#123456", "#12")));
    const Run run =
        runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                   data.path(), QStringLiteral("--content"), mixed.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.standardError.contains(QStringLiteral("b-broken.json: courses[0].color")),
             qPrintable(run.standardError));

    TestServer after(QStringList{}); // no content options: serve what the database holds
    QVERIFY2(after.start(data.path()), qPrintable(after.errorString()));
    const HttpReply reply = m_client.get(after.url(QStringLiteral("/mobile-api/courses")));
    QCOMPARE(reply.body, before.body);
    QCOMPARE(reply.header("ETag"), before.header("ETag"));
}

void TestServerStartup::restartKeepsEtagsAndTimestamps() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QUrl courses = server.url(QStringLiteral("/mobile-api/courses?limit=100&language=fr"));
    const HttpReply before = m_client.get(courses);
    QCOMPARE(before.status, 200);
    const QString dataDir = server.dataDir();

    server.stop();
    QVERIFY(!server.isRunning());
    QVERIFY2(server.start(), qPrintable(server.errorString())); // re-imports the demo into the same database
    QCOMPARE(server.dataDir(), dataDir);
    const HttpReply afterStop =
        m_client.get(server.url(QStringLiteral("/mobile-api/courses?limit=100&language=fr")));
    QCOMPARE(afterStop.header("ETag"), before.header("ETag"));
    QCOMPARE(afterStop.body, before.body);

    server.kill(); // no clean shutdown: the WAL must still hold everything
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpReply afterKill =
        m_client.get(server.url(QStringLiteral("/mobile-api/courses?limit=100&language=fr")));
    QCOMPARE(afterKill.header("ETag"), before.header("ETag"));
}

void TestServerStartup::changedContentUpdatesOnlyItsCourse() {
    QTemporaryDir content;
    const QString courseFile = content.filePath(QStringLiteral("course.json"));
    QVERIFY(writeFile(content.filePath(QStringLiteral("categories.json")), ValidCategories));
    QVERIFY(writeFile(courseFile, validCourses({{"course-one", "Titre"}, {"course-two", "Deux"}})));
    TestServer server({QStringLiteral("--content"), content.path()});
    const auto updatedAt = [&](const QString &id) {
        return m_client.get(server.url(QStringLiteral("/mobile-api/courses/") + id))
            .data()
            .toObject()
            .value(QStringLiteral("updatedAt"))
            .toString();
    };
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString oneBefore = updatedAt(QStringLiteral("course-one"));
    const QString twoBefore = updatedAt(QStringLiteral("course-two"));
    const QByteArray listEtag =
        m_client.get(server.url(QStringLiteral("/mobile-api/courses"))).header("ETag");
    server.stop();

    QVERIFY(writeFile(courseFile, validCourses({{"course-one", "Titre corrigé"}, {"course-two", "Deux"}})));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(updatedAt(QStringLiteral("course-two")), twoBefore);
    const QString oneAfter = updatedAt(QStringLiteral("course-one"));
    QVERIFY2(QDateTime::fromString(oneAfter, Qt::ISODateWithMs) >
                 QDateTime::fromString(oneBefore, Qt::ISODateWithMs),
             qPrintable(oneBefore + QStringLiteral(" -> ") + oneAfter));
    QVERIFY(m_client.get(server.url(QStringLiteral("/mobile-api/courses"))).header("ETag") != listEtag);
}

void TestServerStartup::startsOnAFullDisk() {
    // The same --demo content as at the last start is not written again, so a server whose disk is full
    // still starts and serves what it has.
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    server.setFileSizeLimit(64 * 1024); // the database is larger: nothing more may be written
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpReply courses = m_client.get(server.url(QStringLiteral("/mobile-api/courses?limit=50")));
    QCOMPARE(courses.status, 200);
    QVERIFY(courses.data().toArray().size() > 10);
    QCOMPARE(m_client.get(server.url(QStringLiteral("/mobile-api/health"))).status, 200);
}

QTEST_GUILESS_MAIN(TestServerStartup)
#include "tst_server_startup.moc"
