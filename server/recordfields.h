#pragma once

#include <QJsonObject>

namespace tpn::server {

// Field limits of the synced records (docs/sync.md, Records). Lengths count characters (code points).
inline constexpr int MaximumTaskTitle = 200;
inline constexpr int MaximumTaskNotes = 5000;
inline constexpr int MaximumJournalText = 20000;
inline constexpr int MaximumJournalTags = 20;
inline constexpr int MaximumTagLength = 40;
inline constexpr int MaximumJournalScores = 20;
inline constexpr int MaximumScoreName = 40;
inline constexpr int MaximumTimeSpentDelta = 24 * 60 * 60; // one mutation reports at most a day

// Each validates the fields of an upsert and returns them normalized (dates and times in one form),
// without the members it does not know: a newer client's extra field must not hold up the rest of its
// edit. Throws MutationRejected invalid_field naming the first bad field.
QJsonObject validTaskFields(const QJsonObject &fields);
// resolve_conflict is taken out of the fields into *resolveConflict.
QJsonObject validJournalFields(const QJsonObject &fields, bool *resolveConflict);
// course_id and lesson_id are required in every progress upsert.
QJsonObject validProgressFields(const QJsonObject &fields);

// The fields of a new task or journal entry: the defaults overlaid with what the mutation gave. Throws
// MutationRejected missing_field when a required one is absent (task: title; journal: date, mood).
QJsonObject newTaskFields(const QJsonObject &given);
QJsonObject completeJournalFields(const QJsonObject &given);

} // namespace tpn::server
