#include "catalogstore.h"

#include "database.h"
#include "languages.h"

#include <searchkey.h>

namespace tpn::server {

namespace {

// The served translation t is the requested one (r) if the course has it, else the default one.
const QString CourseColumns = QStringLiteral(
    "SELECT c.id, c.category_id, t.title, t.summary, t.description, t.language, c.languages, c.icon, "
    "c.color, "
    "c.lesson_count, c.duration_minutes, c.updated_at, c.position, c.image FROM courses c "
    "LEFT JOIN course_texts r ON r.course_id = c.id AND r.language = ? "
    "JOIN course_texts t ON t.course_id = c.id AND t.language = COALESCE(r.language, c.default_language) ");
const QString CourseFilterClause =
    QStringLiteral("WHERE c.category_id = COALESCE(?, c.category_id) AND t.search_key LIKE ? ESCAPE '\\' ");

QVariant nullIfEmpty(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

CourseRow readCourse(const SqlStatement &query) {
    return {query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toString(),
            query.value(6).toString().split(u',', Qt::SkipEmptyParts),
            query.value(7).toString(),
            query.value(8).toString(),
            query.value(9).toInt(),
            query.value(10).toInt(),
            query.value(11).toString(),
            query.value(12).toInt(),
            query.value(13).toString()};
}

LessonRow readLesson(const SqlStatement &query) {
    return {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toInt(),    query.value(3).toString(),
            query.value(4).toString(), {},
            query.value(5).toInt(),    {},
            query.value(6).toString()};
}

QVariantList filterValues(const CourseFilter &filter) {
    return {nullIfEmpty(filter.language), nullIfEmpty(filter.category),
            QString(u'%' + tpn::escapeLike(filter.searchKey) + u'%')};
}

} // namespace

CatalogStore::CatalogStore(const Database &database)
    : m_database(database)
    , m_categories(database.connection(),
                   QStringLiteral("SELECT c.id, n.name, c.icon, c.color, "
                                  "(SELECT COUNT(*) FROM courses WHERE category_id = c.id) FROM categories c "
                                  "JOIN category_names n ON n.category_id = c.id AND n.language = ? "
                                  "ORDER BY c.position"))
    , m_courses(database.connection(),
                CourseColumns + CourseFilterClause + QStringLiteral("ORDER BY c.position LIMIT ? OFFSET ?"))
    , m_courseCount(database.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM (") + CourseColumns + CourseFilterClause + u')')
    , m_course(database.connection(), CourseColumns + QStringLiteral("WHERE c.id = ?"))
    , m_lessons(
          database.connection(),
          QStringLiteral("SELECT l.id, l.course_id, l.position, t.title, t.summary, l.duration_minutes, "
                         "l.updated_at FROM lessons l JOIN lesson_texts t ON t.course_id = l.course_id "
                         "AND t.lesson_id = l.id AND t.language = ? WHERE l.course_id = ? "
                         "ORDER BY l.position"))
    , m_lesson(database.connection(),
               QStringLiteral("SELECT l.id, l.course_id, l.position, t.title, t.summary, l.duration_minutes, "
                              "l.updated_at, t.body FROM lessons l JOIN lesson_texts t "
                              "ON t.course_id = l.course_id AND t.lesson_id = l.id AND t.language = ? "
                              "WHERE l.course_id = ? AND l.id = ?")) {}

QList<CategoryRow> CatalogStore::categories(const QString &language) {
    m_categories.exec({language.isEmpty() ? supportedLanguages().constFirst() : language});
    QList<CategoryRow> rows;
    while (m_categories.next()) {
        rows.append({m_categories.value(0).toString(), m_categories.value(1).toString(),
                     m_categories.value(2).toString(), m_categories.value(3).toString(),
                     m_categories.value(4).toInt()});
    }
    m_categories.finish();
    return rows;
}

QList<CourseRow> CatalogStore::courses(const CourseFilter &filter) {
    m_courses.exec(filterValues(filter) + QVariantList{filter.limit, filter.offset});
    QList<CourseRow> rows;
    while (m_courses.next())
        rows.append(readCourse(m_courses));
    m_courses.finish();
    return rows;
}

qint64 CatalogStore::courseCount(const CourseFilter &filter) {
    m_courseCount.exec(filterValues(filter));
    const qint64 count = m_courseCount.next() ? m_courseCount.value(0).toLongLong() : 0;
    m_courseCount.finish();
    return count;
}

std::optional<CourseRow> CatalogStore::course(const QString &id, const QString &language) {
    m_course.exec({nullIfEmpty(language), id});
    std::optional<CourseRow> row;
    if (m_course.next())
        row = readCourse(m_course);
    m_course.finish();
    return row;
}

QList<LessonRow> CatalogStore::lessons(const QString &courseId, const QString &servedLanguage) {
    m_lessons.exec({servedLanguage, courseId});
    QList<LessonRow> rows;
    while (m_lessons.next()) {
        rows.append(readLesson(m_lessons));
        rows.last().language = servedLanguage;
    }
    m_lessons.finish();
    return rows;
}

std::optional<LessonRow> CatalogStore::lesson(const QString &courseId, const QString &lessonId,
                                              const QString &servedLanguage) {
    m_lesson.exec({servedLanguage, courseId, lessonId});
    std::optional<LessonRow> row;
    if (m_lesson.next()) {
        row = readLesson(m_lesson);
        row->body = m_lesson.value(7).toString();
        row->language = servedLanguage;
    }
    m_lesson.finish();
    return row;
}

QList<ImageRow> CatalogStore::images() const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT sha256, name, content_type, data FROM content_images"));
    query.exec();
    QList<ImageRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString().toLatin1(), query.value(3).toByteArray()});
    }
    return rows;
}

} // namespace tpn::server
