#pragma once

#include "catalogtypes.h"

#include <QSqlQuery>
#include <optional>

class SqliteDatabase;

// The catalog as last seen from the server, per requested language, in the cache database.
// Everything a learner has once seen answers from here when the network is gone: asked for a
// language the device lacks, each read answers the version it has (saved for another language,
// marked `otherLanguage`), and a course only listed so far answers as listed (`summaryOnly`).
class CourseCache {
public:
    explicit CourseCache(SqliteDatabase &database);

    bool storeCourses(const QString &language, const QList<CourseSummary> &courses);
    QList<CourseSummary> courses(const QString &language, const CourseQuery &query, int limit);
    int courseCount(const QString &language, const CourseQuery &query);

    bool storeCourseDetail(const QString &language, const CourseDetail &detail);
    std::optional<CourseDetail> courseDetail(const QString &language, const QString &courseId);

    bool storeLesson(const QString &language, const Lesson &lesson);
    std::optional<Lesson> lesson(const QString &language, const QString &courseId, const QString &lessonId);

    bool storeCategories(const QString &language, const QList<Category> &categories);
    QList<Category> categories(const QString &language);

    QString errorString() const { return m_error; }

    // Forgets everything seen ("clear cache"); downloaded courses are put back by their owner.
    bool clear();

private:
    bool upsertCourse(const QString &language, const CourseSummary &course);
    void bindFilter(QSqlQuery &query, const QString &language, const CourseQuery &filter);
    bool run(QSqlQuery &query);
    bool inTransaction(const std::function<bool()> &work);

    SqliteDatabase &m_database;
    QString m_error;
    // Prepared once, reused for every call.
    QSqlQuery m_upsertCourse, m_selectCourses, m_countCourses, m_selectCourse, m_setDescription;
    QSqlQuery m_upsertLessonSummary, m_deleteLessons, m_selectLessons, m_upsertLesson, m_selectLesson;
    QSqlQuery m_deleteCategories, m_insertCategory, m_selectCategories;
};
