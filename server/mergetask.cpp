// Tasks merge field by field: the server knows, per field, the version and the device (client_id) of its
// last change.

#include "merge.h"
#include "recordfields.h"

#include <QJsonArray>

namespace tpn::server {

namespace {

// History keeps the most recent values that lost a same-field conflict, oldest first.
constexpr qsizetype MaximumHistory = 50;

} // namespace

MergeOutcome mergeTask(const SyncRecord &current, const Mutation &mutation, qint64 now) {
    if (mutation.op == MutationOp::Delete)
        return tombstone(current, mutation, now);
    // A delete wins over an edit: the task stays deleted, and the client learns so from the record.
    if (current.exists() && current.deleted)
        return {current, true, false};

    if (!current.exists()) {
        SyncRecord created = nextVersion(newRecord(mutation), now);
        created.fields = newTaskFields(mutation.fields);
        QJsonObject versions;
        QJsonObject clients;
        for (auto it = created.fields.begin(); it != created.fields.end(); ++it) {
            versions.insert(it.key(), created.version);
            clients.insert(it.key(), mutation.clientId);
        }
        created.state.insert(state::FieldVersions, versions);
        created.state.insert(state::FieldClients, clients);
        return {created, false, true};
    }

    SyncRecord next = nextVersion(current, now);
    QJsonObject versions = current.state.value(state::FieldVersions).toObject();
    QJsonObject clients = current.state.value(state::FieldClients).toObject();
    QJsonArray history = current.state.value(state::History).toArray();
    bool changed = false;
    bool conflict = false;
    for (auto it = mutation.fields.begin(); it != mutation.fields.end(); ++it) {
        const QJsonValue stored = current.fields.value(it.key());
        if (stored == it.value())
            continue;
        // Changed on the server since the client's base by another device, and to something else: the
        // mutation arrived later, so it wins, and the value it replaces is kept in history. A change by
        // the same device is one of its own earlier edits, queued offline on the same base.
        if (versions.value(it.key()).toInteger() > mutation.baseVersion &&
            clients.value(it.key()).toString() != mutation.clientId) {
            conflict = true;
            history.append(QJsonObject{{QStringLiteral("field"), it.key()},
                                       {QStringLiteral("value"), stored},
                                       {QStringLiteral("replaced_at"), isoTime(now)}});
        }
        next.fields.insert(it.key(), it.value());
        versions.insert(it.key(), next.version);
        clients.insert(it.key(), mutation.clientId);
        changed = true;
    }
    if (!changed)
        return {current, false, false};
    while (history.size() > MaximumHistory)
        history.removeFirst();
    next.state.insert(state::FieldVersions, versions);
    next.state.insert(state::FieldClients, clients);
    next.state.insert(state::History, history);
    return {next, conflict, true};
}

} // namespace tpn::server
