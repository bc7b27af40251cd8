#include "mutation.h"

#include <algorithm>

#include <QDateTime>

QString entityName(Entity entity) {
    switch (entity) {
    case Entity::Task:
        return QStringLiteral("task");
    case Entity::Journal:
        return QStringLiteral("journal");
    case Entity::Progress:
        return QStringLiteral("progress");
    }
    return {};
}

std::optional<Entity> entityFromName(const QString &name) {
    for (Entity e : {Entity::Task, Entity::Journal, Entity::Progress}) {
        if (entityName(e) == name)
            return e;
    }
    return std::nullopt;
}

QJsonObject Mutation::toJson() const {
    return {{QStringLiteral("mutation_id"), mutationId},
            {QStringLiteral("entity"), entityName(entity)},
            {QStringLiteral("op"), isDelete ? QStringLiteral("delete") : QStringLiteral("upsert")},
            {QStringLiteral("record_id"), recordId},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("fields"), fields}};
}

QJsonObject collapseFields(Entity entity, const QJsonObject &earlier, const QJsonObject &later) {
    QJsonObject merged = earlier;
    for (auto it = later.begin(); it != later.end(); ++it)
        merged.insert(it.key(), it.value());
    if (entity != Entity::Progress)
        return merged;

    const auto percent = QStringLiteral("percent");
    if (earlier.contains(percent) && later.contains(percent))
        merged.insert(percent, std::max(earlier.value(percent).toInt(), later.value(percent).toInt()));
    const auto completed = QStringLiteral("completed_at");
    const QDateTime a = QDateTime::fromString(earlier.value(completed).toString(), Qt::ISODateWithMs);
    const QDateTime b = QDateTime::fromString(later.value(completed).toString(), Qt::ISODateWithMs);
    if (a.isValid() && (!b.isValid() || a < b))
        merged.insert(completed, earlier.value(completed));
    const auto spent = QStringLiteral("time_spent_delta_seconds");
    // The server takes at most a day per edit: more than that on one lesson between two syncs is a
    // clock or counting error, not study, and must not get the rest of the edit refused.
    if (earlier.contains(spent) || later.contains(spent))
        merged.insert(spent, std::min(earlier.value(spent).toInt() + later.value(spent).toInt(), 86400));
    return merged;
}
