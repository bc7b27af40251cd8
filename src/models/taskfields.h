#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

// How a task's fields cross between QML and the sync contract: QML names them as the model's roles
// (title, notes, status, priority, dueDate, courseId), the server and the outbox as docs/sync.md does
// (due_date, course_id). Changes when a field is added or renamed on either side.
namespace TaskFields {

// A form's values under their server names, tidied as a learner would expect: no spaces around a
// title, a blank due date or course meaning none. Unknown names are a programming error: warned
// about and left out.
QJsonObject fromForm(const QVariantMap &form);

// The editable fields under their QML names, every value a string (none as "").
QVariantMap toForm(const QJsonObject &fields);

// The QML name of a server field; an unknown name is returned as it is.
QString formName(const QString &serverName);

} // namespace TaskFields
