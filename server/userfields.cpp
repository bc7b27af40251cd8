#include "userfields.h"

#include "apierror.h"
#include "languages.h"
#include "userstore.h"

#include <QRegularExpression>

namespace tpn::server {

QString normalizeEmail(const QString &email) {
    return email.trimmed().toLower();
}

QString validEmail(const QString &email) {
    const QString name = QStringLiteral("email");
    const QString normalized = normalizeEmail(email);
    if (characterCount(normalized) > MaximumEmailLength)
        throw ApiError::invalidParameter(
            name, QStringLiteral("must be at most %1 characters").arg(MaximumEmailLength));
    // Deliberately loose: one @, something before it, a dotted domain, no spaces. Whether the address
    // exists is not the server's to know.
    static const QRegularExpression shape(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (!shape.match(normalized).hasMatch() || hasControlCharacter(normalized))
        throw ApiError::invalidParameter(name, QStringLiteral("is not an email address"));
    return normalized;
}

void checkPassword(const QString &password) {
    const qsizetype length = characterCount(password);
    if (length < MinimumPasswordLength || length > MaximumPasswordLength) {
        throw ApiError::invalidParameter(QStringLiteral("password"),
                                         QStringLiteral("must be %1 to %2 characters")
                                             .arg(MinimumPasswordLength)
                                             .arg(MaximumPasswordLength));
    }
}

QString validDisplayName(const QString &displayName) {
    const QString trimmed = displayName.trimmed();
    const qsizetype length = characterCount(trimmed);
    if (length < 1 || length > MaximumDisplayNameLength || hasControlCharacter(trimmed)) {
        throw ApiError::invalidParameter(
            QStringLiteral("displayName"),
            QStringLiteral("must be 1 to %1 characters, not only spaces, without control characters")
                .arg(MaximumDisplayNameLength));
    }
    return trimmed;
}

QString validLanguage(const QString &language) {
    if (!isSupportedLanguage(language)) {
        throw ApiError::invalidParameter(
            QStringLiteral("language"),
            QStringLiteral("must be one of %1").arg(supportedLanguages().join(QStringLiteral(", "))));
    }
    return language;
}

QJsonObject userJson(const UserRow &user) {
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("language"), user.language}};
}

} // namespace tpn::server
