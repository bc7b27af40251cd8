#pragma once

#include <QString>
#include <QStringList>

namespace tpn {

// The rules of the account fields (docs/api.md, Users) and of password-reset codes. The server enforces
// them and the app checks them first, so a learner reads why before anything is sent; both call these,
// so they can never judge differently. Lengths count characters (Unicode code points).

inline constexpr int MaximumEmailLength = 254;
inline constexpr int MinimumPasswordLength = 8;
inline constexpr int MaximumPasswordLength = 256;
inline constexpr int MaximumDisplayNameLength = 100;

// What is wrong with a field; each side words it for its own readers (the server in English for
// developers, the app translated for learners).
enum class AccountProblem {
    None,
    EmailTooLong,
    EmailMalformed,
    PasswordTooShort,
    PasswordTooLong,
    DisplayNameEmpty,
    DisplayNameTooLong,
    DisplayNameControlCharacter,
    LanguageUnsupported,
};

// Emails are compared and stored trimmed and lower-cased.
QString normalizeEmail(const QString &email);
// Of the normalized form: something, @, a dotted domain, no spaces or control characters.
AccountProblem emailProblem(const QString &email);
AccountProblem passwordProblem(const QString &password);
// Of the trimmed form.
AccountProblem displayNameProblem(const QString &displayName);
// The app's languages: ht, fr, en, exactly.
const QStringList &accountLanguages();
AccountProblem languageProblem(const QString &language);

// Reset codes: ResetCodeLength characters from ResetCodeAlphabet (no 0/O, 1/I/L, which are misread
// aloud and on paper), shown grouped as XXXX-XXXX-XX.
inline constexpr int ResetCodeLength = 10;
inline constexpr char ResetCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
// The code as typed, in any case, with or without dashes and spaces, in its canonical form
// ("K7QM3XPA9R"); an empty string when it cannot be a code.
QString normalizeResetCode(const QString &typed);
// "K7QM3XPA9R" -> "K7QM-3XPA-9R".
QString groupResetCode(const QString &normalized);

} // namespace tpn
