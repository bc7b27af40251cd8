#include "tlsfiles.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>

#include <stdexcept>

namespace tpn::server {

namespace {

[[noreturn]] void fail(const QString &file, const QString &problem) {
    throw std::runtime_error(QStringLiteral("%1: %2").arg(file, problem).toStdString());
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    return file.readAll();
}

QSslKey parseKey(const QByteArray &pem) {
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

// TLS 1.2 suites with forward secrecy (ECDHE) and authenticated encryption (AES-GCM, ChaCha20-Poly1305):
// no CBC, no SHA-1 MACs, no static RSA key exchange. The TLS 1.3 suites (TLS_…) all qualify; OpenSSL
// configures them apart and keeps its defaults.
QList<QSslCipher> forwardSecretAeadCiphers() {
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool aead = name.contains(QLatin1StringView("-GCM-")) ||
                          name.endsWith(QLatin1StringView("-CHACHA20-POLY1305"));
        if (name.startsWith(QLatin1StringView("TLS_")) ||
            (name.startsWith(QLatin1StringView("ECDHE-")) && aead))
            ciphers.append(cipher);
    }
    return ciphers;
}

} // namespace

QSslConfiguration loadTlsConfiguration(const QString &certificateFile, const QString &keyFile) {
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readFile(certificateFile), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        fail(certificateFile, QStringLiteral("holds no PEM certificate"));
    const QSslKey key = parseKey(readFile(keyFile));
    if (key.isNull())
        fail(keyFile, QStringLiteral("holds no unencrypted PEM private key (RSA or EC)"));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(forwardSecretAeadCiphers());
    return configuration;
}

} // namespace tpn::server
