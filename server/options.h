#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace tpn::server {

struct ServerOptions {
    QHostAddress address;
    quint16 port = 0; // 0: any free port
    QString dataDir;
    bool demo = false;
    QString contentDir;
    QString tlsCertificate;
    QString tlsKey;

    bool usesTls() const { return !tlsCertificate.isEmpty(); }
};

// Parses the command line. --help and --version print and exit 0 here; otherwise returns the options,
// or nothing with *error saying what is wrong (the caller exits 2).
std::optional<ServerOptions> parseOptions(const QStringList &arguments, QString *error);

} // namespace tpn::server
