#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

// Encrypts sensitive local fields (journal text) with a learner's data key: AES-256-GCM, a fresh
// random 96-bit nonce for every write, authenticated. Sealed form:
//   version (1 byte, 0x01) | nonce (12) | ciphertext (n) | tag (16)
// `context` is authenticated but not stored (e.g. "journal:<entry id>"), so a sealed value copied
// onto another record does not open there. A wrong key, a changed byte or a wrong context gives an
// error, never garbage.
class DataCipher {
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;
    static constexpr int kOverhead = 1 + kNonceBytes + kTagBytes;

    // A new random key from OpenSSL's CSPRNG; empty if the CSPRNG fails.
    static QByteArray generateKey();

    // `key` must be kKeyBytes long; isValid() says whether it was.
    explicit DataCipher(const QByteArray &key);
    ~DataCipher();
    DataCipher(const DataCipher &) = delete;
    DataCipher &operator=(const DataCipher &) = delete;

    bool isValid() const { return m_key.size() == kKeyBytes; }
    // Empty on failure (invalid key or a failing CSPRNG); a sealed value is never empty.
    QByteArray seal(QByteArrayView plaintext, QByteArrayView context) const;
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView context,
                                   QString *error = nullptr) const;

private:
    QByteArray m_key;
};
