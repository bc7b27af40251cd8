// `tekpounou-server export-pack` (docs/api.md, "Content packs"): a pack that an app can verify — the
// signature of every manifest with the public key, every file by its hash — and clear refusals that
// leave no half pack behind.

#include "contentcheck.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestServerExportPack : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void packVerifies();
    void everyCourseByDefault();
    void refusals_data();
    void refusals();

private:
    Run exportPack(const QStringList &arguments) const;
    // What is wrong with the pack in dir (signatures, hashes, layout), or "" if nothing; its course
    // folders ("<courseId>/<language>") go to *courses.
    static QString packProblem(const QString &dir, QStringList *courses);

    TestServer m_server;
    QTemporaryDir m_out;
};

void TestServerExportPack::initTestCase() {
    // The server imports the demo catalog into its data directory; export-pack reads that.
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_server.stop();
    QVERIFY(m_out.isValid());
}

Run TestServerExportPack::exportPack(const QStringList &arguments) const {
    QProcess process;
    // On PostgreSQL, the database of the server's data directory goes with it.
    const QStringList database = arguments.contains(m_server.dataDir())
                                     ? TestServer::databaseArguments(m_server.dataDir())
                                     : QStringList();
    process.start(QStringLiteral(TPN_SERVER_BINARY),
                  QStringList{QStringLiteral("export-pack")} + arguments + database);
    Run run;
    if (process.waitForFinished(60000))
        run.exitCode = process.exitCode();
    run.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    run.standardError = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestServerExportPack::packProblem(const QString &dir, QStringList *courses) {
    const QDir pack(dir);
    if (readAll(pack.filePath(QStringLiteral("tekpounou-pack.json"))) != "{\"format\":1}")
        return QStringLiteral("tekpounou-pack.json");
    QSet<QString> needed;
    for (const QString &course :
         QDir(pack.filePath(QStringLiteral("courses"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir courseDir(pack.filePath(QStringLiteral("courses/") + course));
        for (const QString &language : courseDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QByteArray manifest =
                readAll(courseDir.filePath(language + QStringLiteral("/manifest.json")));
            const QByteArray signature = readAll(courseDir.filePath(language + QStringLiteral("/signature")));
            if (!signature.endsWith('\n') || signature.count('\n') != 1)
                return course + QStringLiteral(": the signature is not one line");
            if (!verifyEd25519(manifest, signature.trimmed(), TestServer::contentKeyPath()))
                return course + QStringLiteral(": the signature does not verify");
            if (const QString problem = manifestProblem(manifest); !problem.isEmpty())
                return course + QStringLiteral(": ") + problem;
            const QJsonObject object = QJsonDocument::fromJson(manifest).object();
            if (object[u"courseId"].toString() != course || object[u"language"].toString() != language)
                return course + QStringLiteral(": the manifest is of another course or language");
            for (const QJsonValue &file : manifestFiles(manifest)) {
                const QString hash = file[u"sha256"].toString();
                const QByteArray data = readAll(pack.filePath(QStringLiteral("files/") + hash));
                if (sha256Hex(data) != hash.toLatin1() || data.size() != file[u"size"].toInteger())
                    return course + QStringLiteral(": files/") + hash +
                           QStringLiteral(" is missing or wrong");
                needed.insert(hash);
            }
            courses->append(course + u'/' + language);
        }
    }
    const QStringList files = QDir(pack.filePath(QStringLiteral("files"))).entryList(QDir::Files);
    if (QSet<QString>(files.cbegin(), files.cend()) != needed)
        return QStringLiteral("files/ holds files no manifest lists");
    return {};
}

void TestServerExportPack::packVerifies() {
    const QString out = m_out.filePath(QStringLiteral("two-courses"));
    const Run run = exportPack({QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--signing-key"),
                                TestServer::signingKeyPath(), QStringLiteral("--language"),
                                QStringLiteral("fr-HT"), QStringLiteral("--out"), out,
                                QStringLiteral("--course"), QStringLiteral("health-safe-water-clean-hands"),
                                QStringLiteral("--course"), QStringLiteral("math-counting-money")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
    QCOMPARE(run.standardOutput.count(u'\n'), 1);
    QVERIFY2(run.standardOutput.startsWith(QStringLiteral("exported 2 courses in fr")),
             qPrintable(run.standardOutput));
    QStringList courses;
    const QString problem = packProblem(out, &courses);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(courses, (QStringList{QStringLiteral("health-safe-water-clean-hands/fr"),
                                   QStringLiteral("math-counting-money/fr")}));
    // Only the pack itself is left in the parent folder: no temporary folder.
    QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("two-courses")});
}

void TestServerExportPack::everyCourseByDefault() {
    QTemporaryDir parent;
    const QString out = parent.filePath(QStringLiteral("all"));
    const Run run = exportPack({QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--signing-key"),
                                TestServer::signingKeyPath(), QStringLiteral("--language"),
                                QStringLiteral("ht"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
    QStringList courses;
    const QString problem = packProblem(out, &courses);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(courses.size() >= 30, qPrintable(courses.join(u' ')));
    QVERIFY(
        std::all_of(courses.cbegin(), courses.cend(), [](const QString &c) { return c.endsWith(u"/ht"); }));
}

void TestServerExportPack::refusals_data() {
    QTest::addColumn<QStringList>("arguments"); // {data}, {key}, {out}, {existing}
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base{"--data", "{data}", "--signing-key", "{key}", "--out", "{out}"};
    QTest::newRow("malformed course id") << base + QStringList{"--language", "ht", "--course", "Bad_Id"} << 2
                                         << "--course: \"Bad_Id\" is not a course id";
    QTest::newRow("unknown course") << base + QStringList{"--language", "ht", "--course", "no-such-course"}
                                    << 2 << "no course \"no-such-course\"";
    QTest::newRow("unsupported language")
        << base + QStringList{"--language", "es"} << 2 << "--language: \"es\" is not one of ht, fr, en";
    QTest::newRow("malformed language")
        << base + QStringList{"--language", "@@"} << 2 << "--language: \"@@\" is not one of";
    QTest::newRow("no language") << base << 2 << "--language is required";
    QTest::newRow("RSA key") << QStringList{"--data",        "{data}",
                                            "--signing-key", TPN_TEST_CERT_DIR "/server.key",
                                            "--out",         "{out}",
                                            "--language",    "ht"}
                             << 2 << "needs an Ed25519 key";
    QTest::newRow("no data") << QStringList{"--data", "/nonexistent", "--signing-key", "{key}",
                                            "--out",  "{out}",        "--language",    "ht"}
                             << 2 << "holds no server database";
    QTest::newRow("existing out") << QStringList{"--data", "{data}",     "--signing-key", "{key}",
                                                 "--out",  "{existing}", "--language",    "ht"}
                                  << 2 << "exists already";
}

void TestServerExportPack::refusals() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir parent;
    const QString out = parent.filePath(QStringLiteral("pack"));
    QVERIFY(QDir(parent.path()).mkdir(QStringLiteral("existing")));
    arguments.replaceInStrings(QStringLiteral("{data}"), m_server.dataDir());
    arguments.replaceInStrings(QStringLiteral("{key}"), TestServer::signingKeyPath());
    arguments.replaceInStrings(QStringLiteral("{out}"), out);
    arguments.replaceInStrings(QStringLiteral("{existing}"), parent.filePath(QStringLiteral("existing")));
    const Run run = exportPack(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.standardError.contains(message), qPrintable(run.standardError));
    QVERIFY(run.standardOutput.isEmpty());
    // Nothing half-written: no pack, no temporary folder.
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("existing")});
    QVERIFY(QDir(parent.filePath(QStringLiteral("existing"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerExportPack)
#include "tst_server_exportpack.moc"
