#include "syncservice.h"

#include "database.h"
#include "merge.h"
#include "syncmutation.h"
#include "syncstore.h"

#include <QDateTime>

namespace tpn::server {

namespace {

QJsonObject rejected(const QJsonValue &mutation, const MutationRejected &rejection) {
    // The mutation_id as given, if it is a string at all, so a client can tell which one it was (results
    // are in request order as well).
    const QJsonValue id = mutation.toObject().value(QStringLiteral("mutation_id"));
    return {{QStringLiteral("mutation_id"), id.isString() ? id : QJsonValue()},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("reason"), rejection.reason()},
            {QStringLiteral("message"), rejection.message()}};
}

} // namespace

SyncService::SyncService(const Database &database, SyncStore &store)
    : m_database(database)
    , m_store(store) {}

QJsonObject SyncService::push(const QString &userId, const QString &clientId, const QJsonArray &mutations) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // One transaction for the whole push: one disk sync per request rather than per mutation, and a push
    // is committed whole or not at all. Either way a client that got no answer sends it again.
    SqlTransaction transaction(m_database.connection());
    QJsonArray results;
    for (const QJsonValue &mutation : mutations)
        results.append(pushOne(userId, clientId, mutation, now));
    const qint64 cursor = m_store.lastChange(userId);
    transaction.commit();
    return {{QStringLiteral("results"), results}, {QStringLiteral("cursor"), cursor}};
}

QJsonObject SyncService::pushOne(const QString &userId, const QString &clientId, const QJsonValue &value,
                                 qint64 now) {
    try {
        // A replay is recognized by its id alone and answered with what the first one got.
        const QString mutationId = mutationIdOf(value);
        if (std::optional<ProcessedMutation> first = m_store.processed(userId, mutationId))
            return duplicate(userId, mutationId, *first);
        Mutation mutation = parseMutation(value);
        mutation.clientId = clientId;
        const MergeOutcome outcome = applyMutation(m_store.record(userId, mutation.recordId), mutation, now);
        if (outcome.changed)
            m_store.save(userId, outcome.record);
        const QJsonObject result{{QStringLiteral("mutation_id"), mutationId},
                                 {QStringLiteral("status"),
                                  outcome.conflict ? QStringLiteral("conflict") : QStringLiteral("applied")},
                                 {QStringLiteral("version"), outcome.record.version},
                                 {QStringLiteral("record"), recordJson(outcome.record)}};
        m_store.markProcessed(userId, mutationId, clientId, now, result);
        return result;
    } catch (const MutationRejected &rejection) {
        // Nothing was written for it (merges are pure, the store is written after them), and it is not
        // marked processed: the same mutation would be rejected again, for the same reason.
        return rejected(value, rejection);
    }
}

QJsonObject SyncService::duplicate(const QString &userId, const QString &mutationId,
                                   const ProcessedMutation &first) {
    // The first answer when it is still kept; otherwise its status and version with the record as it is
    // now (records are never removed while their mutations are kept, deletions being tombstones).
    QJsonObject answer = first.answer.value_or(
        QJsonObject{{QStringLiteral("mutation_id"), mutationId},
                    {QStringLiteral("version"), first.version},
                    {QStringLiteral("record"), recordJson(m_store.record(userId, first.recordId))}});
    answer.insert(QStringLiteral("first_status"), first.status);
    answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
    return answer;
}

QJsonObject SyncService::pull(const QString &userId, qint64 cursor, int limit) {
    const ChangePage page = m_store.changesAfter(userId, cursor, limit);
    QJsonArray changes;
    for (const SyncRecord &record : page.records)
        changes.append(recordJson(record));
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("cursor"), page.cursor},
            {QStringLiteral("hasMore"), page.hasMore}};
}

} // namespace tpn::server
