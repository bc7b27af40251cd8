#include "jsonfields.h"

#include "catalogjson.h"

#include <QJsonArray>
#include <QRegularExpression>

JsonFields::JsonFields(const QJsonValue &value)
    : m_object(value.toObject()) {
    if (!value.isObject())
        m_error = QStringLiteral("expected an object");
}

void JsonFields::fail(QLatin1StringView key, const QString &problem) {
    if (m_error.isEmpty())
        m_error = QStringLiteral("field '%1': %2").arg(key, problem);
}

QJsonValue JsonFields::value(QLatin1StringView key) {
    return m_object.value(key);
}

QString JsonFields::string(QLatin1StringView key, qsizetype maxLength, bool allowEmpty) {
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a string"));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength)
        fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
    else if (s.isEmpty() && !allowEmpty)
        fail(key, QStringLiteral("empty"));
    return s;
}

QString JsonFields::optionalString(QLatin1StringView key, qsizetype maxLength) {
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return {};
    return string(key, maxLength, true);
}

QString JsonFields::id(QLatin1StringView key) {
    QString s = string(key, 64);
    if (ok() && !CatalogJson::isValidId(s))
        fail(key, QStringLiteral("not a valid id"));
    return s;
}

QString JsonFields::color(QLatin1StringView key) {
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    QString s = string(key, 7);
    if (ok() && !hex.match(s).hasMatch())
        fail(key, QStringLiteral("not a #RRGGBB colour"));
    return s;
}

int JsonFields::integer(QLatin1StringView key, int min, int max) {
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min || d > max) {
        fail(key, QStringLiteral("not a whole number from %1 to %2").arg(min).arg(max));
        return min;
    }
    return static_cast<int>(d);
}

int JsonFields::optionalInteger(QLatin1StringView key, int min, int max, int fallback) {
    if (!m_object.contains(key))
        return fallback;
    return integer(key, min, max);
}

QStringList JsonFields::stringList(QLatin1StringView key, qsizetype maxItems, qsizetype maxLength) {
    const QJsonValue v = m_object.value(key);
    if (!v.isArray() || v.toArray().size() > maxItems) {
        fail(key, QStringLiteral("not a list of at most %1 strings").arg(maxItems));
        return {};
    }
    QStringList list;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString() || item.toString().size() > maxLength) {
            fail(key, QStringLiteral("has an item that is not a short string"));
            return {};
        }
        list.append(item.toString());
    }
    return list;
}

QDateTime JsonFields::dateTime(QLatin1StringView key) {
    const QString s = string(key, 40);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (ok() && !t.isValid())
        fail(key, QStringLiteral("not an ISO 8601 date and time"));
    return t;
}
