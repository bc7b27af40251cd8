#include "resetcode.h"

#include "accountrules.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace tpn::server {

QString newResetCode() {
    constexpr quint32 AlphabetSize = sizeof ResetCodeAlphabet - 1; // without the terminating NUL
    QString code;
    for (int i = 0; i < ResetCodeLength; ++i)
        code.append(QLatin1Char(ResetCodeAlphabet[QRandomGenerator::system()->bounded(AlphabetSize)]));
    return code;
}

QString resetCodeHash(const QString &userId, const QString &normalizedCode) {
    const QByteArray text = userId.toUtf8() + ':' + normalizedCode.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

bool sameHash(const QString &a, const QString &b) {
    if (a.size() != b.size()) // both are 64 hex digits; a length says nothing about a guess
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    return difference == 0;
}

} // namespace tpn::server
