#include "signingkey.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <stdexcept>

namespace tpn::server {

namespace {

[[noreturn]] void fail(const QString &message) {
    throw std::runtime_error(message.toStdString());
}

} // namespace

void SigningKey::Free::operator()(EVP_PKEY *key) const {
    EVP_PKEY_free(key);
}

SigningKey::SigningKey(EVP_PKEY *key)
    : m_key(key) {}

SigningKey SigningKey::load(const QString &pemFile) {
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: cannot be read: %2").arg(pemFile, file.errorString()));
    const QByteArray pem = file.readAll();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    // An empty passphrase callback result: an encrypted key fails instead of prompting on the terminal.
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(
                              bio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr)
                        : nullptr;
    if (!key)
        fail(QStringLiteral("%1: holds no unencrypted PEM private key (make one with `openssl genpkey "
                            "-algorithm ed25519`)")
                 .arg(pemFile));
    SigningKey signingKey(key);
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519)
        fail(QStringLiteral("%1: is a %2 key; content signing needs an Ed25519 key")
                 .arg(pemFile, QString::fromLatin1(EVP_PKEY_get0_type_name(key))));
    return signingKey;
}

QByteArray SigningKey::sign(const QByteArray &message) const {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    // Ed25519 hashes the message itself: no digest is given, and the message is signed in one call.
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1)
        fail(QStringLiteral("Ed25519 signing failed"));
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace tpn::server
