#pragma once

#include <QSslConfiguration>
#include <QString>

namespace tpn::server {

// The server's TLS configuration from a PEM certificate (chain) and its private key: TLS 1.2 or later,
// TLS 1.2 with forward-secret AEAD suites only. Throws
// std::runtime_error naming the file when either cannot be read or parsed.
QSslConfiguration loadTlsConfiguration(const QString &certificateFile, const QString &keyFile);

} // namespace tpn::server
