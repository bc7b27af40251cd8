// Packs carried by USB stick: every course is checked against the trusted key and every file
// against its hash before anything is kept; a tampered course is refused by name, the rest comes in.
#include "contentkey.h"
#include "contentpack.h"
#include "contentstore.h"
#include "testsigner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Course {
    QString id;
    QList<QPair<QString, QByteArray>> files;
};

Course makeCourse(const QString &id, const QString &title, int lessons) {
    Course course{id,
                  {{QStringLiteral("course.json"),
                    QStringLiteral(R"({"id":"%1","title":"%2"})").arg(id, title).toUtf8()}}};
    for (int i = 1; i <= lessons; ++i)
        course.files.append({QStringLiteral("lessons/l%1.json").arg(i),
                             QStringLiteral("{\"lesson\":%1,\"course\":\"%2\"}").arg(i).arg(id).toUtf8()});
    course.files.append({QStringLiteral("images/shared.svg"), "<svg>shared</svg>"});
    return course;
}

void write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Writes a pack of `courses` signed by `signer` into `dir`.
void writePack(const QString &dir, const TestSigner &signer, const QList<Course> &courses) {
    write(dir + QStringLiteral("/tekpounou-pack.json"), "{\"format\":1}");
    for (const Course &course : courses) {
        const QByteArray manifest = TestSigner::manifest(course.id, QStringLiteral("ht"), course.files);
        const QString base = dir + QStringLiteral("/courses/") + course.id + QStringLiteral("/ht/");
        write(base + QStringLiteral("manifest.json"), manifest);
        write(base + QStringLiteral("signature"), signer.sign(manifest).toBase64() + '\n');
        for (const auto &[path, bytes] : course.files)
            write(dir + QStringLiteral("/files/") + TestSigner::sha256(bytes), bytes);
    }
}

} // namespace

class TestContentPack : public QObject {
    Q_OBJECT

    TestSigner m_signer;
    ContentKey m_key = ContentKey::fromPem(m_signer.publicPem());

    ContentPack::ImportResult import(const QString &pack, ContentStore &store) {
        return ContentPack::read(pack, m_key, store, {});
    }
    static const ContentPack::CourseResult &course(const ContentPack::ImportResult &result,
                                                   const QString &id) {
        for (const auto &course : result.courses)
            if (course.courseId == id)
                return course;
        qFatal("no such course in the result");
    }

private slots:
    void goodPackComesInWhole() {
        QTemporaryDir dir;
        writePack(dir.filePath(QStringLiteral("pack")), m_signer,
                  {makeCourse(QStringLiteral("water"), QStringLiteral("Dlo"), 3),
                   makeCourse(QStringLiteral("money"), QStringLiteral("Lajan"), 2)});
        ContentStore store(dir.filePath(QStringLiteral("content")));
        const auto result = import(dir.path(), store); // the pack's parent folder works too
        QVERIFY(result.isPack);
        QCOMPARE(result.courses.size(), 2);
        for (const auto &course : result.courses) {
            QVERIFY(course.ok());
            for (const ManifestFile &file : course.signedManifest.manifest.files)
                QVERIFY2(store.has(file.sha256), qPrintable(file.path));
        }
        QCOMPARE(course(result, QStringLiteral("water")).title, QStringLiteral("Dlo"));
    }

    void tamperedCoursesAreRefusedByNameAndTheRestComesIn() {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const Course water = makeCourse(QStringLiteral("water"), QStringLiteral("Dlo"), 3);
        const Course money = makeCourse(QStringLiteral("money"), QStringLiteral("Lajan"), 2);
        const Course farm = makeCourse(QStringLiteral("farm"), QStringLiteral("Jaden"), 1);
        const Course health = makeCourse(QStringLiteral("health"), QStringLiteral("Sante"), 1);
        const Course math = makeCourse(QStringLiteral("math"), QStringLiteral("Kalkil"), 1);
        TestSigner stranger;
        writePack(pack, m_signer, {water, money, farm, health});
        writePack(pack, stranger, {math});
        // Lesson 2 of water: one byte changed.
        QByteArray lesson2 = water.files.at(2).second;
        lesson2[2] = 'X';
        write(pack + QStringLiteral("/files/") + TestSigner::sha256(water.files.at(2).second), lesson2);
        // money's manifest edited after signing (a bigger size announced).
        const QString moneyManifest = pack + QStringLiteral("/courses/money/ht/manifest.json");
        QFile file(moneyManifest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray edited = file.readAll().replace("\"language\":\"ht\"", "\"language\":\"ht\" ");
        file.close();
        write(moneyManifest, edited);
        // farm's lesson file is gone.
        QFile::remove(pack + QStringLiteral("/files/") + TestSigner::sha256(farm.files.at(1).second));
        // Stray content: a huge file, a path that climbs out, a folder named like a course.
        write(pack + QStringLiteral("/files/") + QString(64, u'a'), QByteArray(1024 * 1024, 'x'));
        write(pack + QStringLiteral("/courses/../../escape/ht/manifest.json"), "{}");
        QDir().mkpath(pack + QStringLiteral("/courses/Not A Course/ht"));

        ContentStore store(dir.filePath(QStringLiteral("content")));
        const auto result = import(pack, store);
        QVERIFY(result.isPack);
        QCOMPARE(result.courses.size(), 5);

        const auto &w = course(result, QStringLiteral("water"));
        QCOMPARE(w.refusal.kind, ContentPack::Refusal::Kind::Mismatch);
        QCOMPARE(w.refusal.lessonNumber, 2);
        QCOMPARE(w.title, QStringLiteral("Dlo"));
        QVERIFY(!store.has(TestSigner::sha256(water.files.at(1).second))); // nothing of water was copied
        QCOMPARE(course(result, QStringLiteral("money")).refusal.kind, ContentPack::Refusal::Kind::Unsigned);
        QCOMPARE(course(result, QStringLiteral("farm")).refusal.kind, ContentPack::Refusal::Kind::Missing);
        QCOMPARE(course(result, QStringLiteral("farm")).refusal.lessonNumber, 1);
        QCOMPARE(course(result, QStringLiteral("math")).refusal.kind, ContentPack::Refusal::Kind::Unsigned);
        QVERIFY(
            course(result, QStringLiteral("health")).ok()); // and nothing else: the strays were never read
    }

    void aFolderThatIsNotAPackImportsNothing() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("notes.txt")), "hello");
        ContentStore store(dir.filePath(QStringLiteral("content")));
        const auto result = import(dir.path(), store);
        QVERIFY(!result.isPack);
        QVERIFY(result.courses.isEmpty());
    }

    void exportedPackImportsOnAnotherDevice() {
        QTemporaryDir dir;
        writePack(dir.filePath(QStringLiteral("source")), m_signer,
                  {makeCourse(QStringLiteral("water"), QStringLiteral("Dlo"), 2)});
        ContentStore first(dir.filePath(QStringLiteral("first")));
        const auto imported = import(dir.filePath(QStringLiteral("source")), first);
        QVERIFY(imported.courses.value(0).ok());
        OfflinePackage package;
        package.courseId = QStringLiteral("water");
        package.language = QStringLiteral("ht");
        package.current = imported.courses.at(0).signedManifest.manifest;
        package.currentText = imported.courses.at(0).signedManifest.text;
        package.currentSignature = imported.courses.at(0).signedManifest.signature;
        QDir().mkpath(dir.filePath(QStringLiteral("stick")));
        int lastDone = -1;
        const auto written = ContentPack::write(dir.filePath(QStringLiteral("stick")), {package}, first,
                                                [&](int done, int) { lastDone = done; });
        QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
        QCOMPARE(written.courses, 1);
        QCOMPARE(lastDone, 1);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("stick")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                     .size(),
                 1);

        ContentStore second(dir.filePath(QStringLiteral("second")));
        const auto again = import(written.packDir, second);
        QVERIFY(again.isPack);
        QCOMPARE(again.courses.size(), 1);
        QVERIFY(again.courses.at(0).ok());
        QCOMPARE(again.courses.at(0).signedManifest.text, package.currentText);
    }
};

QTEST_GUILESS_MAIN(TestContentPack)
#include "tst_contentpack.moc"
