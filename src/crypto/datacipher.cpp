#include "datacipher.h"

#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace {

constexpr char kVersion = 0x01;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext() {
    return {EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free};
}

const unsigned char *bytes(QByteArrayView v) {
    return reinterpret_cast<const unsigned char *>(v.data());
}

unsigned char *bytes(QByteArray &v) {
    return reinterpret_cast<unsigned char *>(v.data());
}

std::nullopt_t fail(QString *error, const char *why) {
    if (error)
        *error = QString::fromLatin1(why);
    return std::nullopt;
}

} // namespace

QByteArray DataCipher::generateKey() {
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (RAND_bytes(bytes(key), kKeyBytes) != 1)
        return {};
    return key;
}

DataCipher::DataCipher(const QByteArray &key)
    : m_key(key) {
    m_key.detach();
}

DataCipher::~DataCipher() {
    // Leave no copy of the key in freed memory.
    OPENSSL_cleanse(m_key.data(), static_cast<size_t>(m_key.size()));
}

QByteArray DataCipher::seal(QByteArrayView plaintext, QByteArrayView context) const {
    if (!isValid() || plaintext.size() > (1 << 30))
        return {};
    QByteArray out(kOverhead + plaintext.size(), Qt::Uninitialized);
    out[0] = kVersion;
    unsigned char *nonce = bytes(out) + 1;
    unsigned char *cipherText = nonce + kNonceBytes;
    unsigned char *tag = cipherText + plaintext.size();
    if (RAND_bytes(nonce, kNonceBytes) != 1)
        return {};

    CipherContext ctx = newContext();
    int length = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(QByteArrayView(m_key)), nonce) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(context), static_cast<int>(context.size())) ==
            1 &&
        EVP_EncryptUpdate(ctx.get(), cipherText, &length, bytes(plaintext),
                          static_cast<int>(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), cipherText + length, &length) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag) == 1;
    return ok ? out : QByteArray();
}

std::optional<QByteArray> DataCipher::open(QByteArrayView sealed, QByteArrayView context,
                                           QString *error) const {
    if (!isValid())
        return fail(error, "the data key is missing or has the wrong size");
    if (sealed.size() < kOverhead)
        return fail(error, "the encrypted value is truncated");
    if (sealed.at(0) != kVersion)
        return fail(error, "the encrypted value has an unknown format version");

    const unsigned char *nonce = bytes(sealed) + 1;
    const unsigned char *cipherText = nonce + kNonceBytes;
    const int cipherLength = static_cast<int>(sealed.size() - kOverhead);
    QByteArray tag(reinterpret_cast<const char *>(cipherText + cipherLength), kTagBytes);
    QByteArray plain(cipherLength, Qt::Uninitialized);

    CipherContext ctx = newContext();
    int length = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(QByteArrayView(m_key)), nonce) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(context), static_cast<int>(context.size())) ==
            1 &&
        EVP_DecryptUpdate(ctx.get(), bytes(plain), &length, cipherText, cipherLength) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + length, &length) == 1;
    if (!ok) {
        OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
        return fail(error, "the encrypted value failed authentication (wrong key, or it was changed)");
    }
    return plain;
}
