#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace tpn::server {

// The Ed25519 private key that signs content manifests (--signing-key): a PEM file as written by
// `openssl genpkey -algorithm ed25519`. The app checks the signatures with the public half.
class SigningKey {
public:
    // Throws std::runtime_error naming the file when it cannot be read, holds no private key, or holds a
    // key of another algorithm.
    static SigningKey load(const QString &pemFile);

    // The 64-byte Ed25519 signature of message. Throws std::runtime_error if OpenSSL fails.
    QByteArray sign(const QByteArray &message) const;

private:
    struct Free {
        void operator()(EVP_PKEY *key) const;
    };
    explicit SigningKey(EVP_PKEY *key);

    std::unique_ptr<EVP_PKEY, Free> m_key;
};

} // namespace tpn::server
