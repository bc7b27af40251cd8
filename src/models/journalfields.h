#pragma once

#include <QJsonObject>
#include <QVariantMap>

// How a journal editor's values cross to the sync contract: date ("YYYY-MM-DD"), mood (1–5), text and
// tags (a list of strings), in the shapes the server expects. Changes when the editor's fields do.
namespace JournalFields {

// Only the fields given; a date without spaces around it, tags without empty or repeated ones.
QJsonObject fromForm(const QVariantMap &form);

} // namespace JournalFields
