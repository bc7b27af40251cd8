#pragma once

#include "sqlstatement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace tpn::server {

class Database;

struct CategoryRow {
    QString id;
    QString name;
    QString icon;
    QString color;
    int courseCount = 0;
};

// A course in the one language it is served in (see CatalogStore).
struct CourseRow {
    QString id;
    QString category;
    QString title;
    QString summary;
    QString description;
    QString language;
    QStringList languages;
    QString icon;
    QString color;
    int lessonCount = 0;
    int durationMinutes = 0;
    QString updatedAt;
    int position = 0; // 1-based order in the catalog
    QString image;    // SHA-256 (hex) of the course's image, or empty
};

struct LessonRow {
    QString id;
    QString courseId;
    int position = 0;
    QString title;
    QString summary;
    QString body; // empty in lesson lists
    int durationMinutes = 0;
    QString language;
    QString updatedAt;
};

// An image of the catalog (content_images).
struct ImageRow {
    QString sha256;
    QString name;
    QByteArray contentType;
    QByteArray data;
};

struct CourseFilter {
    QString language;  // empty: each course in its default language
    QString category;  // empty: every category
    QString searchKey; // tpn::searchKey() of the query; empty: no search
    int offset = 0;
    int limit = 20;
};

// Read access to the catalog. A course is served in the requested language when it has a complete
// translation in it, otherwise in its default language — one language per course, never a mix. The
// statements are prepared once and reused.
//
// A search finds the courses whose served search key contains the query's key. Keys of 3 or more
// characters are looked up in the trigram index (course_search) and the count uses the same index;
// shorter keys have no trigram to look up and are compared with every served key, as before the index.
class CatalogStore {
public:
    explicit CatalogStore(const Database &database);

    // How a course list is searched.
    enum class Search { None, Scan, Indexed };
    // The shortest search key (in code points) the trigram index can find.
    static constexpr int MinimumIndexedSearch = 3;
    static Search searchFor(const QString &searchKey);

    // Category names are complete in every language; an empty language gets the first supported one.
    QList<CategoryRow> categories(const QString &language);
    QList<CourseRow> courses(const CourseFilter &filter);
    qint64 courseCount(const CourseFilter &filter);
    std::optional<CourseRow> course(const QString &id, const QString &language);
    // The lessons of a course in the language the course is served in, by position, without bodies.
    QList<LessonRow> lessons(const QString &courseId, const QString &servedLanguage);
    std::optional<LessonRow> lesson(const QString &courseId, const QString &lessonId,
                                    const QString &servedLanguage);
    // Every image of the catalog; read once at startup, so not a kept statement.
    QList<ImageRow> images() const;

private:
    // A page of a course list and the count of all its courses, searched one way.
    struct CourseList {
        SqlStatement page;
        SqlStatement count;
    };
    static CourseList courseList(const Database &database, Search search);

    const Database &m_database;
    SqlStatement m_categories;
    std::array<CourseList, 3> m_courseLists; // by Search
    SqlStatement m_course;
    SqlStatement m_lessons;
    SqlStatement m_lesson;
};

} // namespace tpn::server
