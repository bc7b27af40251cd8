// Progress only grows, and the result does not depend on the order in which devices report it.

#include "merge.h"

#include <QJsonValue>

namespace tpn::server {

namespace {

// The earlier of two completion times (normalized ISO strings, which compare as times); null is "not
// completed" and never replaces a time.
QJsonValue earliest(const QJsonValue &a, const QJsonValue &b) {
    if (a.isNull() || a.isUndefined())
        return b.isUndefined() ? QJsonValue() : b;
    if (b.isNull() || b.isUndefined())
        return a;
    return b.toString() < a.toString() ? b : a;
}

} // namespace

MergeOutcome mergeProgress(const SyncRecord &current, const Mutation &mutation, qint64 now) {
    const QString course = QStringLiteral("course_id");
    const QString lesson = QStringLiteral("lesson_id");
    const QString percent = QStringLiteral("percent");
    const QString completed = QStringLiteral("completed_at");
    const QString timeSpent = QStringLiteral("time_spent_seconds");
    if (current.exists()) {
        for (const QString &id : {course, lesson}) {
            if (current.fields.value(id) != mutation.fields.value(id))
                throw MutationRejected::invalidField(id, QStringLiteral("does not match the record's"));
        }
    }
    const QJsonObject &given = mutation.fields;
    const QJsonObject &stored = current.fields;
    const QJsonObject merged{
        {course, given.value(course)},
        {lesson, given.value(lesson)},
        {percent, qMax(stored.value(percent).toInteger(), given.value(percent).toInteger())},
        {completed, earliest(stored.value(completed), given.value(completed))},
        // Each mutation id counts once (the processed-mutations table sees to that), so this is the sum
        // over distinct mutations.
        {timeSpent, stored.value(timeSpent).toInteger() +
                        given.value(QStringLiteral("time_spent_delta_seconds")).toInteger()}};
    if (current.exists() && merged == stored)
        return {current, false, false};
    SyncRecord next = nextVersion(current.exists() ? current : newRecord(mutation), now);
    next.fields = merged;
    return {next, false, true};
}

} // namespace tpn::server
