#include "recordfields.h"

#include "record.h"
#include "recordrules.h"
#include "syncmutation.h"

#include <QDateTime>

namespace tpn::server {

namespace {

// What each field must be, as the API words it: a client's developer reads it in the rejection.
QString rule(const FieldProblem &problem) {
    const QString &field = problem.field;
    if (field == taskfield::Title && problem.kind != FieldProblem::Kind::WrongType &&
        problem.kind != FieldProblem::Kind::TooLong)
        return QStringLiteral("must not be blank or hold control characters");
    const auto text = [](int maximum) {
        return QStringLiteral("must be a string of at most %1 characters").arg(maximum);
    };
    const auto wholeNumber = [](int minimum, int maximum) {
        return QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum);
    };
    if (field == taskfield::Title)
        return text(MaximumTaskTitle);
    if (field == taskfield::Notes)
        return text(MaximumTaskNotes);
    if (field == journalfield::Text)
        return text(MaximumJournalText);
    if (field == taskfield::Status)
        return QStringLiteral("must be one of %1").arg(taskStatuses().join(QStringLiteral(", ")));
    if (field == taskfield::Priority)
        return QStringLiteral("must be one of %1").arg(taskPriorities().join(QStringLiteral(", ")));
    if (field == journalfield::Mood)
        return wholeNumber(MinimumMood, MaximumMood);
    if (field == progressfield::Percent)
        return wholeNumber(0, MaximumPercent);
    if (field == progressfield::TimeSpentDelta)
        return wholeNumber(0, MaximumTimeSpentDelta);
    if (field == journalfield::Tags) {
        return QStringLiteral("must be at most %1 strings of 1 to %2 characters")
            .arg(MaximumJournalTags)
            .arg(MaximumTagLength);
    }
    if (field == journalfield::Scores) {
        return QStringLiteral("must be null or an object of at most %1 names (1 to %2 characters) to numbers")
            .arg(MaximumJournalScores)
            .arg(MaximumScoreName);
    }
    if (field == journalfield::ResolveConflict)
        return QStringLiteral("must be true or false");
    switch (problem.kind) {
    case FieldProblem::Kind::NotADate:
        return QStringLiteral("must be a date, YYYY-MM-DD");
    case FieldProblem::Kind::NotACatalogId:
        return QStringLiteral("must be a catalog id (^[a-z0-9-]{1,64}$)");
    case FieldProblem::Kind::NotATime:
        return QStringLiteral("must be an ISO 8601 time with Z or an offset");
    default:
        return QStringLiteral("is not valid");
    }
}

void reject(const std::optional<FieldProblem> &problem) {
    if (problem)
        throw MutationRejected::invalidField(problem->field, rule(*problem));
}

// Copies the checked fields that were given, leaving out the members no rule knows.
QJsonObject known(const QJsonObject &fields, std::initializer_list<QString> names) {
    QJsonObject copy;
    for (const QString &name : names) {
        if (fields.contains(name))
            copy.insert(name, fields.value(name));
    }
    return copy;
}

// Whole numbers may arrive as 3.0: stored as integers, so that every reply shows them alike.
void storeAsInteger(QJsonObject *fields, const QString &name) {
    if (fields->contains(name))
        fields->insert(name, fields->value(name).toInteger());
}

} // namespace

QJsonObject validTaskFields(const QJsonObject &fields) {
    reject(checkTaskFields(fields));
    using namespace taskfield;
    return known(fields, {Title, Notes, Status, Priority, DueDate, CourseId});
}

QJsonObject validJournalFields(const QJsonObject &fields, bool *resolveConflict) {
    reject(checkJournalFields(fields));
    using namespace journalfield;
    QJsonObject valid = known(fields, {Date, Mood, Text, Tags, Scores});
    storeAsInteger(&valid, Mood);
    *resolveConflict = fields.value(ResolveConflict).toBool();
    return valid;
}

QJsonObject validProgressFields(const QJsonObject &fields) {
    reject(checkProgressFields(fields));
    using namespace progressfield;
    QJsonObject valid = known(fields, {CourseId, LessonId, Percent, CompletedAt, TimeSpentDelta});
    storeAsInteger(&valid, Percent);
    storeAsInteger(&valid, TimeSpentDelta);
    // Stored as UTC with milliseconds, so that times compare as strings.
    const QJsonValue completedAt = valid.value(CompletedAt);
    if (completedAt.isString()) {
        const QDateTime time = QDateTime::fromString(completedAt.toString(), Qt::ISODateWithMs);
        valid.insert(CompletedAt, isoTime(time.toMSecsSinceEpoch()));
    }
    return valid;
}

QJsonObject newTaskFields(const QJsonObject &given) {
    if (const auto missing = missingTaskField(given))
        throw MutationRejected::missingField(missing->field);
    return tpn::newTaskFields(given);
}

QJsonObject completeJournalFields(const QJsonObject &given) {
    if (const auto missing = missingJournalField(given))
        throw MutationRejected::missingField(missing->field);
    return tpn::newJournalFields(given);
}

} // namespace tpn::server
