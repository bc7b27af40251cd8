#include "contentkey.h"

#include <QFile>
#include <openssl/evp.h>
#include <openssl/pem.h>

struct ContentKey::Key {
    explicit Key(EVP_PKEY *pkey)
        : pkey(pkey) {}
    ~Key() { EVP_PKEY_free(pkey); }
    EVP_PKEY *pkey;
};

ContentKey::ContentKey() = default;
ContentKey::~ContentKey() = default;
ContentKey::ContentKey(ContentKey &&) noexcept = default;
ContentKey &ContentKey::operator=(ContentKey &&) noexcept = default;

ContentKey ContentKey::fromPem(QByteArrayView pem) {
    ContentKey key;
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), int(pem.size())), &BIO_free);
    EVP_PKEY *pkey = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!pkey) {
        key.m_error = QStringLiteral("not a PEM public key");
        return key;
    }
    if (EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(pkey);
        key.m_error = QStringLiteral("not an Ed25519 key");
        return key;
    }
    key.m_key = std::make_unique<Key>(pkey);
    key.m_pem = pem.toByteArray();
    return key;
}

ContentKey ContentKey::fromPemFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ContentKey key;
        key.m_error = path + QStringLiteral(": ") + file.errorString();
        return key;
    }
    ContentKey key = fromPem(file.read(64 * 1024));
    if (!key.isValid())
        key.m_error = path + QStringLiteral(": ") + key.m_error;
    return key;
}

bool ContentKey::verify(QByteArrayView message, QByteArrayView signature) const {
    if (!m_key || signature.size() != 64)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, m_key->pkey) != 1)
        return false;
    return EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.data()),
                            size_t(message.size())) == 1;
}
