#include "catalogjson.h"

#include <QJsonArray>

namespace tpn::server {

QJsonObject categoryJson(const CategoryRow &category) {
    return {{QStringLiteral("id"), category.id},
            {QStringLiteral("name"), category.name},
            {QStringLiteral("icon"), category.icon},
            {QStringLiteral("color"), category.color},
            {QStringLiteral("courseCount"), category.courseCount}};
}

QJsonObject courseSummaryJson(const CourseRow &course) {
    QJsonObject summary{{QStringLiteral("id"), course.id},
                        {QStringLiteral("category"), course.category},
                        {QStringLiteral("title"), course.title},
                        {QStringLiteral("summary"), course.summary},
                        {QStringLiteral("language"), course.language},
                        {QStringLiteral("languages"), QJsonArray::fromStringList(course.languages)},
                        {QStringLiteral("icon"), course.icon},
                        {QStringLiteral("color"), course.color},
                        {QStringLiteral("position"), course.position},
                        {QStringLiteral("lessonCount"), course.lessonCount},
                        {QStringLiteral("durationMinutes"), course.durationMinutes},
                        {QStringLiteral("updatedAt"), course.updatedAt}};
    if (!course.image.isEmpty())
        summary.insert(QStringLiteral("image"), QStringLiteral("sha256:") + course.image);
    return summary;
}

QJsonObject courseDetailJson(const CourseRow &course, const QList<LessonRow> &lessons) {
    QJsonArray lessonList;
    for (const LessonRow &lesson : lessons) {
        lessonList.append(QJsonObject{{QStringLiteral("id"), lesson.id},
                                      {QStringLiteral("position"), lesson.position},
                                      {QStringLiteral("title"), lesson.title},
                                      {QStringLiteral("summary"), lesson.summary},
                                      {QStringLiteral("durationMinutes"), lesson.durationMinutes}});
    }
    QJsonObject detail = courseSummaryJson(course);
    detail.insert(QStringLiteral("description"), course.description);
    detail.insert(QStringLiteral("lessons"), lessonList);
    return detail;
}

QJsonObject lessonJson(const LessonRow &lesson) {
    return {{QStringLiteral("id"), lesson.id},
            {QStringLiteral("courseId"), lesson.courseId},
            {QStringLiteral("position"), lesson.position},
            {QStringLiteral("title"), lesson.title},
            {QStringLiteral("summary"), lesson.summary},
            {QStringLiteral("body"), lesson.body},
            {QStringLiteral("durationMinutes"), lesson.durationMinutes},
            {QStringLiteral("language"), lesson.language},
            {QStringLiteral("updatedAt"), lesson.updatedAt}};
}

} // namespace tpn::server
