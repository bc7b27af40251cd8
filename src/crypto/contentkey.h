#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

// The public key that course manifests are signed with (Ed25519). The app trusts one key, given the
// way the development CA is (`--content-key FILE`), and refuses content signed by any other: a
// lesson passed from hand to hand on a USB stick opens only if nobody changed a byte of it.
class ContentKey {
public:
    ContentKey();
    ~ContentKey();
    ContentKey(ContentKey &&) noexcept;
    ContentKey &operator=(ContentKey &&) noexcept;

    // A PEM public key ("-----BEGIN PUBLIC KEY-----", as `openssl pkey -pubout` writes it). An
    // invalid key (not PEM, not Ed25519) gives a key that verifies nothing, with errorString().
    static ContentKey fromPem(QByteArrayView pem);
    static ContentKey fromPemFile(const QString &path);

    bool isValid() const { return m_key != nullptr; }
    QByteArray pem() const { return m_pem; } // to make a copy on another thread
    QString errorString() const { return m_error; }
    // True when `signature` (64 raw bytes) is this key's Ed25519 signature of exactly `message`.
    bool verify(QByteArrayView message, QByteArrayView signature) const;

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QByteArray m_pem;
    QString m_error;
};
