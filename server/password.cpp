#include "password.h"

#include <QRandomGenerator>

#include <argon2.h>

#include <array>
#include <stdexcept>

namespace tpn::server {

namespace {

constexpr uint32_t TimeCost = 2;
constexpr uint32_t MemoryCostKiB = 19456;
constexpr uint32_t Parallelism = 1;
constexpr size_t SaltBytes = 16;
constexpr size_t HashBytes = 32;

} // namespace

PasswordHasher::PasswordHasher()
    : m_dummyHash(hash(QString::number(QRandomGenerator::system()->generate64(), 36))) {}

QByteArray PasswordHasher::hash(const QString &password) const {
    std::array<quint32, SaltBytes / sizeof(quint32)> salt;
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    const QByteArray utf8 = password.toUtf8();
    // argon2_encodedlen() counts the terminating NUL.
    QByteArray encoded(
        qsizetype(argon2_encodedlen(TimeCost, MemoryCostKiB, Parallelism, SaltBytes, HashBytes, Argon2_id)),
        '\0');
    const int result =
        argon2id_hash_encoded(TimeCost, MemoryCostKiB, Parallelism, utf8.constData(), size_t(utf8.size()),
                              salt.data(), SaltBytes, HashBytes, encoded.data(), size_t(encoded.size()));
    if (result != ARGON2_OK)
        throw std::runtime_error(std::string("argon2id_hash_encoded: ") + argon2_error_message(result));
    encoded.truncate(encoded.indexOf('\0'));
    return encoded;
}

bool PasswordHasher::verify(const QByteArray &encodedHash, const QString &password) const {
    const QByteArray utf8 = password.toUtf8();
    // constData() of a QByteArray is NUL-terminated, as argon2id_verify() needs.
    return argon2id_verify(encodedHash.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

void PasswordHasher::verifyNothing(const QString &password) const {
    verify(m_dummyHash, password);
}

} // namespace tpn::server
