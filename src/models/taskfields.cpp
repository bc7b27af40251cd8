#include "taskfields.h"

#include "recordrules.h"

#include <QList>
#include <algorithm>
#include <utility>

namespace TaskFields {

namespace {

// The server's field names and QML's (the role names).
const QList<std::pair<QString, QString>> &names() {
    using namespace tpn::taskfield;
    static const QList<std::pair<QString, QString>> names{
        {Title, QStringLiteral("title")},     {Notes, QStringLiteral("notes")},
        {Status, QStringLiteral("status")},   {Priority, QStringLiteral("priority")},
        {DueDate, QStringLiteral("dueDate")}, {CourseId, QStringLiteral("courseId")}};
    return names;
}

// A blank or missing value from a form means "none" for the fields that may be null.
QJsonValue nullable(const QVariant &value) {
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject fromForm(const QVariantMap &form) {
    using namespace tpn::taskfield;
    QJsonObject fields;
    for (auto it = form.cbegin(); it != form.cend(); ++it) {
        const auto known = std::find_if(names().cbegin(), names().cend(),
                                        [&](const auto &pair) { return pair.second == it.key(); });
        if (known == names().cend()) {
            qWarning("TaskListModel: unknown task field %s ignored", qPrintable(it.key()));
            continue;
        }
        const QString &name = known->first;
        if (name == DueDate || name == CourseId)
            fields.insert(name, nullable(it.value()));
        else if (name == Title)
            fields.insert(name, it.value().toString().trimmed());
        else
            fields.insert(name, it.value().toString());
    }
    return fields;
}

QVariantMap toForm(const QJsonObject &fields) {
    QVariantMap form;
    for (const auto &[server, qml] : names())
        form.insert(qml, fields.value(server).toString()); // null (no date, no course) as ""
    return form;
}

QString formName(const QString &serverName) {
    for (const auto &[server, qml] : names()) {
        if (server == serverName)
            return qml;
    }
    return serverName;
}

} // namespace TaskFields
