#include "options.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace tpn::server {

namespace {

// "127.0.0.1:8443", "[::1]:0", "localhost:8080".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port) {
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QString portText = text.mid(colon + 1);
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || portText.isEmpty() || number > 65535 || !portText.front().isDigit())
        return false;
    *port = quint16(number);
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        *address = QHostAddress(QHostAddress::LocalHost);
    else
        *address = QHostAddress(host);
    return !address->isNull();
}

// A whole number from 1 to maximum, for the account options.
bool parsePositive(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 maximum,
                   qint64 *value, QString *error) {
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 1 || number > maximum || !text.front().isDigit()) {
        *error = QStringLiteral("--%1: \"%2\" is not a whole number from 1 to %3")
                     .arg(option.names().constFirst(), text)
                     .arg(maximum);
        return false;
    }
    *value = number;
    return true;
}

// --fault-rate: a probability from 0 to 1.
bool parseFaultRate(const QCommandLineParser &parser, const QCommandLineOption &option, double *rate,
                    QString *error) {
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !(value >= 0 && value <= 1)) {
        *error = QStringLiteral("--fault-rate: \"%1\" is not a number from 0 to 1").arg(parser.value(option));
        return false;
    }
    *rate = value;
    return true;
}

} // namespace

QString defaultStackwalk() {
    return QStringLiteral(TPN_MINIDUMP_STACKWALK);
}

std::optional<ServerOptions> parseOptions(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tek Pou Nou reference server: the mobile API (see docs/api.md) over HTTPS, "
                       "backed by SQLite or PostgreSQL.\n\n"
                       "Other command:\n"
                       "  tekpounou-server reset-code EMAIL --data DIR\n"
                       "      Print a one-time password-reset code for that account, valid for 24 hours "
                       "(see tekpounou-server reset-code --help).\n"
                       "  tekpounou-server export-pack --data DIR --signing-key FILE --language LANG "
                       "--out PACKDIR [--course ID...]\n"
                       "      Write the offline content of the catalog in DIR to a pack folder "
                       "(see tekpounou-server export-pack --help).\n"
                       "  tekpounou-server report --data DIR [--symbols DIR] [--json | --html FILE]\n"
                       "      Crash groups, error groups and timing quantiles of the reports in DIR "
                       "(see tekpounou-server report --help)."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to listen on; port 0 picks a free one."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("Data directory (created if missing): exports, crash "
                       "reports, and server.sqlite unless --database says otherwise."),
        QStringLiteral("DIR"));
    const QCommandLineOption databaseUrl = databaseOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Import the built-in demo catalog and add the demo accounts demo@tekpounou.ht (ht), "
                       "ana@tekpounou.ht (fr) and sam@tekpounou.ht (en), password lekol-2026 "
                       "(idempotent; existing accounts are left as they are)."));
    const QCommandLineOption content(
        QStringLiteral("content"),
        QStringLiteral("Import every course file (*.json) in DIR, and DIR/categories.json if present."),
        QStringLiteral("DIR"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("PEM certificate (chain) to serve HTTPS with."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
                                 QStringLiteral("PEM private key of --tls-cert (RSA or EC, unencrypted)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption signingKey(
        QStringLiteral("signing-key"),
        QStringLiteral("Ed25519 private key (PEM, `openssl genpkey -algorithm ed25519`) that signs the "
                       "offline content's manifests. Without it, downloads answer 503."),
        QStringLiteral("FILE"));
    const QCommandLineOption accessTtl(QStringLiteral("access-ttl"),
                                       QStringLiteral("Lifetime of access tokens (default: 900)."),
                                       QStringLiteral("SECONDS"));
    const QCommandLineOption refreshTtl(
        QStringLiteral("refresh-ttl"),
        QStringLiteral("Lifetime of refresh tokens (default: 2592000, 30 days)."), QStringLiteral("SECONDS"));
    const QCommandLineOption loginLimit(
        QStringLiteral("login-limit"),
        QStringLiteral("Failed logins allowed per account and client address within --login-window before "
                       "a growing delay (default: 5); per account 4 times as many, per address 40 times."),
        QStringLiteral("N"));
    const QCommandLineOption loginWindow(QStringLiteral("login-window"),
                                         QStringLiteral("Window of the login limit (default: 900)."),
                                         QStringLiteral("SECONDS"));
    const QCommandLineOption faultRate(
        QStringLiteral("fault-rate"),
        QStringLiteral(
            "For testing clients: inject a fault into this share (0 to 1) of the sync push and pull "
            "requests, each one of: drop the connection before processing; process and commit, "
            "then drop it; answer 500 internal; answer 429 rate_limited with Retry-After: 1; "
            "answer after 0.2 to 1.5 s. Each fault is logged on stderr. Default: 0 (off)."),
        QStringLiteral("P"));
    const QCommandLineOption faultSeed(
        QStringLiteral("fault-seed"),
        QStringLiteral("Seed of the fault sequence (default: 1): the same seed and rate give the same faults "
                       "for the same sequence of sync requests."),
        QStringLiteral("N"));
    const QCommandLineOption symbols(
        QStringLiteral("symbols"),
        QStringLiteral("Breakpad symbol store (DIR/<module>/<ID>/<module>.sym) to symbolize crash reports "
                       "with; without it their frames are module+offset until `report --symbols` runs."),
        QStringLiteral("DIR"));
    const QCommandLineOption stackwalk(
        QStringLiteral("stackwalk"),
        QStringLiteral("The minidump_stackwalk to run on crash reports (default: %1).")
            .arg(defaultStackwalk()),
        QStringLiteral("PATH"));
    const QCommandLineOption registerLimit(
        QStringLiteral("register-limit"),
        QStringLiteral("Registrations allowed per client address and hour (default: 10)."),
        QStringLiteral("N"));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout"),
        QStringLiteral("Seconds a request may take to arrive, from its first byte (default: 120)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a connection may stay open with no request under way (default: 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption handshakeTimeout(
        QStringLiteral("handshake-timeout"),
        QStringLiteral("Seconds a TLS handshake may take (default: 10)."), QStringLiteral("SECONDS"));
    const QCommandLineOption processes(
        QStringLiteral("processes"),
        QStringLiteral("Server processes answering on the port, sharing the database (default: 1; one per "
                       "core uses every core)."),
        QStringLiteral("N"));
    QCommandLineOption workerPort(QStringLiteral("worker-port"), QStringLiteral("(internal)"),
                                  QStringLiteral("PORT"));
    workerPort.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption metricsToken(
        QStringLiteral("metrics-token-file"),
        QStringLiteral("File holding a token (16 characters or more) that GET /metrics then needs as "
                       "\"Authorization: Bearer TOKEN\", from any address. Without it, /metrics answers "
                       "only loopback clients whose request no proxy forwarded."),
        QStringLiteral("FILE"));
    parser.addOptions({listen,     data,        databaseUrl,    demo,        content,
                       cert,       key,         signingKey,     accessTtl,   refreshTtl,
                       loginLimit, loginWindow, registerLimit,  faultRate,   faultSeed,
                       symbols,    stackwalk,   requestTimeout, idleTimeout, handshakeTimeout,
                       processes,  workerPort,  metricsToken});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ServerOptions options;
    if (!parser.isSet(listen)) {
        *error = QStringLiteral("--listen HOST:PORT is required, e.g. --listen 127.0.0.1:0");
        return std::nullopt;
    }
    if (!parseListen(parser.value(listen), &options.address, &options.port)) {
        *error = QStringLiteral("--listen: \"%1\" is not HOST:PORT with a numeric address (or localhost) "
                                "and a port from 0 to 65535")
                     .arg(parser.value(listen));
        return std::nullopt;
    }
    options.dataDir = parser.value(data);
    if (options.dataDir.isEmpty()) {
        *error = QStringLiteral("--data DIR is required");
        return std::nullopt;
    }
    const std::optional<DatabaseSettings> settings =
        DatabaseSettings::fromUrl(parser.value(databaseUrl), options.dataDir, error);
    if (!settings)
        return std::nullopt;
    options.database = *settings;
    options.demo = parser.isSet(demo);
    options.contentDir = parser.value(content);
    options.tlsCertificate = parser.value(cert);
    options.tlsKey = parser.value(key);
    options.signingKey = parser.value(signingKey);
    options.symbolsDir = parser.value(symbols);
    if (!options.symbolsDir.isEmpty() && !QFileInfo(options.symbolsDir).isDir()) {
        *error = QStringLiteral("--symbols: %1 is not a directory").arg(options.symbolsDir);
        return std::nullopt;
    }
    options.metricsTokenFile = parser.value(metricsToken);
    options.stackwalk = parser.isSet(stackwalk) ? parser.value(stackwalk) : defaultStackwalk();
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    // Bounds keep expiry times (ms since the epoch) far from overflowing and the limiter's lists small.
    constexpr qint64 TenYears = 10LL * 366 * 24 * 60 * 60;
    qint64 limit = options.loginLimit;
    qint64 registrations = options.registerLimit;
    if (!parsePositive(parser, accessTtl, TenYears, &options.accessTtlSeconds, error) ||
        !parsePositive(parser, refreshTtl, TenYears, &options.refreshTtlSeconds, error) ||
        !parsePositive(parser, loginLimit, 1000, &limit, error) ||
        !parsePositive(parser, loginWindow, TenYears, &options.loginWindowSeconds, error) ||
        !parsePositive(parser, registerLimit, 100000, &registrations, error) ||
        !parsePositive(parser, requestTimeout, 3600, &options.requestTimeoutSeconds, error) ||
        !parsePositive(parser, idleTimeout, 3600, &options.idleTimeoutSeconds, error) ||
        !parsePositive(parser, handshakeTimeout, 600, &options.handshakeTimeoutSeconds, error))
        return std::nullopt;
    qint64 processCount = options.processes;
    qint64 port = 0;
    if (!parsePositive(parser, processes, 64, &processCount, error) ||
        !parsePositive(parser, workerPort, 65535, &port, error))
        return std::nullopt;
    options.processes = int(processCount);
    options.workerPort = quint16(port);
    options.loginLimit = int(limit);
    options.registerLimit = int(registrations);
    if (!parseFaultRate(parser, faultRate, &options.faultRate, error))
        return std::nullopt;
    if (parser.isSet(faultSeed)) {
        bool ok = false;
        options.faultSeed = parser.value(faultSeed).toUInt(&ok);
        if (!ok || !parser.value(faultSeed).front().isDigit()) {
            *error = QStringLiteral("--fault-seed: \"%1\" is not a whole number from 0 to 4294967295")
                         .arg(parser.value(faultSeed));
            return std::nullopt;
        }
    }
    return options;
}

} // namespace tpn::server
