#pragma once

#include <QByteArray>
#include <QString>

namespace tpn::server {

// Argon2id password hashing (libargon2) with the parameters OWASP recommends for it: t=2, m=19 MiB, p=1.
// The encoded form ("$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>") carries its own parameters and salt,
// so hashes stay verifiable if the parameters are raised later.
class PasswordHasher {
public:
    // Hashes one random password so that verifyNothing() costs what a real verification costs.
    PasswordHasher();

    // Throws std::runtime_error if libargon2 fails (out of memory); never for any password.
    QByteArray hash(const QString &password) const;
    // False for a wrong password and for a stored hash that cannot be parsed.
    bool verify(const QByteArray &encodedHash, const QString &password) const;
    // One verification that always fails, for logins with an unknown email: answering those without
    // hashing would show by the response time which emails have accounts.
    void verifyNothing(const QString &password) const;

private:
    QByteArray m_dummyHash;
};

} // namespace tpn::server
