#include "catalogstore.h"

#include "database.h"
#include "languages.h"

#include <searchkey.h>

namespace tpn::server {

namespace {

// The served translation t is the requested one (r) if the course has it, else the default one.
const QString CourseColumns = QStringLiteral(
    "SELECT c.id, c.category_id, t.title, t.summary, t.description, t.language, c.languages, c.icon, "
    "c.color, c.lesson_count, c.duration_minutes, c.updated_at, c.position, c.image ");
const QString ServedTranslation = QStringLiteral(
    "LEFT JOIN course_texts r ON r.course_id = c.id AND r.language = ? "
    "JOIN course_texts t ON t.course_id = c.id AND t.language = COALESCE(r.language, c.default_language) ");
const QString FromCourses = QStringLiteral("FROM courses c ") + ServedTranslation;
const QString CategoryClause = QStringLiteral("WHERE c.category_id = COALESCE(?, c.category_id) ");
const QString LikeClause = QStringLiteral("AND t.search_key LIKE ? ESCAPE '\\' ");

// The FROM and WHERE of a course list, per way of searching; parameters in this order: language,
// category, then for a search the LIKE pattern, then for an indexed one the index's search term.
QString courseListClauses(CatalogStore::Search search, bool postgres) {
    switch (search) {
    case CatalogStore::Search::None:
        return FromCourses + CategoryClause;
    case CatalogStore::Search::Scan:
        return FromCourses + CategoryClause + LikeClause;
    case CatalogStore::Search::Indexed:
        // The index finds the candidates (every substring of the key as consecutive trigrams); LIKE then
        // keeps exactly what the scan would, and reads only the candidates' keys. PostgreSQL's pg_trgm
        // index (postgresschema.cpp) answers LIKE itself.
        return QStringLiteral("FROM course_search s JOIN courses c ON c.id = s.course_id ") +
               ServedTranslation + CategoryClause + QStringLiteral("AND s.language = t.language ") +
               LikeClause +
               (postgres ? QStringLiteral("AND s.search_key LIKE ? ESCAPE '\\' ")
                         : QStringLiteral("AND s.search_key MATCH ? "));
    }
    return {};
}

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

// An FTS5 string: one phrase, in which only '"' is special (doubled).
QString ftsPhrase(const QString &key) {
    return u'"' + QString(key).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QVariantList filterValues(const CourseFilter &filter, CatalogStore::Search search, bool postgres) {
    QVariantList values{nullIfEmpty(filter.language), nullIfEmpty(filter.category)};
    const QString pattern = u'%' + tpn::escapeLike(filter.searchKey) + u'%';
    if (search != CatalogStore::Search::None)
        values.append(pattern);
    if (search == CatalogStore::Search::Indexed)
        values.append(postgres ? pattern : ftsPhrase(filter.searchKey));
    return values;
}

} // namespace

CatalogStore::CatalogStore(const Database &database)
    : m_database(database)
    , m_categories(database.connection(),
                   QStringLiteral("SELECT c.id, n.name, c.icon, c.color, "
                                  "(SELECT COUNT(*) FROM courses WHERE category_id = c.id) FROM categories c "
                                  "JOIN category_names n ON n.category_id = c.id AND n.language = ? "
                                  "ORDER BY c.position"))
    , m_courseLists{courseList(database, Search::None), courseList(database, Search::Scan),
                    courseList(database, Search::Indexed)}
    , m_course(database.connection(), CourseColumns + FromCourses + QStringLiteral("WHERE c.id = ?"))
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

CatalogStore::Search CatalogStore::searchFor(const QString &searchKey) {
    if (searchKey.isEmpty())
        return Search::None;
    // Trigrams are of code points; a shorter key has none to look up.
    return searchKey.toUcs4().size() < MinimumIndexedSearch ? Search::Scan : Search::Indexed;
}

CatalogStore::CourseList CatalogStore::courseList(const Database &database, Search search) {
    const QString clauses = courseListClauses(search, database.isPostgres());
    // Without a search every course of the category is listed: each has its default language complete
    // (the importer requires it, contentreader.cpp), so the count needs no join with the texts.
    const QString count = search == Search::None
                              ? QStringLiteral("SELECT COUNT(*) FROM courses c ") + CategoryClause
                              : QStringLiteral("SELECT COUNT(*) ") + clauses;
    return {SqlStatement(database.connection(),
                         CourseColumns + clauses + QStringLiteral("ORDER BY c.position LIMIT ? OFFSET ?")),
            SqlStatement(database.connection(), count)};
}

QList<CourseRow> CatalogStore::courses(const CourseFilter &filter) {
    const Search search = searchFor(filter.searchKey);
    SqlStatement &query = m_courseLists[int(search)].page;
    query.exec(filterValues(filter, search, m_database.isPostgres()) +
               QVariantList{filter.limit, filter.offset});
    QList<CourseRow> rows;
    while (query.next())
        rows.append(readCourse(query));
    query.finish();
    return rows;
}

qint64 CatalogStore::courseCount(const CourseFilter &filter) {
    const Search search = searchFor(filter.searchKey);
    SqlStatement &query = m_courseLists[int(search)].count;
    QVariantList values = filterValues(filter, search, m_database.isPostgres());
    if (search == Search::None)
        values.removeFirst(); // the count of every course needs no language (courseList())
    query.exec(values);
    const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
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
