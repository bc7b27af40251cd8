// Downloads end to end: the real reference server over HTTPS signs the manifests and serves the
// files; the real client checks, fetches, resumes and keeps them; then the server goes away and
// every lesson and picture of a downloaded course still opens. Packs move courses to a device that
// never sees the server.
#include "clientstack.h"
#include "contentpack.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kTimeout = 30000;

ClientOptions optionsFor(const TestServer &server, const QString &dataDir) {
    ClientOptions o;
    o.apiUrl = server.baseUrl();
    o.dataDir = dataDir;
    o.caCertPath = TestServer::caCertPath();
    o.contentKeyPath = TestServer::contentKeyPath();
    o.autoSync = false;
    return o;
}

// Every course in the catalog's language, as the server lists them: id and title.
QList<CourseSummary> allCourses(ClientStack &client) {
    for (int page = 1;; ++page) {
        bool done = false, more = false;
        client.courses().fetchCourses({}, page, 50, &client, [&](const CourseRepository::PageResult &r) {
            QVERIFY2(!r.error.isError(), qPrintable(r.error.detail));
            more = r.hasMore;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, kTimeout) || !more)
            break;
    }
    return client.courses().cachedCourses({}, 100000);
}

// Plans, confirms and waits until every planned course is on the device.
bool downloadPlanned(ClientStack &client) {
    DownloadCenter &downloads = client.downloads();
    if (!QTest::qWaitFor([&] { return !downloads.planning(); }, kTimeout) || !downloads.planReady()) {
        qWarning("no plan: %s", qPrintable(downloads.planError()));
        return false;
    }
    downloads.confirmPlan();
    return QTest::qWaitFor(
        [&] {
            for (const OfflinePackage &p : client.offlineLibrary.packages())
                if (p.next || p.state != OfflinePackage::State::Complete)
                    return false;
            return !client.offlineLibrary.packages().isEmpty();
        },
        kTimeout * 4);
}

const OfflinePackage *packageOf(ClientStack &client, const QString &courseId) {
    return client.offlineLibrary.package(courseId, QStringLiteral("ht"));
}

qint64 distinctBytes(const QList<OfflinePackage> &packages) {
    QHash<QString, qint64> files;
    for (const OfflinePackage &p : packages)
        for (const ManifestFile &f : p.target()->files)
            files.insert(f.sha256, f.size);
    qint64 total = 0;
    for (qint64 size : std::as_const(files))
        total += size;
    return total;
}

} // namespace

class TestOfflineEndToEnd : public QObject {
    Q_OBJECT

    TestServer m_server;
    QList<CourseSummary> m_courses;

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTemporaryDir dir;
        ClientStack client(optionsFor(m_server, dir.path()));
        QVERIFY2(client.opened, qPrintable(client.errorString()));
        m_courses = allCourses(client);
        QVERIFY(m_courses.size() >= 4);
    }

    void downloadedCourseOpensWithTheServerGone() {
        QTemporaryDir dir;
        {
            ClientStack client(optionsFor(m_server, dir.path()));
            QVERIFY(client.downloads().available());
            const CourseSummary course = m_courses.first();
            client.downloads().prepareCourse(course.id, course.title);
            QVERIFY(downloadPlanned(client));
            QVERIFY(client.downloads().planSummary().isEmpty()); // the plan is spent
        }
        m_server.stop();
        ClientStack offline(optionsFor(m_server, dir.path()));
        const OfflinePackage *package = packageOf(offline, m_courses.first().id);
        QVERIFY(package && package->current);
        const auto detail = offline.courses().cachedCourse(package->courseId);
        QVERIFY(detail);
        const auto &files = package->current->files;
        QCOMPARE(detail->lessons.size(), std::count_if(files.cbegin(), files.cend(),
                                                       [](const ManifestFile &f) { return f.isLesson(); }));
        static const QRegularExpression picture(QStringLiteral("\\(sha256:([0-9a-f]{64})\\)"));
        int pictures = 0;
        for (const LessonSummary &summary : detail->lessons) {
            const auto lesson = offline.courses().cachedLesson(package->courseId, summary.id);
            QVERIFY2(lesson && !lesson->body.isEmpty(), qPrintable(summary.id));
            for (const auto &match : picture.globalMatch(lesson->body)) {
                const QByteArray bytes = offline.contentStore.read(match.captured(1), 1 << 20);
                QVERIFY2(!QImage::fromData(bytes).isNull(), qPrintable(summary.id));
                ++pictures;
            }
        }
        for (const ManifestFile &file : package->current->files)
            if (file.isImage())
                QVERIFY2(!QImage::fromData(offline.contentStore.read(file.sha256, 1 << 20)).isNull(),
                         qPrintable(file.path));
        qInfo("%d lessons, %d pictures in lessons opened offline", int(detail->lessons.size()), pictures);
        QVERIFY(m_server.start(m_server.dataDir(), m_server.port()));
    }

    void resumesFromThePartAndRefetchesDamage() {
        QTemporaryDir dir;
        ClientOptions options = optionsFor(m_server, dir.path());
        SignedManifest planned;
        {
            ClientStack client(options);
            client.downloader().fetchManifest(m_courses.at(1).id, QStringLiteral("ht-HT"), &client,
                                              [&](const std::optional<SignedManifest> &m, const ApiError &) {
                                                  if (m)
                                                      planned = *m;
                                              });
            QTRY_VERIFY_WITH_TIMEOUT(!planned.text.isEmpty(), kTimeout);
        }
        // The biggest file, half there as a kill would leave it; a second one whose part is garbage.
        QList<ManifestFile> files = planned.manifest.files;
        std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.size > b.size; });
        const ManifestFile big = files.at(0), other = files.at(1);
        ContentStore store(dir.path() + QStringLiteral("/content"));
        QVERIFY(store.ensureDirectory());
        QByteArray bigBytes;
        {
            ClientStack client(options);
            client.downloader().enqueue(planned, false);
            QVERIFY(QTest::qWaitFor(
                [&] { return packageOf(client, planned.manifest.courseId)->current.has_value(); }, kTimeout));
            bigBytes = store.read(big.sha256, 1 << 24);
            client.downloader().remove(planned.manifest.courseId, QStringLiteral("ht"));
        }
        QVERIFY(!store.has(big.sha256));
        QFile part(store.partPath(big.sha256));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(bigBytes.left(big.size / 2));
        part.close();
        QFile garbage(store.partPath(other.sha256));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(other.size / 2, 'x'));
        garbage.close();

        const qint64 before = m_server.contentBytesSent();
        ClientStack client(options);
        client.downloader().enqueue(planned, false);
        QVERIFY(QTest::qWaitFor(
            [&] { return packageOf(client, planned.manifest.courseId)->current.has_value(); }, kTimeout));
        const qint64 sent = m_server.contentBytesSent() - before;
        // Everything once, minus the half already there, plus the garbage part's file fetched whole again.
        const qint64 expected = planned.manifest.totalBytes - big.size / 2 + (other.size - other.size / 2);
        QVERIFY2(sent <= expected && sent >= planned.manifest.totalBytes - big.size / 2,
                 qPrintable(QStringLiteral("sent %1, expected at most %2").arg(sent).arg(expected)));
        for (const ManifestFile &file : planned.manifest.files)
            QVERIFY(store.verify(file.sha256));

        // A downloaded file damaged on disk is found at the next start and fetched again.
        QFile damaged(store.filePath(big.sha256));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(1);
        damaged.write("#");
        damaged.close();
        ClientStack restarted(options);
        QVERIFY(QTest::qWaitFor([&] { return store.verify(big.sha256); }, kTimeout));
        QCOMPARE(packageOf(restarted, planned.manifest.courseId)->state, OfflinePackage::State::Complete);
    }

    void downloadAllFetchesOnlyWhatIsMissing() {
        QTemporaryDir dir;
        ClientStack client(optionsFor(m_server, dir.path()));
        for (int i = 0; i < m_courses.size() / 2; ++i) {
            client.downloads().prepareCourse(m_courses.at(i).id, m_courses.at(i).title);
            QVERIFY(downloadPlanned(client));
        }
        const qint64 halfBytes = distinctBytes(client.offlineLibrary.packages());
        const qint64 before = m_server.contentBytesSent();
        client.downloads().prepareAll();
        QVERIFY(QTest::qWaitFor([&] { return !client.downloads().planning(); }, kTimeout));
        const qint64 planned = qint64(client.downloads().planBytes());
        QVERIFY(downloadPlanned(client));
        QCOMPARE(client.offlineLibrary.packages().size(), m_courses.size());
        const qint64 allBytes = distinctBytes(client.offlineLibrary.packages());
        QCOMPARE(planned, allBytes - halfBytes);
        QCOMPARE(m_server.contentBytesSent() - before, allBytes - halfBytes);
        // Nothing is left to fetch: the catalog says so instead of offering a download of nothing.
        client.downloads().prepareAll();
        QVERIFY(QTest::qWaitFor([&] { return !client.downloads().planning(); }, kTimeout));
        QVERIFY(!client.downloads().planReady());
        QVERIFY(!client.downloads().planError().isEmpty());
    }

    void packTravelsToADeviceWithNoServer() {
        QTemporaryDir dir;
        const QString stick = dir.filePath(QStringLiteral("stick"));
        QVERIFY(QDir().mkpath(stick));
        {
            ClientStack client(optionsFor(m_server, dir.filePath(QStringLiteral("a"))));
            client.downloads().prepareAll();
            QVERIFY(downloadPlanned(client));
            QSignalSpy finished(&client.packs(), &PackTransfer::finished);
            client.packs().exportTo(stick);
            QVERIFY(finished.wait(kTimeout));
            QVERIFY2(client.packs().problems().isEmpty(), qPrintable(client.packs().problems().join(u'\n')));
        }
        const QString pack = QDir(stick).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot).value(0).filePath();
        QVERIFY(!pack.isEmpty());

        m_server.stop();
        ClientStack fresh(optionsFor(m_server, dir.filePath(QStringLiteral("b"))));
        QSignalSpy finished(&fresh.packs(), &PackTransfer::finished);
        fresh.packs().importFrom(pack);
        QVERIFY(finished.wait(kTimeout));
        QVERIFY2(fresh.packs().problems().isEmpty(), qPrintable(fresh.packs().problems().join(u'\n')));
        QTRY_COMPARE_WITH_TIMEOUT(fresh.offlineLibrary.packages().size(), m_courses.size(), kTimeout);
        for (const CourseSummary &course : std::as_const(m_courses)) {
            const auto detail = fresh.courses().cachedCourse(course.id);
            QVERIFY2(detail, qPrintable(course.id));
            for (const LessonSummary &lesson : detail->lessons)
                QVERIFY2(fresh.courses().cachedLesson(course.id, lesson.id), qPrintable(lesson.id));
        }
        QVERIFY(m_server.start(m_server.dataDir(), m_server.port()));
    }

    void anUpdateFetchesOnlyTheChangedFiles();
    void tamperedPacksAreRefusedByNameAndChangeNothing();
    void dataRules();
    void fullDisk();
};

// The demo content copied where the test may change it, as a school edits its own content.
static QString copyDemoContent(const QString &target) {
    const QDir demo(QStringLiteral(TPN_DEMO_DIR));
    QDir().mkpath(target + QStringLiteral("/images"));
    QFile::copy(demo.filePath(QStringLiteral("categories.json")),
                target + QStringLiteral("/categories.json"));
    for (const QString &name :
         QDir(demo.filePath(QStringLiteral("courses"))).entryList({QStringLiteral("*.json")}))
        QFile::copy(demo.filePath(QStringLiteral("courses/") + name), target + u'/' + name);
    for (const QString &name : QDir(demo.filePath(QStringLiteral("images"))).entryList(QDir::Files))
        QFile::copy(demo.filePath(QStringLiteral("images/") + name),
                    target + QStringLiteral("/images/") + name);
    return target;
}

void TestOfflineEndToEnd::anUpdateFetchesOnlyTheChangedFiles() {
    QTemporaryDir dir;
    const QString content = copyDemoContent(dir.filePath(QStringLiteral("content")));
    TestServer server({QStringLiteral("--content"), content});
    QVERIFY2(server.start(dir.filePath(QStringLiteral("server"))), qPrintable(server.errorString()));
    const QString courseId = QStringLiteral("math-counting-money");
    ClientStack client(optionsFor(server, dir.filePath(QStringLiteral("app"))));
    client.downloads().prepareCourse(courseId, {});
    QVERIFY(downloadPlanned(client));
    const ContentManifest before = *packageOf(client, courseId)->current;

    // The school rewrites one lesson's Kreyòl text; the server publishes a new version.
    server.stop();
    QFile file(content + QStringLiteral("/mathematics.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    const QByteArray from = "An Ayiti, nou peye ak goud.";
    QVERIFY(json.contains(from));
    json.replace(from, "An Ayiti, nou peye ak goud (HTG).");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    QVERIFY2(server.start(dir.filePath(QStringLiteral("server")), server.port()),
             qPrintable(server.errorString()));

    client.downloads().checkForUpdate(courseId);
    QTRY_VERIFY_WITH_TIMEOUT(client.downloads().updateAvailable(courseId), kTimeout);
    client.downloads().prepareCourse(courseId, {});
    QVERIFY(QTest::qWaitFor([&] { return client.downloads().planReady(); }, kTimeout));
    const qint64 planned = qint64(client.downloads().planBytes());
    const qint64 sentBefore = server.contentBytesSent();
    QVERIFY(downloadPlanned(client));
    const ContentManifest after = *packageOf(client, courseId)->current;
    QVERIFY(after.version != before.version);
    qint64 changed = 0;
    int changedFiles = 0;
    for (const ManifestFile &file : after.files) {
        const ManifestFile *old = before.file(file.path);
        if (!old || old->sha256 != file.sha256) {
            changed += file.size;
            ++changedFiles;
        }
    }
    QVERIFY2(changedFiles >= 1 && changedFiles < after.files.size(),
             qPrintable(QString::number(changedFiles)));
    QCOMPARE(planned, changed);
    QCOMPARE(server.contentBytesSent() - sentBefore, changed);
    const auto lesson = client.courses().cachedLesson(courseId, QStringLiteral("coins-and-notes"));
    QVERIFY(lesson && lesson->body.contains(QStringLiteral("(HTG)")));
    QVERIFY(!client.downloads().updateAvailable(courseId));
}

void TestOfflineEndToEnd::tamperedPacksAreRefusedByNameAndChangeNothing() {
    QTemporaryDir dir;
    const QString stick = dir.filePath(QStringLiteral("stick"));
    QVERIFY(QDir().mkpath(stick));
    const CourseSummary course = m_courses.first();
    {
        ClientStack client(optionsFor(m_server, dir.filePath(QStringLiteral("a"))));
        client.downloads().prepareCourse(course.id, course.title);
        QVERIFY(downloadPlanned(client));
        QSignalSpy finished(&client.packs(), &PackTransfer::finished);
        client.packs().exportTo(stick);
        QVERIFY(finished.wait(kTimeout));
    }
    const QString pack = QDir(stick).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot).value(0).filePath();
    const QString manifestPath =
        pack + QStringLiteral("/courses/") + course.id + QStringLiteral("/ht/manifest.json");
    QFile manifestFile(manifestPath);
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QByteArray manifestText = manifestFile.readAll();
    manifestFile.close();
    const auto manifest = ContentManifest::parse(manifestText);
    QVERIFY(manifest);
    const ManifestFile lesson3 = manifest->files.at(3); // course.json, then lessons in order
    QVERIFY(lesson3.isLesson());

    // Three copies of the pack, each tampered one way.
    auto copyPack = [&](const QString &name) {
        const QString target = dir.filePath(name);
        QDir().mkpath(target);
        QDirIterator it(pack, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString to = target + file.mid(pack.size());
            QDir().mkpath(QFileInfo(to).path());
            QFile::copy(file, to);
        }
        return target;
    };
    const QString tamperedFile = copyPack(QStringLiteral("file"));
    {
        QFile f(tamperedFile + QStringLiteral("/files/") + lesson3.sha256);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(lesson3.size / 2);
        f.write("0");
    }
    const QString editedManifest = copyPack(QStringLiteral("manifest"));
    {
        QFile f(editedManifest + manifestPath.mid(pack.size()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(manifestText).replace("\"format\":1", "\"format\":1 "));
    }
    const QString otherKey = copyPack(QStringLiteral("key"));
    {
        QFile f(otherKey + manifestPath.mid(pack.size())
                               .replace(QStringLiteral("manifest.json"), QStringLiteral("signature")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(64, '\x07').toBase64() + '\n'); // a signature, but not by the trusted key
    }

    m_server.stop();
    ClientStack fresh(optionsFor(m_server, dir.filePath(QStringLiteral("b"))));
    fresh.language.setCode(QStringLiteral("en"));
    const QStringList expected = {
        QStringLiteral("Lesson 3 of \u201c%1\u201d does not match").arg(manifest->courseId),
        QStringLiteral("was changed after it was signed"), QStringLiteral("was changed after it was signed")};
    const QStringList packs = {tamperedFile, editedManifest, otherKey};
    for (int i = 0; i < packs.size(); ++i) {
        QSignalSpy finished(&fresh.packs(), &PackTransfer::finished);
        fresh.packs().importFrom(packs.at(i));
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(fresh.packs().problems().size(), 1);
        const QString problem = fresh.packs().problems().first();
        QVERIFY2(problem.contains(course.title) || problem.contains(course.id), qPrintable(problem));
        QVERIFY2(problem.contains(expected.at(i).section(u'\u201c', 0, 0).trimmed()), qPrintable(problem));
        QVERIFY(fresh.offlineLibrary.packages().isEmpty());
        QVERIFY(!fresh.courses().cachedCourse(course.id));
    }
    QVERIFY(m_server.start(m_server.dataDir(), m_server.port()));
}

void TestOfflineEndToEnd::dataRules() {
    QTemporaryDir dir;
    ClientOptions options = optionsFor(m_server, dir.path());
    options.assumeMetered = true;
    ClientStack client(options);
    // A budget smaller than the course: the plan asks first, and a download started without that
    // answer stops at the budget.
    client.downloadPolicy.setMonthlyBudgetBytes(100);
    const CourseSummary course = m_courses.first();
    client.downloads().prepareCourse(course.id, course.title);
    QVERIFY(QTest::qWaitFor([&] { return client.downloads().planReady(); }, kTimeout));
    QVERIFY2(client.downloads().planQuestion().contains(QStringLiteral("budget")),
             qPrintable(client.downloads().planQuestion()));
    SignedManifest planned;
    client.downloader().fetchManifest(
        course.id, QStringLiteral("ht-HT"), &client,
        [&](const std::optional<SignedManifest> &m, const ApiError &) { planned = *m; });
    QTRY_VERIFY_WITH_TIMEOUT(!planned.text.isEmpty(), kTimeout);
    client.downloader().enqueue(planned, false);
    const OfflinePackage *package = packageOf(client, course.id);
    QTRY_COMPARE_WITH_TIMEOUT(package->problem, CourseDownloader::kBudget, kTimeout);
    QCOMPARE(client.offlineLibrary.bytesThisMonth(), qint64(0));
    // The learner says yes: it goes on, and the bytes are counted.
    client.downloads().resume(course.id);
    QTRY_VERIFY_WITH_TIMEOUT(packageOf(client, course.id)->current.has_value(), kTimeout);
    QCOMPARE(client.offlineLibrary.bytesThisMonth(), planned.manifest.totalBytes);

    // Wi-Fi only on a metered network: the download waits, and says so.
    client.downloadPolicy.setMonthlyBudgetBytes(0);
    client.downloadPolicy.setWifiOnly(true);
    client.downloads().prepareCourse(m_courses.at(1).id, m_courses.at(1).title);
    QVERIFY(QTest::qWaitFor([&] { return client.downloads().planReady(); }, kTimeout));
    QVERIFY(client.downloads().planQuestion().contains(QStringLiteral("Wi-Fi")));
    client.downloads().confirmPlan();
    QTRY_COMPARE_WITH_TIMEOUT(packageOf(client, m_courses.at(1).id)->problem,
                              CourseDownloader::kWaitingForWifi, kTimeout);
    client.downloadPolicy.assumeMetered(false);
    QTRY_VERIFY_WITH_TIMEOUT(packageOf(client, m_courses.at(1).id)->current.has_value(), kTimeout);
}

void TestOfflineEndToEnd::fullDisk() {
    QTemporaryDir dir;
    ClientOptions options = optionsFor(m_server, dir.path());
    qint64 free = 1000; // bytes: less than any course, beyond the reserve
    options.freeSpace = [&free] { return CourseDownloader::kReserveBytes + free; };
    ClientStack client(options);
    const CourseSummary course = m_courses.first();
    client.downloads().prepareCourse(course.id, course.title);
    QVERIFY(QTest::qWaitFor([&] { return !client.downloads().planning(); }, kTimeout));
    QVERIFY(!client.downloads().planReady());
    QVERIFY2(client.downloads().planError().contains(QStringLiteral("space")),
             qPrintable(client.downloads().planError()));
    // Space runs out during the download: it pauses, nothing half-written is shown, and it goes on
    // when there is room again.
    free = 1LL << 30;
    client.downloads().prepareCourse(course.id, course.title);
    QVERIFY(QTest::qWaitFor([&] { return client.downloads().planReady(); }, kTimeout));
    free = 1500;
    client.downloads().confirmPlan();
    QTRY_COMPARE_WITH_TIMEOUT(packageOf(client, course.id)->problem, CourseDownloader::kDiskFull, kTimeout);
    QVERIFY(!packageOf(client, course.id)->current);
    QVERIFY(!client.courses().cachedCourse(course.id)); // not in the catalog: nothing half-written shows
    free = 1LL << 30;
    client.downloads().resume(course.id);
    QTRY_VERIFY_WITH_TIMEOUT(packageOf(client, course.id)->current.has_value(), kTimeout);
}

QTEST_MAIN(TestOfflineEndToEnd)
#include "tst_offline_e2e.moc"
