#pragma once

#include "record.h"
#include "syncmutation.h"

namespace tpn::server {

// What a mutation does to a record (docs/sync.md, Merge rules). The server decides; clients take the
// resulting record as it is.
struct MergeOutcome {
    SyncRecord record;     // the record after the mutation (unchanged when changed is false)
    bool conflict = false; // status "conflict" rather than "applied"
    bool changed = false;  // save it: the version went up and it needs a new change number
};

// Pure functions of the record as stored (version 0 when there is none), the mutation and the server
// time; they throw MutationRejected for what can only be judged against the stored record.
MergeOutcome applyMutation(const SyncRecord &current, const Mutation &mutation, qint64 now);

MergeOutcome mergeTask(const SyncRecord &current, const Mutation &mutation, qint64 now);
// A journal entry keeps at most this many displaced versions, the newest (docs/sync.md, Journal): the
// learner chooses among them on one screen, and every push answer, pull and replay carries them all, so
// without a cap two devices editing one entry in turn would grow it — and every answer — without end.
inline constexpr qsizetype MaximumConflictVersions = 5;
MergeOutcome mergeJournal(const SyncRecord &current, const Mutation &mutation, qint64 now);
MergeOutcome mergeProgress(const SyncRecord &current, const Mutation &mutation, qint64 now);

// Shared steps of the merges.
// A record of the mutation's id and entity that does not exist yet.
SyncRecord newRecord(const Mutation &mutation);
// The next version of current, changed now.
SyncRecord nextVersion(const SyncRecord &current, qint64 now);
// Deleting always tombstones: a new tombstone for an unknown record (so an edit that arrives later still
// finds it deleted), nothing for one already deleted.
MergeOutcome tombstone(const SyncRecord &current, const Mutation &mutation, qint64 now);

} // namespace tpn::server
