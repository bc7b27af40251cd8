#include "languages.h"

#include "apierror.h"

#include <QRegularExpression>

namespace tpn::server {

namespace {

// BCP 47 asks implementations to accept tags of at least 35 characters; longer ones are not language tags.
constexpr qsizetype MaximumTagLength = 35;

} // namespace

const QStringList &supportedLanguages() {
    static const QStringList languages{QStringLiteral("ht"), QStringLiteral("fr"), QStringLiteral("en")};
    return languages;
}

bool isSupportedLanguage(const QString &code) {
    return supportedLanguages().contains(code);
}

QString resolveLanguageTag(const QString &parameterName, const QString &tag) {
    if (tag.isEmpty())
        return {};
    static const QRegularExpression wellFormed(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    if (tag.size() > MaximumTagLength || !wellFormed.match(tag).hasMatch()) {
        throw ApiError::invalidParameter(parameterName,
                                         QStringLiteral("not a language tag (expected e.g. ht, fr-HT, en)"));
    }
    const QString primary = tag.section(u'-', 0, 0).toLower();
    return isSupportedLanguage(primary) ? primary : QString();
}

} // namespace tpn::server
