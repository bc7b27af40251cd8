#include "coursecache.h"

#include "searchkey.h"
#include "sqlitedatabase.h"

#include <QSet>
#include <QSqlError>

namespace {

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qCCritical(lcStore) << "cannot prepare" << sql << q.lastError().text();
    return q;
}

// A null QString binds as SQL NULL; the cache's text columns want an empty string instead.
QString text(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoTime(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// `asked`: the language the caller asked for; the row says which one it was saved for (column 12).
CourseSummary courseFromRow(const QSqlQuery &q, const QString &asked) {
    CourseSummary c;
    c.id = q.value(0).toString();
    c.category = q.value(1).toString();
    c.title = q.value(2).toString();
    c.summary = q.value(3).toString();
    c.language = q.value(4).toString();
    c.languages = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
    c.icon = q.value(6).toString();
    c.color = q.value(7).toString();
    c.lessonCount = q.value(8).toInt();
    c.durationMinutes = q.value(9).toInt();
    c.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    c.position = q.value(11).toInt();
    c.otherLanguage = q.value(12).toString() != asked;
    c.image = q.value(13).toString();
    return c;
}

const QString kCourseColumns = QStringLiteral(
    "id, category, title, summary, served_language, languages, icon, color, lesson_count, duration_minutes, "
    "updated_at, position, language, image");
// When the language asked for is not saved, the version the device has: in the order the
// courses are served (Kreyòl, French, English), the latest first. `t` names the table.
QString otherLanguageOrder(const QString &t) {
    return QStringLiteral(" CASE %1.served_language WHEN 'ht' THEN 0 WHEN 'fr' THEN 1 WHEN 'en' THEN 2"
                          " ELSE 3 END, %1.updated_at DESC")
        .arg(t);
}
// One row per course: the one saved for the language asked for, else the best other one.
const QString kFilter =
    QStringLiteral(" WHERE (:any_category OR category = :category)"
                   " AND (:any_text OR search_key LIKE :pattern ESCAPE '\\')"
                   " AND language = (SELECT o.language FROM courses o WHERE o.id = courses.id"
                   " ORDER BY o.language = :language DESC,") +
    otherLanguageOrder(QStringLiteral("o")) + QStringLiteral(" LIMIT 1)");

} // namespace

CourseCache::CourseCache(SqliteDatabase &database)
    : m_database(database) {
    const QSqlDatabase db = database.connection();
    m_upsertCourse = prepared(
        db,
        QStringLiteral(
            "INSERT INTO courses (id, language, category, title, summary, served_language, languages, icon,"
            " color, lesson_count, duration_minutes, updated_at, search_key, position, image)"
            " VALUES (:id, :language, :category, :title, :summary, :served, :languages, :icon, :color,"
            " :lessons, :minutes, :updated, :key, :position, :image)"
            " ON CONFLICT (id, language) DO UPDATE SET category = excluded.category, title = excluded.title,"
            " summary = excluded.summary, served_language = excluded.served_language,"
            " languages = excluded.languages, icon = excluded.icon, color = excluded.color,"
            " lesson_count = excluded.lesson_count, duration_minutes = excluded.duration_minutes,"
            " updated_at = excluded.updated_at, search_key = excluded.search_key, image = excluded.image,"
            " position = CASE WHEN :has_position THEN excluded.position ELSE courses.position END"));
    m_selectCourses =
        prepared(db, QStringLiteral("SELECT ") + kCourseColumns + QStringLiteral(" FROM courses") + kFilter +
                         QStringLiteral(" ORDER BY position, id LIMIT :limit"));
    m_countCourses = prepared(db, QStringLiteral("SELECT count(*) FROM courses") + kFilter);
    // Best first: the whole course (with its description and lessons) before the course as listed,
    // the language asked for before another.
    m_selectCourse =
        prepared(db, QStringLiteral("SELECT ") + kCourseColumns +
                         QStringLiteral(", description FROM courses WHERE id = :id"
                                        " ORDER BY description IS NOT NULL DESC,"
                                        " language = :language DESC,") +
                         otherLanguageOrder(QStringLiteral("courses")) + QStringLiteral(" LIMIT 1"));
    m_setDescription = prepared(db, QStringLiteral("UPDATE courses SET description = :description"
                                                   " WHERE id = :id AND language = :language"));
    m_upsertLessonSummary = prepared(
        db, QStringLiteral(
                "INSERT INTO lessons (course_id, language, id, position, title, summary, duration_minutes)"
                " VALUES (:course, :language, :id, :position, :title, :summary, :minutes)"
                " ON CONFLICT (course_id, language, id) DO UPDATE SET position = excluded.position,"
                " title = excluded.title, summary = excluded.summary,"
                " duration_minutes = excluded.duration_minutes"));
    m_deleteLessons =
        prepared(db, QStringLiteral("DELETE FROM lessons WHERE course_id = :course AND language = :language"
                                    " AND id = :id"));
    m_selectLessons =
        prepared(db, QStringLiteral("SELECT id, position, title, summary, duration_minutes FROM lessons"
                                    " WHERE course_id = :course AND language = :language"
                                    " ORDER BY position, id"));
    m_upsertLesson = prepared(
        db, QStringLiteral(
                "INSERT INTO lessons (course_id, language, id, position, title, summary, duration_minutes,"
                " body, served_language, updated_at)"
                " VALUES (:course, :language, :id, :position, :title, :summary, :minutes, :body,"
                " :served, :updated)"
                " ON CONFLICT (course_id, language, id) DO UPDATE SET position = excluded.position,"
                " title = excluded.title, summary = excluded.summary,"
                " duration_minutes = excluded.duration_minutes, body = excluded.body,"
                " served_language = excluded.served_language, updated_at = excluded.updated_at"));
    m_selectLesson =
        prepared(db, QStringLiteral("SELECT position, title, summary, duration_minutes, body,"
                                    " served_language, updated_at, language FROM lessons"
                                    " WHERE course_id = :course AND id = :id AND body IS NOT NULL"
                                    " ORDER BY language = :language DESC,") +
                         otherLanguageOrder(QStringLiteral("lessons")) + QStringLiteral(" LIMIT 1"));
    m_deleteCategories = prepared(db, QStringLiteral("DELETE FROM categories WHERE language = :language"));
    m_insertCategory =
        prepared(db, QStringLiteral("INSERT INTO categories (id, language, position, name, icon, color,"
                                    " course_count) VALUES (:id, :language, :position, :name, :icon,"
                                    " :color, :count)"));
    m_selectCategories = prepared(
        db, QStringLiteral(
                "SELECT id, name, icon, color, course_count FROM categories"
                " WHERE language = (SELECT language FROM categories ORDER BY language = :language DESC,"
                " CASE substr(language, 1, 2) WHEN 'ht' THEN 0 WHEN 'fr' THEN 1 ELSE 2 END LIMIT 1)"
                " ORDER BY position"));
}

bool CourseCache::run(QSqlQuery &query) {
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    qCWarning(lcStore) << "cache query failed:" << m_error;
    return false;
}

bool CourseCache::inTransaction(const std::function<bool()> &work) {
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    if (work() && db.commit())
        return true;
    db.rollback();
    return false;
}

bool CourseCache::upsertCourse(const QString &language, const CourseSummary &c) {
    QSqlQuery &q = m_upsertCourse;
    q.bindValue(QStringLiteral(":id"), c.id);
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":category"), c.category);
    q.bindValue(QStringLiteral(":title"), text(c.title));
    q.bindValue(QStringLiteral(":summary"), text(c.summary));
    q.bindValue(QStringLiteral(":served"), c.language);
    q.bindValue(QStringLiteral(":languages"), c.languages.join(u','));
    q.bindValue(QStringLiteral(":icon"), c.icon);
    q.bindValue(QStringLiteral(":color"), c.color);
    q.bindValue(QStringLiteral(":lessons"), c.lessonCount);
    q.bindValue(QStringLiteral(":minutes"), c.durationMinutes);
    q.bindValue(QStringLiteral(":updated"), isoTime(c.updatedAt));
    q.bindValue(QStringLiteral(":key"), tpn::searchKey(c.title + u' ' + c.summary));
    q.bindValue(QStringLiteral(":position"), c.position);
    q.bindValue(QStringLiteral(":has_position"), c.position > 0);
    q.bindValue(QStringLiteral(":image"), c.image.isEmpty() ? QStringLiteral("") : c.image);
    return run(q);
}

bool CourseCache::storeCourses(const QString &language, const QList<CourseSummary> &courses) {
    return inTransaction([&] {
        for (const CourseSummary &c : courses) {
            if (!upsertCourse(language, c))
                return false;
        }
        return true;
    });
}

void CourseCache::bindFilter(QSqlQuery &q, const QString &language, const CourseQuery &filter) {
    const QString key = tpn::searchKey(filter.search);
    q.bindValue(QStringLiteral(":language"), language);
    // Each placeholder appears once: QSQLITE does not bind a name used twice.
    q.bindValue(QStringLiteral(":any_category"), filter.category.isEmpty());
    q.bindValue(QStringLiteral(":category"), filter.category);
    q.bindValue(QStringLiteral(":any_text"), key.isEmpty());
    q.bindValue(QStringLiteral(":pattern"), QString(u'%' + tpn::escapeLike(key) + u'%'));
}

QList<CourseSummary> CourseCache::courses(const QString &language, const CourseQuery &query, int limit) {
    bindFilter(m_selectCourses, language, query);
    m_selectCourses.bindValue(QStringLiteral(":limit"), limit);
    QList<CourseSummary> result;
    if (!run(m_selectCourses))
        return result;
    while (m_selectCourses.next())
        result.append(courseFromRow(m_selectCourses, language));
    m_selectCourses.finish();
    return result;
}

int CourseCache::courseCount(const QString &language, const CourseQuery &query) {
    bindFilter(m_countCourses, language, query);
    const int count = run(m_countCourses) && m_countCourses.next() ? m_countCourses.value(0).toInt() : 0;
    m_countCourses.finish();
    return count;
}

bool CourseCache::storeCourseDetail(const QString &language, const CourseDetail &detail) {
    const QString courseId = detail.course.id;
    return inTransaction([&] {
        if (!upsertCourse(language, detail.course))
            return false;
        m_setDescription.bindValue(QStringLiteral(":description"), text(detail.description));
        m_setDescription.bindValue(QStringLiteral(":id"), courseId);
        m_setDescription.bindValue(QStringLiteral(":language"), language);
        if (!run(m_setDescription))
            return false;

        // Update lesson rows in place so cached lesson bodies survive; drop lessons the course no longer has.
        QSet<QString> current;
        for (const LessonSummary &l : detail.lessons) {
            QSqlQuery &q = m_upsertLessonSummary;
            q.bindValue(QStringLiteral(":course"), courseId);
            q.bindValue(QStringLiteral(":language"), language);
            q.bindValue(QStringLiteral(":id"), l.id);
            q.bindValue(QStringLiteral(":position"), l.position);
            q.bindValue(QStringLiteral(":title"), text(l.title));
            q.bindValue(QStringLiteral(":summary"), text(l.summary));
            q.bindValue(QStringLiteral(":minutes"), l.durationMinutes);
            if (!run(q))
                return false;
            current.insert(l.id);
        }
        QStringList stale;
        m_selectLessons.bindValue(QStringLiteral(":course"), courseId);
        m_selectLessons.bindValue(QStringLiteral(":language"), language);
        if (!run(m_selectLessons))
            return false;
        while (m_selectLessons.next()) {
            if (!current.contains(m_selectLessons.value(0).toString()))
                stale.append(m_selectLessons.value(0).toString());
        }
        m_selectLessons.finish();
        for (const QString &id : std::as_const(stale)) {
            m_deleteLessons.bindValue(QStringLiteral(":course"), courseId);
            m_deleteLessons.bindValue(QStringLiteral(":language"), language);
            m_deleteLessons.bindValue(QStringLiteral(":id"), id);
            if (!run(m_deleteLessons))
                return false;
        }
        return true;
    });
}

std::optional<CourseDetail> CourseCache::courseDetail(const QString &language, const QString &courseId) {
    m_selectCourse.bindValue(QStringLiteral(":language"), language);
    m_selectCourse.bindValue(QStringLiteral(":id"), courseId);
    if (!run(m_selectCourse) || !m_selectCourse.next())
        return std::nullopt;
    CourseDetail detail;
    detail.course = courseFromRow(m_selectCourse, language);
    const QString savedFor = m_selectCourse.value(12).toString();
    detail.description = m_selectCourse.value(14).toString();
    detail.summaryOnly = m_selectCourse.value(14).isNull();
    m_selectCourse.finish();
    if (detail.summaryOnly)
        return detail;

    m_selectLessons.bindValue(QStringLiteral(":course"), courseId);
    m_selectLessons.bindValue(QStringLiteral(":language"), savedFor);
    if (!run(m_selectLessons))
        return std::nullopt;
    while (m_selectLessons.next()) {
        const QSqlQuery &q = m_selectLessons;
        detail.lessons.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toInt()});
    }
    m_selectLessons.finish();
    return detail;
}

bool CourseCache::storeLesson(const QString &language, const Lesson &l) {
    QSqlQuery &q = m_upsertLesson;
    q.bindValue(QStringLiteral(":course"), l.courseId);
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":id"), l.id);
    q.bindValue(QStringLiteral(":position"), l.position);
    q.bindValue(QStringLiteral(":title"), text(l.title));
    q.bindValue(QStringLiteral(":summary"), text(l.summary));
    q.bindValue(QStringLiteral(":minutes"), l.durationMinutes);
    q.bindValue(QStringLiteral(":body"), text(l.body));
    q.bindValue(QStringLiteral(":served"), l.language);
    q.bindValue(QStringLiteral(":updated"), isoTime(l.updatedAt));
    return run(q);
}

std::optional<Lesson> CourseCache::lesson(const QString &language, const QString &courseId,
                                          const QString &lessonId) {
    QSqlQuery &q = m_selectLesson;
    q.bindValue(QStringLiteral(":course"), courseId);
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":id"), lessonId);
    if (!run(q) || !q.next())
        return std::nullopt;
    Lesson l;
    l.id = lessonId;
    l.courseId = courseId;
    l.position = q.value(0).toInt();
    l.title = q.value(1).toString();
    l.summary = q.value(2).toString();
    l.durationMinutes = q.value(3).toInt();
    l.body = q.value(4).toString();
    l.language = q.value(5).toString();
    l.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    l.otherLanguage = q.value(7).toString() != language;
    q.finish();
    return l;
}

bool CourseCache::storeCategories(const QString &language, const QList<Category> &categories) {
    return inTransaction([&] {
        m_deleteCategories.bindValue(QStringLiteral(":language"), language);
        if (!run(m_deleteCategories))
            return false;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const Category &c = categories.at(i);
            QSqlQuery &q = m_insertCategory;
            q.bindValue(QStringLiteral(":id"), c.id);
            q.bindValue(QStringLiteral(":language"), language);
            q.bindValue(QStringLiteral(":position"), static_cast<int>(i));
            q.bindValue(QStringLiteral(":name"), text(c.name));
            q.bindValue(QStringLiteral(":icon"), c.icon);
            q.bindValue(QStringLiteral(":color"), c.color);
            q.bindValue(QStringLiteral(":count"), c.courseCount);
            if (!run(q))
                return false;
        }
        return true;
    });
}

QList<Category> CourseCache::categories(const QString &language) {
    QList<Category> result;
    m_selectCategories.bindValue(QStringLiteral(":language"), language);
    if (!run(m_selectCategories))
        return result;
    while (m_selectCategories.next()) {
        const QSqlQuery &q = m_selectCategories;
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toInt()});
    }
    m_selectCategories.finish();
    return result;
}

bool CourseCache::clear() {
    return inTransaction([&] {
        QSqlQuery query(m_database.connection());
        for (const char *table : {"lessons", "courses", "categories"})
            if (!query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
                return false;
        return true;
    });
}
