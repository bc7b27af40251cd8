#include "userfields.h"

#include "apierror.h"
#include "userstore.h"

namespace tpn::server {

QString validEmail(const QString &email) {
    const QString normalized = normalizeEmail(email);
    switch (emailProblem(normalized)) {
    case AccountProblem::None:
        return normalized;
    case AccountProblem::EmailTooLong:
        throw ApiError::invalidParameter(
            QStringLiteral("email"), QStringLiteral("must be at most %1 characters").arg(MaximumEmailLength));
    default:
        throw ApiError::invalidParameter(QStringLiteral("email"), QStringLiteral("is not an email address"));
    }
}

void checkPassword(const QString &password, const QString &field) {
    if (passwordProblem(password) != AccountProblem::None) {
        throw ApiError::invalidParameter(field, QStringLiteral("must be %1 to %2 characters")
                                                    .arg(MinimumPasswordLength)
                                                    .arg(MaximumPasswordLength));
    }
}

QString validDisplayName(const QString &displayName) {
    const QString trimmed = displayName.trimmed();
    if (displayNameProblem(trimmed) != AccountProblem::None) {
        throw ApiError::invalidParameter(
            QStringLiteral("displayName"),
            QStringLiteral("must be 1 to %1 characters, not only spaces, without control characters")
                .arg(MaximumDisplayNameLength));
    }
    return trimmed;
}

QString validLanguage(const QString &language) {
    if (languageProblem(language) != AccountProblem::None) {
        throw ApiError::invalidParameter(
            QStringLiteral("language"),
            QStringLiteral("must be one of %1").arg(accountLanguages().join(QStringLiteral(", "))));
    }
    return language;
}

QJsonObject userJson(const UserRow &user) {
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("language"), user.language},
            {QStringLiteral("demo"), user.demo}};
}

} // namespace tpn::server
