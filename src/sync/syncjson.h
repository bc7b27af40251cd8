#pragma once

#include "mutation.h"

#include <QDateTime>
#include <QJsonValue>
#include <optional>

// A record as the server sends it, in push results and pulls.
struct RemoteRecord {
    Entity entity = Entity::Task;
    QString recordId;
    int version = 0;
    bool deleted = false;
    QJsonObject fields; // includes server-kept extras: history, conflicted, conflict_versions
    QDateTime updatedAt;
};

struct PushResult {
    enum class Status { Applied, Duplicate, Conflict, Rejected };
    QString mutationId;
    Status status = Status::Rejected;
    std::optional<RemoteRecord> record;
    QString reason;
};

struct PullPage {
    QList<RemoteRecord> changes;
    qint64 cursor = 0;
    bool hasMore = false;
};

namespace SyncJson {
std::optional<RemoteRecord> record(const QJsonValue &json, QString *error);
std::optional<QList<PushResult>> pushResults(const QJsonValue &data, QString *error);
std::optional<PullPage> pullPage(const QJsonValue &data, QString *error);
} // namespace SyncJson
