#pragma once

#include "contentmanifest.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>

struct SignedManifestText {
    QByteArray text;
    ContentManifest manifest;
};

// An Ed25519 key made for one test, standing in for the server's signing key, and the manifests
// it signs: tests of manifests and packs can then make good, edited and foreign content at will.
class TestSigner {
public:
    TestSigner()
        : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), &EVP_PKEY_free) {}

    QByteArray publicPem() const {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        PEM_write_bio_PUBKEY(bio.get(), m_key.get());
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, int(size));
    }

    QByteArray sign(const QByteArray &message) const {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get());
        size_t length = 64;
        QByteArray signature(64, Qt::Uninitialized);
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
        return signature;
    }

    static QString sha256(const QByteArray &bytes) {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    // A manifest over `files` (path -> bytes), as the server writes one.
    static QByteArray manifest(const QString &courseId, const QString &language,
                               const QList<QPair<QString, QByteArray>> &files) {
        QJsonArray list;
        qint64 total = 0;
        QString hashes;
        for (const auto &[path, bytes] : files) {
            const QString type = path.endsWith(QLatin1String(".json"))  ? QStringLiteral("application/json")
                                 : path.endsWith(QLatin1String(".svg")) ? QStringLiteral("image/svg+xml")
                                                                        : QStringLiteral("image/png");
            list.append(QJsonObject{{QStringLiteral("path"), path},
                                    {QStringLiteral("sha256"), sha256(bytes)},
                                    {QStringLiteral("size"), bytes.size()},
                                    {QStringLiteral("contentType"), type}});
            total += bytes.size();
            hashes += sha256(bytes);
        }
        const QJsonObject manifest{{QStringLiteral("format"), 1},
                                   {QStringLiteral("courseId"), courseId},
                                   {QStringLiteral("language"), language},
                                   {QStringLiteral("version"), sha256(hashes.toLatin1())},
                                   {QStringLiteral("updatedAt"), QStringLiteral("2026-11-22T01:34:50.577Z")},
                                   {QStringLiteral("files"), list},
                                   {QStringLiteral("totalBytes"), total}};
        return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    }

private:
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key;
};
