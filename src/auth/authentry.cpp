// AuthService's ways in: the session requests (sign-in, sign-up, reset with a teacher's code), the
// demo account the server advertises, and the learner-facing wording of what can go wrong. The
// field rules are the server's own (src/domain/accountrules.h), checked here first so a learner
// reads why at once, in their language, without a round trip.
#include "accountrules.h"
#include "authservice.h"
#include "keychain.h"

namespace {

using tpn::AccountProblem;

QString problemText(AccountProblem problem) {
    switch (problem) {
    case AccountProblem::None:
        return {};
    case AccountProblem::EmailTooLong:
        return AuthService::tr("This email address is too long.");
    case AccountProblem::EmailMalformed:
        return AuthService::tr("Enter an email address like name@example.com.");
    case AccountProblem::PasswordTooShort:
        return AuthService::tr("Choose a password of at least %n character(s).", nullptr,
                               tpn::MinimumPasswordLength);
    case AccountProblem::PasswordTooLong:
        return AuthService::tr("Choose a password of at most %n character(s).", nullptr,
                               tpn::MaximumPasswordLength);
    case AccountProblem::DisplayNameEmpty:
        return AuthService::tr("Enter your name.");
    case AccountProblem::DisplayNameTooLong:
        return AuthService::tr("Your name can have at most %n character(s).", nullptr,
                               tpn::MaximumDisplayNameLength);
    case AccountProblem::DisplayNameControlCharacter:
        return AuthService::tr("Write your name on one line.");
    case AccountProblem::LanguageUnsupported:
        return AuthService::tr("Choose Kreyòl, French or English.");
    }
    return {};
}

// The first problem of several checks, in the order the form shows the fields.
QString firstProblem(std::initializer_list<AccountProblem> problems) {
    for (const AccountProblem problem : problems) {
        if (problem != AccountProblem::None)
            return problemText(problem);
    }
    return {};
}

} // namespace

QString AuthService::describe(const ApiError &error, Purpose purpose) const {
    const QString &code = error.code;
    if (code == QLatin1String("invalid_credentials"))
        return tr("That email and password do not match. Check them and try again.");
    if (code == QLatin1String("email_taken"))
        return tr("An account with this email already exists. Sign in instead, or ask your teacher for a "
                  "reset code if you forgot the password.");
    if (code == QLatin1String("invalid_reset_code"))
        return tr("That code does not match this email. Check both and try again.");
    if (code == QLatin1String("reset_code_expired"))
        return tr("This code was already used or has expired. Ask your teacher for a new one.");
    if (code == QLatin1String("demo_account"))
        return tr("The demo account is shared with everyone, so its password cannot be changed.");
    if (error.httpStatus == 429) {
        const int minutes = std::max(1, (error.retryAfterSeconds + 59) / 60);
        return purpose == Purpose::Reset
                   ? tr("Too many wrong codes. Try again in %n minute(s).", nullptr, minutes)
                   : tr("Too many attempts. Try again in %n minute(s).", nullptr, minutes);
    }
    if (error.isConnectivity()) {
        switch (purpose) {
        case Purpose::SignIn:
            return tr("You are offline. Signing in needs a connection the first time.");
        case Purpose::SignUp:
            return tr("You are offline. Creating an account needs a connection.");
        case Purpose::Reset:
            return tr("You are offline. Setting a new password needs a connection.");
        }
    }
    if (error.kind == ApiError::Kind::Tls)
        return tr("The server's identity could not be verified. Check the date and time on this device.");
    switch (purpose) {
    case Purpose::SignIn:
        return error.httpStatus == 400 ? tr("Enter your email address and your password.")
                                       : tr("Signing in did not work. Try again later.");
    case Purpose::SignUp:
        return error.httpStatus == 400 ? tr("The server did not accept these details. Check your name, email "
                                            "and password.")
                                       : tr("Your account could not be created. Try again later.");
    case Purpose::Reset:
        return error.httpStatus == 400 ? tr("Check your email, the code and the new password.")
                                       : tr("Your password could not be changed. Try again later.");
    }
    return {};
}

void AuthService::requestSession(const QString &path, const QJsonObject &body, Purpose purpose) {
    setState(State::SigningIn);
    m_api.send({"POST", path, {}, body, {}, ApiClient::kDefaultTimeout}, this,
               [this, purpose](const ApiResult &result) {
                   QString problem;
                   const auto answer =
                       result.ok() ? AccountJson::signInAnswer(result.envelope.data, &problem) : std::nullopt;
                   if (!answer) {
                       if (result.ok())
                           qCWarning(lcAuth) << "malformed sign-in answer:" << problem;
                       setError(describe(result.error, purpose));
                       setState(State::SignedOut);
                       return;
                   }
                   startSession(answer->user, answer->tokens, true);
               });
}

QString AuthService::signUpProblem(const QString &displayName, const QString &email,
                                   const QString &password) const {
    return firstProblem({tpn::displayNameProblem(displayName.trimmed()),
                         tpn::emailProblem(tpn::normalizeEmail(email)), tpn::passwordProblem(password)});
}

void AuthService::signUp(const QString &displayName, const QString &email, const QString &password,
                         const QString &language) {
    if (m_state == State::SigningIn || m_state == State::SignedIn)
        return;
    setNotice({});
    QString problem = signUpProblem(displayName, email, password);
    if (problem.isEmpty())
        problem = problemText(tpn::languageProblem(language));
    setError(problem);
    if (!problem.isEmpty())
        return;
    const QJsonObject body{{QStringLiteral("displayName"), displayName.trimmed()},
                           {QStringLiteral("email"), tpn::normalizeEmail(email)},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("language"), language}};
    requestSession(QStringLiteral("/mobile-api/auth/register"), body, Purpose::SignUp);
}

QString AuthService::resetProblem(const QString &email, const QString &code,
                                  const QString &newPassword) const {
    const QString emailProblem = problemText(tpn::emailProblem(tpn::normalizeEmail(email)));
    if (!emailProblem.isEmpty())
        return emailProblem;
    if (tpn::normalizeResetCode(code).isEmpty())
        return tr("A reset code has %n letters and digits, like K7QM-3XPA-9R.", nullptr,
                  tpn::ResetCodeLength);
    return problemText(tpn::passwordProblem(newPassword));
}

void AuthService::resetPassword(const QString &email, const QString &code, const QString &newPassword) {
    if (m_state == State::SigningIn || m_state == State::SignedIn)
        return;
    setNotice({});
    const QString problem = resetProblem(email, code, newPassword);
    setError(problem);
    if (!problem.isEmpty())
        return;
    const QJsonObject body{{QStringLiteral("email"), tpn::normalizeEmail(email)},
                           {QStringLiteral("code"), tpn::normalizeResetCode(code)},
                           {QStringLiteral("new_password"), newPassword}};
    requestSession(QStringLiteral("/mobile-api/auth/reset-password"), body, Purpose::Reset);
}

void AuthService::checkServer() {
    m_api.get(QStringLiteral("/mobile-api/health"), {}, this, [this](const ApiResult &result) {
        if (!result.ok()) {
            qCInfo(lcAuth) << "server check failed:" << result.error.code; // what was known stays
            return;
        }
        const QJsonObject demo = result.envelope.metadata.value(u"demo_account").toObject();
        const QString email = demo.value(u"email").toString();
        const QString password = demo.value(u"password").toString();
        const bool usable = tpn::emailProblem(tpn::normalizeEmail(email)) == AccountProblem::None &&
                            !password.isEmpty() && tpn::passwordProblem(password) == AccountProblem::None;
        setDemoCredentials(usable ? email : QString(), usable ? password : QString());
    });
}

void AuthService::setDemoCredentials(const QString &email, const QString &password) {
    m_demoPassword = password;
    if (email != m_demoEmail) {
        m_demoEmail = email;
        emit demoAvailableChanged();
    }
}

void AuthService::signInAsDemo() {
    if (!demoAvailable()) {
        setError(tr("This server has no demo account. Check your connection, or sign in with your own "
                    "account."));
        return;
    }
    signIn(m_demoEmail, m_demoPassword);
}
