#include "recordrules.h"

#include "fieldrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace tpn {

namespace {

using Kind = FieldProblem::Kind;
using Problem = std::optional<FieldProblem>;

Problem problem(const QString &field, Kind kind) {
    return FieldProblem{field, kind};
}

Problem wholeNumber(const QJsonObject &fields, const QString &name, double minimum, double maximum) {
    const QJsonValue value = fields.value(name);
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number)
        return problem(name, Kind::WrongType);
    if (number < minimum || number > maximum)
        return problem(name, Kind::OutOfRange);
    return {};
}

Problem text(const QJsonObject &fields, const QString &name, int maximum) {
    const QJsonValue value = fields.value(name);
    if (!value.isString())
        return problem(name, Kind::WrongType);
    if (characterCount(value.toString()) > maximum)
        return problem(name, Kind::TooLong);
    return {};
}

Problem title(const QJsonObject &fields) {
    const QString &name = taskfield::Title;
    if (const Problem bad = text(fields, name, MaximumTaskTitle))
        return bad;
    const QString value = fields.value(name).toString();
    if (value.trimmed().isEmpty())
        return problem(name, Kind::Blank);
    if (hasControlCharacter(value))
        return problem(name, Kind::NotOneLine);
    return {};
}

// The check of a field that may also be null ("none").
template <typename Check> Problem nullable(const QJsonObject &fields, const QString &name, Check check) {
    return fields.value(name).isNull() ? Problem() : check(fields.value(name).toString(), name);
}

Problem date(const QString &value, const QString &name) {
    return isIsoDate(value) ? Problem() : problem(name, Kind::NotADate);
}

// Only the form of a catalog id is checked: the catalog may drop a course that a learner's offline
// records still name, and that must not strand their edits.
Problem catalogId(const QString &value, const QString &name) {
    return isCatalogId(value) ? Problem() : problem(name, Kind::NotACatalogId);
}

// A time without Z or an offset would mean the device's local time, which the server cannot know.
Problem utcTime(const QString &value, const QString &name) {
    const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    return time.isValid() && time.timeSpec() != Qt::LocalTime ? Problem() : problem(name, Kind::NotATime);
}

Problem oneOf(const QJsonObject &fields, const QString &name, const QStringList &allowed) {
    return allowed.contains(fields.value(name).toString()) ? Problem() : problem(name, Kind::NotAllowed);
}

// A tag or a score name: 1 to MaximumTagLength (= MaximumScoreName) characters.
std::optional<Kind> nameKind(const QJsonValue &name, int maximum) {
    if (!name.isString())
        return Kind::WrongType;
    if (name.toString().isEmpty())
        return Kind::Blank;
    if (characterCount(name.toString()) > maximum)
        return Kind::TooLong;
    return {};
}

Problem tags(const QJsonObject &fields) {
    const QJsonValue value = fields.value(journalfield::Tags);
    if (!value.isArray())
        return problem(journalfield::Tags, Kind::WrongType);
    const QJsonArray tags = value.toArray();
    if (tags.size() > MaximumJournalTags)
        return problem(journalfield::Tags, Kind::TooMany);
    for (const QJsonValue &tag : tags) {
        if (const auto kind = nameKind(tag, MaximumTagLength))
            return problem(journalfield::Tags, *kind);
    }
    return {};
}

Problem scores(const QJsonObject &fields) {
    const QJsonValue value = fields.value(journalfield::Scores);
    if (value.isNull())
        return {};
    if (!value.isObject())
        return problem(journalfield::Scores, Kind::WrongType);
    const QJsonObject scores = value.toObject();
    if (scores.size() > MaximumJournalScores)
        return problem(journalfield::Scores, Kind::TooMany);
    for (auto it = scores.begin(); it != scores.end(); ++it) {
        if (const auto kind = nameKind(it.key(), MaximumScoreName))
            return problem(journalfield::Scores, *kind);
        if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()))
            return problem(journalfield::Scores, Kind::WrongType);
    }
    return {};
}

// Runs the checks of the fields present, in order, and returns the first problem.
Problem firstProblem(const QJsonObject &fields,
                     std::initializer_list<std::pair<const QString &, std::function<Problem()>>> checks) {
    for (const auto &[name, check] : checks) {
        if (fields.contains(name)) {
            if (Problem found = check())
                return found;
        }
    }
    return {};
}

} // namespace

const QStringList &taskStatuses() {
    static const QStringList statuses{taskstatus::Todo, taskstatus::InProgress, taskstatus::Done};
    return statuses;
}

const QStringList &taskPriorities() {
    static const QStringList priorities{taskpriority::Low, taskpriority::Medium, taskpriority::High};
    return priorities;
}

std::optional<FieldProblem> checkTaskFields(const QJsonObject &f) {
    using namespace taskfield;
    return firstProblem(f, {{Title, [&] { return title(f); }},
                            {Notes, [&] { return text(f, Notes, MaximumTaskNotes); }},
                            {Status, [&] { return oneOf(f, Status, taskStatuses()); }},
                            {Priority, [&] { return oneOf(f, Priority, taskPriorities()); }},
                            {DueDate, [&] { return nullable(f, DueDate, date); }},
                            {CourseId, [&] { return nullable(f, CourseId, catalogId); }}});
}

std::optional<FieldProblem> checkJournalFields(const QJsonObject &f) {
    using namespace journalfield;
    const auto resolve = [&] {
        return f.value(ResolveConflict).isBool() ? Problem() : problem(ResolveConflict, Kind::WrongType);
    };
    return firstProblem(f, {{Date, [&] { return date(f.value(Date).toString(), Date); }},
                            {Mood, [&] { return wholeNumber(f, Mood, MinimumMood, MaximumMood); }},
                            {Text, [&] { return text(f, Text, MaximumJournalText); }},
                            {Tags, [&] { return tags(f); }},
                            {Scores, [&] { return scores(f); }},
                            {ResolveConflict, resolve}});
}

std::optional<FieldProblem> checkProgressFields(const QJsonObject &f) {
    using namespace progressfield;
    for (const QString &id : {CourseId, LessonId}) {
        if (const Problem bad = catalogId(f.value(id).toString(), id))
            return bad;
    }
    return firstProblem(
        f, {{Percent, [&] { return wholeNumber(f, Percent, 0, MaximumPercent); }},
            {CompletedAt, [&] { return nullable(f, CompletedAt, utcTime); }},
            {TimeSpentDelta, [&] { return wholeNumber(f, TimeSpentDelta, 0, MaximumTimeSpentDelta); }}});
}

std::optional<FieldProblem> missingTaskField(const QJsonObject &given) {
    return given.contains(taskfield::Title) ? Problem() : problem(taskfield::Title, Kind::Missing);
}

std::optional<FieldProblem> missingJournalField(const QJsonObject &given) {
    for (const QString &required : {journalfield::Date, journalfield::Mood}) {
        if (!given.contains(required))
            return problem(required, Kind::Missing);
    }
    return {};
}

QJsonObject newTaskFields(const QJsonObject &given) {
    QJsonObject fields{{taskfield::Notes, QString()},
                       {taskfield::Status, taskstatus::Todo},
                       {taskfield::Priority, taskpriority::Medium},
                       {taskfield::DueDate, QJsonValue()},
                       {taskfield::CourseId, QJsonValue()}};
    for (auto it = given.begin(); it != given.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

QJsonObject newJournalFields(const QJsonObject &given) {
    QJsonObject fields{{journalfield::Text, QString()},
                       {journalfield::Tags, QJsonArray()},
                       {journalfield::Scores, QJsonValue()}};
    for (auto it = given.begin(); it != given.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

QString progressRecordId(const QString &courseId, const QString &lessonId) {
    // Fixed forever: changing it would split every learner's progress into two records.
    static constexpr QUuid kNamespace(0xef7d8007, 0x9a4d, 0x4e61, 0x86, 0x49, 0xc4, 0xcd, 0x04, 0xca, 0xe9,
                                      0x74);
    // Catalog ids never contain '/', so no two (course, lesson) pairs give the same name.
    return QUuid::createUuidV5(kNamespace, courseId + u'/' + lessonId).toString(QUuid::WithoutBraces);
}

} // namespace tpn
