#include "accountrules.h"

#include "fieldrules.h"

#include <QRegularExpression>

namespace tpn {

QString normalizeEmail(const QString &email) {
    return email.trimmed().toLower();
}

AccountProblem emailProblem(const QString &email) {
    if (characterCount(email) > MaximumEmailLength)
        return AccountProblem::EmailTooLong;
    // Deliberately loose: one @, something before it, a dotted domain, no spaces. Whether the address
    // exists is not ours to know.
    static const QRegularExpression shape(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (!shape.match(email).hasMatch() || hasControlCharacter(email))
        return AccountProblem::EmailMalformed;
    return AccountProblem::None;
}

AccountProblem passwordProblem(const QString &password) {
    const qsizetype length = characterCount(password);
    if (length < MinimumPasswordLength)
        return AccountProblem::PasswordTooShort;
    if (length > MaximumPasswordLength)
        return AccountProblem::PasswordTooLong;
    return AccountProblem::None;
}

AccountProblem displayNameProblem(const QString &displayName) {
    const qsizetype length = characterCount(displayName);
    if (length < 1)
        return AccountProblem::DisplayNameEmpty;
    if (length > MaximumDisplayNameLength)
        return AccountProblem::DisplayNameTooLong;
    if (hasControlCharacter(displayName))
        return AccountProblem::DisplayNameControlCharacter;
    return AccountProblem::None;
}

const QStringList &accountLanguages() {
    static const QStringList languages{QStringLiteral("ht"), QStringLiteral("fr"), QStringLiteral("en")};
    return languages;
}

AccountProblem languageProblem(const QString &language) {
    return accountLanguages().contains(language) ? AccountProblem::None : AccountProblem::LanguageUnsupported;
}

QString normalizeResetCode(const QString &typed) {
    QString code;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!QLatin1StringView(ResetCodeAlphabet).contains(upper))
            return {};
        code.append(upper);
        if (code.size() > ResetCodeLength)
            return {};
    }
    return code.size() == ResetCodeLength ? code : QString();
}

QString groupResetCode(const QString &normalized) {
    return normalized.left(4) + u'-' + normalized.mid(4, 4) + u'-' + normalized.mid(8);
}

} // namespace tpn
