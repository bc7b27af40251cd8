// One catalog cache per device: the per-learner caches an earlier version left (guest/ and
// users/<id>/cache.sqlite) are merged into catalog/cache.sqlite on the first start, with real SQLite
// files — a WAL not yet folded in, an old schema, a damaged file — and then they are gone.
#include "cacheschema.h"
#include "catalogstore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kHt = QStringLiteral("ht-HT");

CourseSummary course(const QString &id, const QString &title, const QDate &updated, int position) {
    CourseSummary c;
    c.id = id;
    c.category = QStringLiteral("health");
    c.title = title;
    c.summary = QStringLiteral("Rezime ") + title;
    c.language = QStringLiteral("ht");
    c.languages = {QStringLiteral("ht")};
    c.icon = QStringLiteral("heart");
    c.color = QStringLiteral("#C62828");
    c.position = position;
    c.lessonCount = 1;
    c.durationMinutes = 10;
    c.updatedAt = QDateTime(updated, QTime(12, 0), Qt::UTC);
    return c;
}

Lesson lesson(const QString &courseId, const QString &body) {
    Lesson l{QStringLiteral("l1"), courseId, 1, QStringLiteral("Leson 1"), {}, body,
             QStringLiteral("ht"), 10,       {}};
    l.updatedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    return l;
}

QString cachePath(const QTemporaryDir &dir, const QString &folder) {
    QDir().mkpath(dir.filePath(folder));
    return dir.filePath(folder + QStringLiteral("/cache.sqlite"));
}

// A cache as the previous version wrote it, with `fill` run on it, closed cleanly.
void writeCache(const QString &path, const std::function<void(CourseCache &)> &fill) {
    SqliteDatabase db(path, SqliteDatabase::Durability::Rebuildable);
    QVERIFY(db.open(cacheMigrations()));
    CourseCache cache(db);
    fill(cache);
}

bool leftNothing(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            return false;
    }
    return true;
}

} // namespace

class TestCatalogStore : public QObject {
    Q_OBJECT
private slots:
    void mergesEveryOldCacheIntoTheSharedOne();
};

void TestCatalogStore::mergesEveryOldCacheIntoTheSharedOne() {
    QTemporaryDir dir;
    const QDate may(2026, 5, 1), june(2026, 6, 1);
    // The guest opened course "a" and read its lesson; the list saw a, b and c.
    const QString guest = cachePath(dir, QStringLiteral("guest"));
    writeCache(guest, [&](CourseCache &cache) {
        QVERIFY(cache.storeCourses(
            kHt, {course("a", "A", may, 1), course("b", "B", may, 2), course("c", "C", may, 3)}));
        QVERIFY(cache.storeCourseDetail(
            kHt, {course("a", "A", may, 0), QStringLiteral("Deskripsyon"), {{"l1", 1, "Leson 1", {}, 10}}}));
        QVERIFY(cache.storeLesson(kHt, lesson("a", QStringLiteral("Tèks leson an"))));
        QVERIFY(cache.storeCategories(kHt, {{"health", "Sante", "heart", "#C62828", 3}}));
    });
    // A learner later saw a newer "a" in the list only, and "d".
    const QString learner = cachePath(dir, QStringLiteral("users/u1"));
    writeCache(learner, [&](CourseCache &cache) {
        QVERIFY(cache.storeCourses(kHt, {course("a", "A 2", june, 1), course("d", "D", june, 4)}));
    });
    QFile userdata(dir.filePath(QStringLiteral("users/u1/userdata.sqlite")));
    QVERIFY(userdata.open(QIODevice::WriteOnly) && userdata.write("the learner's own") > 0);
    userdata.close();
    // Another's app stopped before SQLite folded its WAL into the file: "e" is only in the -wal.
    QTemporaryDir scratch;
    const QString live = scratch.filePath(QStringLiteral("cache.sqlite"));
    SqliteDatabase running(live, SqliteDatabase::Durability::Rebuildable);
    QVERIFY(running.open(cacheMigrations()));
    QVERIFY(QSqlQuery(running.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
    CourseCache runningCache(running);
    QVERIFY(runningCache.storeCourses(kHt, {course("e", "E", may, 5)}));
    const QString crashed = cachePath(dir, QStringLiteral("users/u2"));
    QVERIFY(QFile::copy(live, crashed) &&
            QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
    // One more is damaged beyond reading.
    const QString damaged = cachePath(dir, QStringLiteral("users/u3"));
    QFile garbage(damaged);
    QVERIFY(garbage.open(QIODevice::WriteOnly) && garbage.write(QByteArray(8192, 'x')) > 0);
    garbage.close();

    {
        CatalogStore store(dir.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        CourseCache &cache = store.courseCache();
        QCOMPARE(cache.courseCount(kHt, {}), 5);
        const auto a = cache.courseDetail(kHt, QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->course.title, QStringLiteral("A 2"));        // the newest wins…
        QCOMPARE(a->description, QStringLiteral("Deskripsyon")); // …without losing what it lacks
        QCOMPARE(a->course.position, 1);
        QCOMPARE(a->lessons.size(), 1);
        const auto text = cache.lesson(kHt, QStringLiteral("a"), QStringLiteral("l1"));
        QVERIFY(text);
        QCOMPARE(text->body, QStringLiteral("Tèks leson an"));
        QCOMPARE(cache.categories(kHt).size(), 1);
        QCOMPARE(cache.courses(kHt, {}, 10).constLast().id, QStringLiteral("e"));
    }
    QVERIFY(QFile::exists(CatalogStore::path(dir.path())));
    QVERIFY(leftNothing(guest));
    QVERIFY(leftNothing(learner));
    QVERIFY(leftNothing(crashed));
    QVERIFY(leftNothing(damaged));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("users/u3"))).entryList({"cache.sqlite.damaged-*"}).size(), 1);
    QVERIFY2(userdata.exists(), "only the catalog caches go");

    CatalogStore again(dir.path()); // the next start: nothing left to merge, everything still there
    QVERIFY(again.open());
    QCOMPARE(again.courseCache().courseCount(kHt, {}), 5);
}

QTEST_GUILESS_MAIN(TestCatalogStore)
#include "tst_catalogstore.moc"
