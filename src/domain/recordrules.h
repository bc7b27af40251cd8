#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The learner's synced records as the sync contract defines them (docs/sync.md, "Records"): field
// names, limits, allowed values, defaults, the checks, and the id of a progress record. The server
// enforces these and the app checks them before queuing an edit; both use this one copy, so a limit
// cannot be changed on one side only. Plain QtCore: no network, SQL or QML.
namespace tpn {

// Field limits. Lengths count characters (code points, see fieldrules.h).
inline constexpr int MaximumTaskTitle = 200;
inline constexpr int MaximumTaskNotes = 5000;
inline constexpr int MaximumJournalText = 20000;
inline constexpr int MaximumJournalTags = 20;
inline constexpr int MaximumTagLength = 40;
inline constexpr int MaximumJournalScores = 20;
inline constexpr int MaximumScoreName = 40;
inline constexpr int MinimumMood = 1;
inline constexpr int MaximumMood = 5;
inline constexpr int MaximumPercent = 100;
inline constexpr int MaximumTimeSpentDelta = 24 * 60 * 60; // one mutation reports at most a day

// Field names, as the server and the outbox spell them.
namespace taskfield {
inline const QString Title = QStringLiteral("title");
inline const QString Notes = QStringLiteral("notes");
inline const QString Status = QStringLiteral("status");
inline const QString Priority = QStringLiteral("priority");
inline const QString DueDate = QStringLiteral("due_date");
inline const QString CourseId = QStringLiteral("course_id");
inline const QString History = QStringLiteral("history"); // kept by the server, never sent
} // namespace taskfield

namespace journalfield {
inline const QString Date = QStringLiteral("date");
inline const QString Mood = QStringLiteral("mood");
inline const QString Text = QStringLiteral("text");
inline const QString Tags = QStringLiteral("tags");
inline const QString Scores = QStringLiteral("scores");
inline const QString ResolveConflict = QStringLiteral("resolve_conflict"); // an edit's, not a field
} // namespace journalfield

namespace progressfield {
inline const QString CourseId = QStringLiteral("course_id");
inline const QString LessonId = QStringLiteral("lesson_id");
inline const QString Percent = QStringLiteral("percent");
inline const QString CompletedAt = QStringLiteral("completed_at");
inline const QString TimeSpentDelta = QStringLiteral("time_spent_delta_seconds"); // what clients send
inline const QString TimeSpent = QStringLiteral("time_spent_seconds");            // the server's total
} // namespace progressfield

// A task's status and priority values, in the order an editor offers them.
namespace taskstatus {
inline const QString Todo = QStringLiteral("todo");
inline const QString InProgress = QStringLiteral("in_progress");
inline const QString Done = QStringLiteral("done");
} // namespace taskstatus
namespace taskpriority {
inline const QString Low = QStringLiteral("low");
inline const QString Medium = QStringLiteral("medium");
inline const QString High = QStringLiteral("high");
} // namespace taskpriority
const QStringList &taskStatuses();
const QStringList &taskPriorities();

// Why a record's fields break the rules: which field (its server name) and how. The server turns it
// into a MutationRejected, the app into a sentence in the learner's language.
struct FieldProblem {
    enum class Kind {
        Missing,       // a required field of a new record is absent
        WrongType,     // not a string, number, list, object or bool as the field needs
        Blank,         // an empty or all-space title, tag or score name
        TooLong,       // more characters than the limit
        NotOneLine,    // control characters in a one-line field
        TooMany,       // more tags or scores than the limit
        NotAllowed,    // not one of the field's values
        NotADate,      // not YYYY-MM-DD or not a real date
        NotACatalogId, // not of a catalog id's form
        NotATime,      // not ISO 8601 with Z or an offset
        OutOfRange,    // a whole number outside its bounds
    };
    QString field;
    Kind kind;
    bool operator==(const FieldProblem &) const = default;
};

// Each checks the fields an upsert gives (a partial edit is fine: absent fields are not checked) in the
// order the server reports them, and returns the first problem. Unknown members are not judged.
std::optional<FieldProblem> checkTaskFields(const QJsonObject &fields);
std::optional<FieldProblem> checkJournalFields(const QJsonObject &fields);
// course_id and lesson_id are required in every progress upsert.
std::optional<FieldProblem> checkProgressFields(const QJsonObject &fields);

// What a new record needs that the given fields lack (task: title; journal: date, then mood).
std::optional<FieldProblem> missingTaskField(const QJsonObject &given);
std::optional<FieldProblem> missingJournalField(const QJsonObject &given);
// A new record's fields: the defaults overlaid with what was given. The server and the device that
// creates the record fill in the same ones, so the record reads alike before and after a sync.
QJsonObject newTaskFields(const QJsonObject &given);
QJsonObject newJournalFields(const QJsonObject &given);

// The progress record of one lesson, named the same on every device so that they all add to one
// record: a name-based UUID (v5) of "course/lesson", lower-case with hyphens.
QString progressRecordId(const QString &courseId, const QString &lessonId);

} // namespace tpn
