#include "resetcodecommand.h"

#include "accountrules.h"
#include "database.h"
#include "resetcode.h"
#include "resetcodestore.h"
#include "sqlstatement.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <stdexcept>

namespace tpn::server {

namespace {

const QString Command = QStringLiteral("reset-code");
constexpr qint64 DefaultValiditySeconds = 24 * 60 * 60;

int fail(int exitCode, const QString &message) {
    QTextStream(stderr) << "tekpounou-server reset-code: " << message << Qt::endl;
    return exitCode;
}

} // namespace

bool isResetCodeCommand(const QStringList &arguments) {
    return arguments.value(1) == Command;
}

int runResetCodeCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints a one-time password-reset code for the account with this email, valid for 24 "
                       "hours, for a teacher or administrator to hand to the learner. The learner types it "
                       "in the app with a new password. A new code replaces the account's older one. "
                       "The demo account cannot get one."));
    parser.addPositionalArgument(Command, QStringLiteral("This command."), Command);
    parser.addPositionalArgument(QStringLiteral("EMAIL"), QStringLiteral("The learner's account."));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("The server's data directory (holds server.sqlite)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption validFor(QStringLiteral("valid-for"),
                                      QStringLiteral("How long the code works, 1 to 86400 (default: 86400)."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption databaseUrl = databaseOption();
    parser.addOptions({data, databaseUrl, validFor});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(2, QStringLiteral("give exactly one EMAIL; see tekpounou-server reset-code --help"));
    const QString dataDir = parser.value(data);
    if (dataDir.isEmpty())
        return fail(2, QStringLiteral("--data DIR is required"));
    // Opening a SQLite file would create it: a mistyped directory must not get an empty database.
    QString databaseError;
    const std::optional<DatabaseSettings> settings =
        existingDatabase(parser.value(databaseUrl), dataDir, &databaseError);
    if (!settings)
        return fail(2, databaseError);
    qint64 validSeconds = DefaultValiditySeconds;
    if (parser.isSet(validFor)) {
        bool ok = false;
        validSeconds = parser.value(validFor).toLongLong(&ok);
        if (!ok || validSeconds < 1 || validSeconds > DefaultValiditySeconds)
            return fail(2, QStringLiteral("--valid-for: \"%1\" is not a whole number from 1 to %2")
                               .arg(parser.value(validFor))
                               .arg(DefaultValiditySeconds));
    }

    try {
        const Database database(dataDir, *settings);
        UserStore users(database);
        ResetCodeStore codes(database);
        const QString email = normalizeEmail(positional.at(1));
        const std::optional<UserRow> user = users.byEmail(email);
        if (!user)
            return fail(1, QStringLiteral("no account has the email \"%1\"").arg(email));
        if (user->demo)
            return fail(
                1, QStringLiteral("%1 is the shared demo account; its password cannot be reset").arg(email));
        const QString code = newResetCode();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 expiresAt = now + validSeconds * 1000;
        SqlTransaction transaction(database.connection());
        codes.replace(user->id, resetCodeHash(user->id, code), now, expiresAt);
        transaction.commit();
        QTextStream(stdout) << groupResetCode(code) << Qt::endl;
        QTextStream(stderr) << "Valid once, until "
                            << QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC).toString(Qt::ISODate)
                            << " (UTC). Any older code of this account no longer works." << Qt::endl;
        return 0;
    } catch (const std::exception &exception) {
        return fail(2, QString::fromStdString(exception.what()));
    }
}

} // namespace tpn::server
