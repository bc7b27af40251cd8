#include "reportcommand.h"

#include "crashstore.h"
#include "database.h"
#include "options.h"
#include "reportdata.h"
#include "reporthtml.h"
#include "reporttext.h"
#include "symbolizer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <stdexcept>

namespace tpn::server {

namespace {

const QString Command = QStringLiteral("report");

int fail(int exitCode, const QString &message) {
    QTextStream(stderr) << "tekpounou-server report: " << message << Qt::endl;
    return exitCode;
}

// Walks what needs walking and stores it; stderr says how many and how long.
void symbolizePending(CrashStore &store, const StackwalkTools &tools) {
    const QStringList ids = store.pending(tools.symbolsDir.isEmpty() ? CrashStore::Walks::NotWalked
                                                                     : CrashStore::Walks::NotWalkedOrPartial);
    if (ids.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    int walked = 0;
    for (const QString &id : ids) {
        QString error;
        if (const std::optional<StackWalk> walk = walkMinidumpNow(tools, store.minidumpPath(id), &error)) {
            store.storeWalk(id, *walk);
            ++walked;
        } else {
            QTextStream(stderr) << "tekpounou-server report: " << id << ": " << error << Qt::endl;
        }
    }
    QTextStream(stderr) << "Symbolized " << walked << " of " << ids.size() << " crash reports in "
                        << timer.elapsed() << " ms." << Qt::endl;
}

bool writeHtml(const QString &path, const QString &html, QString *error) {
    QSaveFile file(path);
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool isReportCommand(const QStringList &arguments) {
    return arguments.value(1) == Command;
}

int runReportCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The crash reports, errors and timings the apps sent: crash groups by signature, error "
        "groups, and p50/p95 of each timing per app version. Crashes not symbolized yet are "
        "symbolized first (with --symbols, also those that lacked symbols)."));
    parser.addPositionalArgument(Command, QStringLiteral("This command."), Command);
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The server's data directory."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption symbols(QStringLiteral("symbols"),
                                     QStringLiteral("Breakpad symbol store: DIR/<module>/<ID>/<module>.sym."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption stackwalk(
        QStringLiteral("stackwalk"),
        QStringLiteral("minidump_stackwalk (default: %1).").arg(defaultStackwalk()), QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
    const QCommandLineOption html(QStringLiteral("html"),
                                  QStringLiteral("Write a self-contained HTML page with charts to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption databaseUrl = databaseOption();
    parser.addOptions({data, databaseUrl, symbols, stackwalk, json, html});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.positionalArguments().size() != 1)
        return fail(2, QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().value(1)));
    if (parser.isSet(json) && parser.isSet(html))
        return fail(2, QStringLiteral("--json and --html go one at a time"));
    const QString dataDir = parser.value(data);
    if (dataDir.isEmpty())
        return fail(2, QStringLiteral("--data DIR is required"));
    // Opening a SQLite file would create it: a mistyped directory must not get an empty database.
    QString databaseError;
    const std::optional<DatabaseSettings> settings =
        existingDatabase(parser.value(databaseUrl), dataDir, &databaseError);
    if (!settings)
        return fail(2, databaseError);
    const QString symbolsDir = parser.value(symbols);
    if (!symbolsDir.isEmpty() && !QFileInfo(symbolsDir).isDir())
        return fail(2, QStringLiteral("--symbols: %1 is not a directory").arg(symbolsDir));

    try {
        const Database database(dataDir, *settings);
        CrashStore store(database, dataDir);
        symbolizePending(
            store, {parser.isSet(stackwalk) ? parser.value(stackwalk) : defaultStackwalk(), symbolsDir});
        const OperatorReport report = loadOperatorReport(database);
        if (parser.isSet(json)) {
            QTextStream(stdout) << QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
        } else if (parser.isSet(html)) {
            QString error;
            if (!writeHtml(parser.value(html), reportToHtml(report), &error))
                return fail(1, error);
            QTextStream(stderr) << "Wrote " << parser.value(html) << Qt::endl;
        } else {
            QTextStream(stdout) << reportToText(report);
        }
        return 0;
    } catch (const std::exception &exception) {
        return fail(2, QString::fromStdString(exception.what()));
    }
}

} // namespace tpn::server
