#pragma once

#include <QString>

namespace tpn {

// The checks behind the mobile API's field rules (docs/sync.md, "Records"). The server enforces them
// and the app checks them first, so that a learner reads why at once; both use these, so they judge
// alike.

// The longest catalog search the API takes (`q`, in characters).
inline constexpr int MaximumSearchLength = 200;

// Lengths as the API counts them: code points, so an emoji is one character.
qsizetype characterCount(const QString &text);
// The first count characters of text, never half of one.
QString firstCharacters(const QString &text, qsizetype count);
// Line breaks, tabs and other control characters: not allowed in one-line fields such as titles.
bool hasControlCharacter(const QString &text);
// YYYY-MM-DD, and a real date (no 30 February).
bool isIsoDate(const QString &text);
// A catalog course or lesson id, checked for its form only: a course may leave the catalog while a
// learner's offline records still name it.
bool isCatalogId(const QString &text);

} // namespace tpn
