#include "fieldrules.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace tpn {

qsizetype characterCount(const QString &text) {
    return text.toUcs4().size();
}

QString firstCharacters(const QString &text, qsizetype count) {
    const QList<uint> characters = text.toUcs4();
    return characters.size() <= count ? text : QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()), count);
}

bool hasControlCharacter(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isIsoDate(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isCatalogId(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return shape.match(text).hasMatch();
}

} // namespace tpn
