#include "tlsfiles.h"

#include <QFile>
#include <QSslCertificate>
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
    return configuration;
}

} // namespace tpn::server
