#pragma once

#include "databasesettings.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace tpn::server {

struct ServerOptions {
    QHostAddress address;
    quint16 port = 0; // 0: any free port
    QString dataDir;  // also holds exports and crash reports when the database is PostgreSQL
    DatabaseSettings database;
    bool demo = false;
    QString contentDir;
    QString tlsCertificate;
    QString tlsKey;
    QString signingKey; // Ed25519 PEM that signs content manifests; empty: no offline downloads
    // Accounts (docs/api.md); the defaults are the production values, tests shorten them.
    qint64 accessTtlSeconds = 15 * 60;
    qint64 refreshTtlSeconds = 30 * 24 * 60 * 60;
    int loginLimit = 5; // failed logins per account and address and window (docs/api.md)
    qint64 loginWindowSeconds = 15 * 60;
    int registerLimit = 10; // registrations per client address and hour
    // Connections (docs/deployment.md): a request must arrive within requestTimeout of its first byte, a
    // TLS handshake within handshakeTimeout; a connection with nothing under way closes after idleTimeout.
    qint64 requestTimeoutSeconds = 120;
    qint64 idleTimeoutSeconds = 30;
    qint64 handshakeTimeoutSeconds = 10;
    // Server processes sharing the port (SO_REUSEPORT) and the database; this one starts the others.
    int processes = 1;
    // Set in the processes a --processes server starts: the port the first one listens on.
    quint16 workerPort = 0;
    bool isWorker() const { return workerPort != 0; }
    // Fault injection on the sync endpoints (docs/sync.md); a rate of 0 turns it off.
    double faultRate = 0;
    quint32 faultSeed = 1;
    // Crash reports (docs/telemetry.md): the Breakpad symbol store, and the minidump_stackwalk to run.
    QString symbolsDir;
    QString stackwalk;
    // /metrics: the file holding the token it needs; empty: readable from this machine only.
    QString metricsTokenFile;

    bool usesTls() const { return !tlsCertificate.isEmpty(); }
};

// The minidump_stackwalk found at build time (Breakpad's, from packaging/install-deps.sh).
QString defaultStackwalk();

// Parses the command line. --help and --version print and exit 0 here; otherwise returns the options,
// or nothing with *error saying what is wrong (the caller exits 2).
std::optional<ServerOptions> parseOptions(const QStringList &arguments, QString *error);

} // namespace tpn::server
