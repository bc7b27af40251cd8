#pragma once

#include <QSslConfiguration>
#include <QString>

// The TLS configuration every API request uses: the system's CAs plus, when given, one extra CA
// (the development CA that signs the reference server's certificate). Peer verification always
// stays on; there is no switch to turn it off.
struct TlsTrust {
    QSslConfiguration configuration;
    QString error; // non-empty when the CA file could not be read or held no certificate

    static TlsTrust withExtraCa(const QString &caCertPath);
};
