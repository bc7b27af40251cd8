#pragma once

#include <QString>

// Says so when a catalog screen shows a saved version in another language than the one asked
// for (offline, the device may have a course or lesson only as it was read before), in the
// current UI language. Codes are the served ones ("ht", "fr", "en"); `askedTag` is the
// repository's content language ("en", "fr-HT"…). Empty when nothing needs saying.
namespace LanguageNote {

// "Not saved in English on this device: shown in Kreyòl." for a course or lesson page.
QString forPage(const QString &askedTag, const QString &shown, bool otherLanguage);
// "Shown in Kreyòl", for a course card in the catalog.
QString forCard(const QString &askedTag, const QString &shown, bool otherLanguage);

} // namespace LanguageNote
