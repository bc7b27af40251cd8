#include "tlstrust.h"

#include <QFile>
#include <QSslCertificate>

TlsTrust TlsTrust::withExtraCa(const QString &caCertPath) {
    TlsTrust trust;
    trust.configuration = QSslConfiguration::defaultConfiguration();
    trust.configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    trust.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (caCertPath.isEmpty())
        return trust;

    QFile file(caCertPath);
    if (!file.open(QIODevice::ReadOnly)) {
        trust.error = QStringLiteral("cannot read CA certificate %1: %2").arg(caCertPath, file.errorString());
        return trust;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        trust.error = QStringLiteral("%1 holds no PEM certificate").arg(caCertPath);
        return trust;
    }
    trust.configuration.addCaCertificates(certificates);
    return trust;
}
