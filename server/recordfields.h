#pragma once

#include <QJsonObject>

namespace tpn::server {

// The rules themselves (limits, values, defaults, checks) are the app's too: src/domain/recordrules.h.
// These apply them to a push and word their refusals for the API.

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
