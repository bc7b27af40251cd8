#pragma once

#include <QString>

namespace tpn {

// The form in which course text is stored for searching and in which a query is compared with it:
// case-folded, accents removed, runs of white space collapsed. "Sante ak Lekòl" and "sante AK lekol"
// share a key, so learners find a course whether or not their keyboard has ò or é. The server (online
// search) and the client cache (offline search) both use it, so the two answer alike.
QString searchKey(const QString &text);

// Escapes % _ and \ so that a search key can sit inside LIKE '%…%' ESCAPE '\'.
QString escapeLike(const QString &key);

} // namespace tpn
