#include "contentfields.h"

#include "contentreader.h"
#include "languages.h"

#include <QRegularExpression>

namespace tpn::server {

ContentFields::ContentFields(const QString &file, const QJsonValue &value, const QString &path)
    : m_file(file)
    , m_object(value.toObject())
    , m_path(path) {
    if (!value.isObject())
        fail({}, QStringLiteral("must be a JSON object"));
}

void ContentFields::fail(QStringView field, const QString &problem) const {
    const QString where = fieldPath(field);
    throw ContentError(where.isEmpty() ? QStringLiteral("%1: %2").arg(m_file, problem)
                                       : QStringLiteral("%1: %2: %3").arg(m_file, where, problem));
}

QString ContentFields::fieldPath(QStringView key) const {
    if (m_path.isEmpty() || key.isEmpty())
        return m_path + key.toString();
    return m_path + u'.' + key.toString();
}

QString ContentFields::string(QStringView key) const {
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(key, QStringLiteral("is missing"));
    if (!value.isString())
        fail(key, QStringLiteral("must be a string"));
    if (value.toString().trimmed().isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    return value.toString();
}

std::optional<QString> ContentFields::optionalString(QStringView key) const {
    if (!m_object.contains(key))
        return std::nullopt;
    return string(key);
}

QString ContentFields::id(QStringView key) const {
    const QString value = string(key);
    if (!isValidId(value))
        fail(key, QStringLiteral("\"%1\" is not an id (1-64 of a-z, 0-9 and -)").arg(value));
    return value;
}

QString ContentFields::color(QStringView key) const {
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    const QString value = string(key);
    if (!pattern.match(value).hasMatch())
        fail(key, QStringLiteral("\"%1\" is not a colour like #1565C0").arg(value));
    return value;
}

QString ContentFields::language(QStringView key) const {
    const QString value = string(key);
    if (!isSupportedLanguage(value)) {
        fail(key, QStringLiteral("\"%1\" is not one of %2")
                      .arg(value, supportedLanguages().join(QStringLiteral(", "))));
    }
    return value;
}

int ContentFields::integer(QStringView key, int minimum, int maximum) const {
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(key, QStringLiteral("is missing"));
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum)
        fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
    return int(number);
}

QJsonArray ContentFields::array(QStringView key) const {
    const QJsonValue value = m_object.value(key);
    if (!value.isArray())
        fail(key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be an array"));
    return value.toArray();
}

LocalizedText ContentFields::text(QStringView key, const QStringList &required) const {
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key, value.isUndefined() ? QStringLiteral("is missing")
                                      : QStringLiteral("must be an object of texts by language"));
    }
    const ContentFields texts(m_file, value, fieldPath(key));
    LocalizedText result;
    for (const QString &language : value.toObject().keys()) {
        if (!isSupportedLanguage(language))
            texts.fail(language, QStringLiteral("unsupported language (use %1)")
                                     .arg(supportedLanguages().join(QStringLiteral(", "))));
        result.insert(language, texts.string(language));
    }
    for (const QString &language : required) {
        if (!result.contains(language))
            texts.fail(language, QStringLiteral("is missing (this text is required in this language)"));
    }
    return result;
}

} // namespace tpn::server
