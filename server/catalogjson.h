#pragma once

#include "catalogstore.h"

#include <QJsonObject>

namespace tpn::server {

// The catalog's rows in the shapes docs/api.md specifies.
QJsonObject categoryJson(const CategoryRow &category);
QJsonObject courseSummaryJson(const CourseRow &course);
QJsonObject courseDetailJson(const CourseRow &course, const QList<LessonRow> &lessons);
QJsonObject lessonJson(const LessonRow &lesson);

} // namespace tpn::server
