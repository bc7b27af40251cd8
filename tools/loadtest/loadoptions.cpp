#include "loadoptions.h"

#include <QCommandLineParser>

namespace {

bool parseNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int maximum,
                 int *value, QString *error) {
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        *error = QStringLiteral("--%1: \"%2\" is not a whole number from %3 to %4")
                     .arg(option.names().constFirst(), parser.value(option))
                     .arg(minimum)
                     .arg(maximum);
        return false;
    }
    *value = number;
    return true;
}

} // namespace

std::optional<LoadOptions> parseLoadOptions(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates learners against a running tekpounou-server: each signs in once (registering the "
        "account PREFIX-N@example.org if needed), then pulls, pushes batches of task, journal and progress "
        "edits and browses the catalog, with a think time between requests, until the duration is over. "
        "Honours Retry-After and backs off like the app. Prints requests/s, p50/p95/p99 and errors per "
        "kind. Exit code 1 when any request failed. The server needs --register-limit of at least the "
        "number of learners for their first run."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The server's base URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"),
                                    QStringLiteral("PEM CA certificate to trust for the server (e.g. "
                                                   "build/dev/certs/ca.pem); verification stays on."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption learners(QStringLiteral("learners"),
                                      QStringLiteral("Simulated learners (default 1)."), QStringLiteral("N"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Length of the load after every learner has signed in "
                                                     "(default 30; at most 840, within an access token's "
                                                     "15 minutes)."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption think(QStringLiteral("think"),
                                   QStringLiteral("A learner's pause between requests, varied by ±50 % "
                                                  "(default 1000; 0: none)."),
                                   QStringLiteral("MS"));
    const QCommandLineOption concurrency(QStringLiteral("signin-concurrency"),
                                         QStringLiteral("Learners signing in at once (default 16)."),
                                         QStringLiteral("N"));
    const QCommandLineOption prefix(QStringLiteral("accounts"),
                                    QStringLiteral("Account prefix: PREFIX-N@example.org (default load)."),
                                    QStringLiteral("PREFIX"));
    parser.addOptions({server, caCert, learners, duration, think, concurrency, prefix});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0);

    LoadOptions options;
    options.server = QUrl(parser.value(server));
    if (!options.server.isValid() || options.server.host().isEmpty() ||
        (options.server.scheme() != u"https" && options.server.scheme() != u"http")) {
        *error = QStringLiteral("--server URL is required, e.g. --server https://127.0.0.1:8443");
        return std::nullopt;
    }
    options.caCert = parser.value(caCert);
    if (parser.isSet(prefix))
        options.accountPrefix = parser.value(prefix);
    if (!parseNumber(parser, learners, 1, 100000, &options.learners, error) ||
        !parseNumber(parser, duration, 1, 840, &options.durationSeconds, error) ||
        !parseNumber(parser, think, 0, 600000, &options.thinkMs, error) ||
        !parseNumber(parser, concurrency, 1, 1000, &options.signInConcurrency, error))
        return std::nullopt;
    return options;
}
