#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// What the learner's edits are about. Tasks, journal entries and lesson progress sync alike.
enum class Entity { Task, Journal, Progress };

QString entityName(Entity entity);
std::optional<Entity> entityFromName(const QString &name);

// One queued edit of one record, as pushed to /mobile-api/sync/push.
struct Mutation {
    QString mutationId;
    Entity entity = Entity::Task;
    QString recordId;
    bool isDelete = false;
    int baseVersion = 0;
    QJsonObject fields; // decrypted: journal text lives sealed at rest
    QString state;      // pending, sending, rejected
    QString reason;     // for rejected ones: the server's reason code

    QJsonObject toJson() const;
};

// Folds a later edit of the same record into an earlier, unsent one without losing a field:
// later values win, except progress, which keeps the highest percentage, the earliest
// completion and the sum of time spent.
QJsonObject collapseFields(Entity entity, const QJsonObject &earlier, const QJsonObject &later);
