#pragma once

#include <QJsonObject>
#include <QString>

namespace tpn::server {

// The kinds of synced records (docs/sync.md, Records).
namespace entity {
inline const QString Task = QStringLiteral("task");
inline const QString Journal = QStringLiteral("journal");
inline const QString Progress = QStringLiteral("progress");
} // namespace entity

// One synced record of one user as the server keeps it. fields are what clients set (progress:
// time_spent_seconds is the server's sum); state is what only the server writes: a task's history and
// the version at which each field last changed, a journal entry's conflict versions.
struct SyncRecord {
    QString recordId;
    QString entity;
    qint64 version = 0;   // 0: the record does not exist yet
    qint64 updatedAt = 0; // ms since the epoch, server time
    bool deleted = false; // a tombstone: kept forever, with its last fields
    QJsonObject fields;
    QJsonObject state;

    bool exists() const { return version > 0; }
};

// The record as push results and pulls show it: record_id, entity, version, updated_at, deleted,
// fields, plus history (tasks) or conflicted and conflict_versions (journal).
QJsonObject recordJson(const SyncRecord &record);

// ISO 8601, UTC, milliseconds: how sync writes every time.
QString isoTime(qint64 msSinceEpoch);

// Names of the server-kept state members. Tasks: field_versions and field_clients map each field to the
// version and the client_id of its last change; history. Journal: content_version and content_client of
// the last change of text, mood, tags or scores; conflicted and conflict_versions.
namespace state {
inline const QString FieldVersions = QStringLiteral("field_versions");
inline const QString FieldClients = QStringLiteral("field_clients");
inline const QString History = QStringLiteral("history");
inline const QString ContentVersion = QStringLiteral("content_version");
inline const QString ContentClient = QStringLiteral("content_client");
inline const QString Conflicted = QStringLiteral("conflicted");
inline const QString ConflictVersions = QStringLiteral("conflict_versions");
} // namespace state

} // namespace tpn::server
