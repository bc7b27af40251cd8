#pragma once

#include <QString>
#include <QStringList>

namespace tpn::server {

// The languages course content can be written and served in, in the order the API lists them.
const QStringList &supportedLanguages();

bool isSupportedLanguage(const QString &code);

// The supported language a BCP-47-like tag asks for ("fr-HT" -> "fr"): the primary subtag decides,
// case-insensitively. Returns an empty string for a missing tag or a well-formed but unsupported one,
// which means "each course in its default language". Throws invalid_parameter for a malformed tag.
QString resolveLanguageTag(const QString &parameterName, const QString &tag);

} // namespace tpn::server
