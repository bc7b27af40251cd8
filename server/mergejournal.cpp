// Journal entries are prose: when two devices changed one entry, neither text is dropped.

#include "merge.h"
#include "recordfields.h"

#include <QJsonArray>

#include <algorithm>

namespace tpn::server {

namespace {

const QStringList &contentFields() {
    static const QStringList fields{QStringLiteral("text"), QStringLiteral("mood"), QStringLiteral("tags"),
                                    QStringLiteral("scores")};
    return fields;
}

bool contentDiffers(const QJsonObject &a, const QJsonObject &b) {
    return std::any_of(contentFields().cbegin(), contentFields().cend(),
                       [&](const QString &field) { return a.value(field) != b.value(field); });
}

QJsonObject overlay(QJsonObject fields, const QJsonObject &changes) {
    for (auto it = changes.begin(); it != changes.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

// The server's version that a concurrent edit displaces, as conflict_versions keeps it.
QJsonObject conflictVersion(const SyncRecord &record) {
    QJsonObject version;
    for (const QString &field : contentFields())
        version.insert(field, record.fields.value(field));
    version.insert(QStringLiteral("date"), record.fields.value(QStringLiteral("date")));
    version.insert(QStringLiteral("saved_at"), isoTime(record.updatedAt));
    return version;
}

// The newest MaximumConflictVersions of versions, oldest first. An older version leaves the entry when a
// newer one would be one too many.
QJsonArray newestVersions(QJsonArray versions) {
    while (versions.size() > MaximumConflictVersions)
        versions.removeFirst();
    return versions;
}

} // namespace

MergeOutcome mergeJournal(const SyncRecord &current, const Mutation &mutation, qint64 now) {
    if (mutation.op == MutationOp::Delete)
        return tombstone(current, mutation, now);

    const QJsonObject fields = overlay(current.fields, mutation.fields);
    if (!current.exists() || current.deleted) {
        // New, or back from the bin: an edit after a delete brings the entry back.
        SyncRecord next = nextVersion(current.exists() ? current : newRecord(mutation), now);
        next.deleted = false;
        next.fields = completeJournalFields(fields);
        if (!current.exists() || contentDiffers(next.fields, current.fields)) {
            next.state.insert(state::ContentVersion, next.version);
            next.state.insert(state::ContentClient, mutation.clientId);
        }
        const QJsonArray conflicts = next.state.value(state::ConflictVersions).toArray();
        next.state.insert(state::ConflictVersions, conflicts);
        next.state.insert(state::Conflicted, !conflicts.isEmpty());
        return {next, false, true};
    }

    SyncRecord next = nextVersion(current, now);
    next.fields = fields;
    QJsonArray conflicts = current.state.value(state::ConflictVersions).toArray();
    bool conflict = false;
    if (contentDiffers(fields, current.fields)) {
        // The server's text, mood, tags or scores changed since the client's base, by another device:
        // keep both. (The same device's change is its own earlier edit, which this one builds on.)
        if (current.state.value(state::ContentVersion).toInteger() > mutation.baseVersion &&
            current.state.value(state::ContentClient).toString() != mutation.clientId) {
            conflicts.append(conflictVersion(current));
            conflicts = newestVersions(conflicts);
            conflict = true;
        }
        next.state.insert(state::ContentVersion, next.version);
        next.state.insert(state::ContentClient, mutation.clientId);
    }
    // Resolving needs the current version: a resolution made before another device's edit arrived has
    // not seen that edit, so it must not make it disappear.
    if (mutation.resolveConflict && mutation.baseVersion >= current.version)
        conflicts = {};
    next.state.insert(state::ConflictVersions, conflicts);
    next.state.insert(state::Conflicted, !conflicts.isEmpty());
    if (next.fields == current.fields && next.state == current.state)
        return {current, false, false};
    return {next, conflict, true};
}

} // namespace tpn::server
