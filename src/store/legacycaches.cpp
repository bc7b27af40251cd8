#include "legacycaches.h"

#include "cacheschema.h"
#include "sqlitedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

const QString kCourseColumns = QStringLiteral(
    "id, language, category, title, summary, served_language, languages, icon, color, lesson_count,"
    " duration_minutes, updated_at, search_key, description, position");
const QString kLessonColumns = QStringLiteral(
    "course_id, language, id, position, title, summary, duration_minutes, body, served_language, updated_at");

// Set-based merges from the attached old file (`legacy`) into the shared one (`main`).
QStringList mergeStatements() {
    return {
        // Newer rows win; a description saved before survives a newer row that has none.
        QStringLiteral("INSERT INTO main.courses (%1) SELECT %1 FROM legacy.courses WHERE true"
                       " ON CONFLICT (id, language) DO UPDATE SET category = excluded.category,"
                       " title = excluded.title, summary = excluded.summary,"
                       " served_language = excluded.served_language, languages = excluded.languages,"
                       " icon = excluded.icon, color = excluded.color, lesson_count = excluded.lesson_count,"
                       " duration_minutes = excluded.duration_minutes, updated_at = excluded.updated_at,"
                       " search_key = excluded.search_key,"
                       " description = coalesce(excluded.description, courses.description),"
                       " position = CASE WHEN excluded.position > 0 THEN excluded.position"
                       " ELSE courses.position END"
                       " WHERE excluded.updated_at > courses.updated_at")
            .arg(kCourseColumns),
        // What the kept (newer) row lacks, an older one may have: the description, the list position.
        QStringLiteral("UPDATE main.courses SET description = (SELECT o.description FROM legacy.courses o"
                       " WHERE o.id = courses.id AND o.language = courses.language)"
                       " WHERE description IS NULL AND EXISTS (SELECT 1 FROM legacy.courses o"
                       " WHERE o.id = courses.id AND o.language = courses.language"
                       " AND o.description IS NOT NULL)"),
        QStringLiteral("UPDATE main.courses SET position = (SELECT o.position FROM legacy.courses o"
                       " WHERE o.id = courses.id AND o.language = courses.language)"
                       " WHERE position = 0 AND EXISTS (SELECT 1 FROM legacy.courses o"
                       " WHERE o.id = courses.id AND o.language = courses.language AND o.position > 0)"),
        // Lessons: a lesson text replaces none or an older one. Every lesson seen stays, even of an
        // older version of its course; the next refresh of the course online drops what it no longer has.
        QStringLiteral("INSERT INTO main.lessons (%1) SELECT %1 FROM legacy.lessons WHERE true"
                       " ON CONFLICT (course_id, language, id) DO UPDATE SET position = excluded.position,"
                       " title = excluded.title, summary = excluded.summary,"
                       " duration_minutes = excluded.duration_minutes, body = excluded.body,"
                       " served_language = excluded.served_language, updated_at = excluded.updated_at"
                       " WHERE excluded.body IS NOT NULL"
                       " AND (lessons.body IS NULL OR excluded.updated_at > lessons.updated_at)")
            .arg(kLessonColumns),
        // Categories have no time: files come newest first, and a language's list is taken whole once.
        QStringLiteral(
            "INSERT INTO main.categories (id, language, position, name, icon, color, course_count)"
            " SELECT id, language, position, name, icon, color, course_count FROM legacy.categories"
            " WHERE language NOT IN (SELECT language FROM main.categories)"),
    };
}

bool exec(QSqlDatabase db, const QString &sql, const QVariant &value = {}) {
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return false;
    if (value.isValid())
        q.addBindValue(value);
    if (q.exec())
        return true;
    qCWarning(lcStore) << "merging an old cache:" << q.lastError().text();
    return false;
}

// Checks and migrates the old file, then has SQLite fold its WAL in and stop using one, so the
// main file alone holds everything. False if it is damaged (then moved aside) or busy.
bool readyToMerge(const QString &path) {
    SqliteDatabase old(path, SqliteDatabase::Durability::Precious);
    if (!old.open(cacheMigrations())) {
        qCWarning(lcStore) << "skipping a damaged old cache" << path << old.errorString();
        return false;
    }
    QSqlQuery q(old.connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !q.next() ||
        q.value(0).toString() != QLatin1String("delete")) {
        qCWarning(lcStore) << "old cache in use, left for later:" << path << q.lastError().text();
        return false;
    }
    return true; // closed here: the last connection
}

bool merge(SqliteDatabase &target, const QString &path) {
    QSqlDatabase db = target.connection();
    if (!exec(db, QStringLiteral("ATTACH DATABASE ? AS legacy"), path))
        return false;
    bool ok = db.transaction();
    for (const QString &statement : mergeStatements())
        ok = ok && exec(db, statement);
    ok = ok && db.commit();
    if (!ok)
        db.rollback();
    exec(db, QStringLiteral("DETACH DATABASE legacy"));
    return ok;
}

} // namespace

QStringList LegacyCaches::find(const QString &dataDir) {
    QList<QFileInfo> files{QFileInfo(dataDir + QStringLiteral("/guest/cache.sqlite"))};
    const QDir users(dataDir + QStringLiteral("/users"));
    for (const QString &user : users.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        files.append(QFileInfo(users.filePath(user) + QStringLiteral("/cache.sqlite")));
    files.removeIf([](const QFileInfo &f) { return !f.isFile(); });
    std::stable_sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() > b.lastModified();
    });
    QStringList paths;
    for (const QFileInfo &f : std::as_const(files))
        paths.append(f.filePath());
    return paths;
}

int LegacyCaches::mergeInto(SqliteDatabase &target, const QString &dataDir) {
    int merged = 0;
    for (const QString &path : find(dataDir)) {
        if (!readyToMerge(path) || !merge(target, path))
            continue;
        ++merged;
        // Out of WAL mode and closed: nothing of it lives beside the main file any more.
        const bool alone = !QFile::exists(path + QStringLiteral("-wal")) &&
                           !QFile::exists(path + QStringLiteral("-shm")) &&
                           !QFile::exists(path + QStringLiteral("-journal"));
        if (alone && QFile::remove(path))
            qCInfo(lcStore) << "merged and removed the old cache" << path;
        else
            qCWarning(lcStore) << "merged the old cache" << path << "but could not remove it yet";
    }
    return merged;
}
