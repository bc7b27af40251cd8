#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tpn::server {

class Database;
class SyncStore;
struct ProcessedMutation;

// Limits of the sync endpoints (docs/sync.md, Limits).
inline constexpr int MaximumPushMutations = 100;
inline constexpr qsizetype MaximumPushBytes = 256 * 1024;
inline constexpr int DefaultPullLimit = 200;
inline constexpr int MaximumPullLimit = 500;

// Push and pull for one authenticated user. A push runs in one transaction: every mutation's change and
// the row that marks its mutation_id processed are committed together, so after any failure or lost
// answer the client sends the same mutations again and each one takes effect exactly once.
class SyncService {
public:
    SyncService(const Database &database, SyncStore &store);

    // {results: [...] in request order, cursor}. mutations: at most MaximumPushMutations (the routes check).
    QJsonObject push(const QString &userId, const QString &clientId, const QJsonArray &mutations);
    // {changes: [...], cursor, hasMore}
    QJsonObject pull(const QString &userId, qint64 cursor, int limit);

private:
    QJsonObject pushOne(const QString &userId, const QString &clientId, const QJsonValue &mutation,
                        qint64 now);
    QJsonObject duplicate(const QString &userId, const QString &mutationId, const ProcessedMutation &first);

    const Database &m_database;
    SyncStore &m_store;
};

} // namespace tpn::server
