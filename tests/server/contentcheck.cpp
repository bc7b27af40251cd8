#include "contentcheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

bool verifyEd25519(const QByteArray &message, const QByteArray &signatureBase64,
                   const QString &publicKeyPem) {
    QFile file(publicKeyPem);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = file.readAll();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const auto decoded =
        QByteArray::fromBase64Encoding(signatureBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (!key || !context || !decoded || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return false;
    const QByteArray signature = *decoded;
    return EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
}

QByteArray sha256Hex(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QJsonArray manifestFiles(const QByteArray &manifest) {
    return QJsonDocument::fromJson(manifest).object().value(QStringLiteral("files")).toArray();
}

QString manifestProblem(const QByteArray &manifest) {
    static const QRegularExpression order(
        QStringLiteral("^\\{\"format\":1,\"courseId\":\"[a-z0-9-]{1,64}\",\"language\":\"(ht|fr|en)\","
                       "\"version\":\"[0-9a-f]{64}\","
                       "\"updatedAt\":\"[^\"]+\",\"files\":\\[.*\\],\"totalBytes\":\\d+\\}$"));
    static const QRegularExpression fileOrder(QStringLiteral(
        "\\{\"path\":\"[^\"]+\",\"sha256\":\"[0-9a-f]{64}\",\"size\":\\d+,\"contentType\":\"[^\"]+\"\\}"));
    static const QRegularExpression path(QStringLiteral(
        "^(course\\.json|lessons/[a-z0-9-]{1,64}\\.json|images/[a-z0-9-]{1,64}\\.(svg|png))$"));
    if (!order.match(QString::fromUtf8(manifest)).hasMatch())
        return QStringLiteral("keys or their order: ") + QString::fromUtf8(manifest.left(200));
    if (manifest.contains(' ') || manifest.contains('\n'))
        return QStringLiteral("not compact");
    const QJsonObject object = QJsonDocument::fromJson(manifest).object();
    const QJsonArray files = manifestFiles(manifest);
    if (files.isEmpty() || files.first()[QStringLiteral("path")].toString() != QStringLiteral("course.json"))
        return QStringLiteral("course.json is not the first file");
    QByteArray hashes;
    qint64 total = 0;
    QSet<QString> paths;
    for (const QJsonValue &file : files) {
        const QString filePath = file[QStringLiteral("path")].toString();
        const QString type = file[QStringLiteral("contentType")].toString();
        if (!path.match(filePath).hasMatch() || paths.contains(filePath))
            return QStringLiteral("bad or repeated path ") + filePath;
        const bool image = filePath.startsWith(QStringLiteral("images/"));
        if (image ? !type.startsWith(QStringLiteral("image/")) : type != QStringLiteral("application/json"))
            return QStringLiteral("content type %1 of %2").arg(type, filePath);
        paths.insert(filePath);
        hashes += file[QStringLiteral("sha256")].toString().toLatin1();
        total += file[QStringLiteral("size")].toInteger();
    }
    if (QString::fromUtf8(manifest).count(fileOrder) != files.size())
        return QStringLiteral("the keys of a file are not path, sha256, size, contentType");
    if (object[QStringLiteral("version")].toString().toLatin1() != sha256Hex(hashes))
        return QStringLiteral("version is not the SHA-256 of the files' hashes");
    if (object[QStringLiteral("totalBytes")].toInteger() != total)
        return QStringLiteral("totalBytes is not the sum of the sizes");
    return {};
}

QByteArray rawEnvelopeData(const QByteArray &body) {
    const QByteArray prefix = QByteArrayLiteral("{\"data\":");
    const qsizetype end = body.lastIndexOf(",\"metadata\":");
    if (!body.startsWith(prefix) || end < prefix.size())
        return {};
    return body.mid(prefix.size(), end - prefix.size());
}
