#include "merge.h"

namespace tpn::server {

MergeOutcome applyMutation(const SyncRecord &current, const Mutation &mutation, qint64 now) {
    if (current.exists() && current.entity != mutation.entity) {
        throw MutationRejected(QStringLiteral("entity_mismatch"),
                               QStringLiteral("Record %1 is a %2, not a %3.")
                                   .arg(mutation.recordId, current.entity, mutation.entity));
    }
    if (mutation.entity == entity::Task)
        return mergeTask(current, mutation, now);
    if (mutation.entity == entity::Journal)
        return mergeJournal(current, mutation, now);
    return mergeProgress(current, mutation, now);
}

SyncRecord newRecord(const Mutation &mutation) {
    SyncRecord record;
    record.recordId = mutation.recordId;
    record.entity = mutation.entity;
    return record;
}

SyncRecord nextVersion(const SyncRecord &current, qint64 now) {
    SyncRecord next = current;
    next.version = current.version + 1;
    next.updatedAt = now;
    return next;
}

MergeOutcome tombstone(const SyncRecord &current, const Mutation &mutation, qint64 now) {
    if (current.exists() && current.deleted)
        return {current, false, false};
    SyncRecord next = nextVersion(current.exists() ? current : newRecord(mutation), now);
    next.deleted = true;
    return {next, false, true};
}

} // namespace tpn::server
