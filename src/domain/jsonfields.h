#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reads typed fields out of one JSON object and remembers the first problem, so decoders read
// every field in a straight line and check ok() once at the end.
class JsonFields {
public:
    explicit JsonFields(const QJsonValue &value);

    QString string(QLatin1StringView key, qsizetype maxLength, bool allowEmpty = false);
    QString optionalString(QLatin1StringView key, qsizetype maxLength);
    QString id(QLatin1StringView key);
    QString color(QLatin1StringView key);
    int integer(QLatin1StringView key, int min, int max);
    int optionalInteger(QLatin1StringView key, int min, int max, int fallback);
    QStringList stringList(QLatin1StringView key, qsizetype maxItems, qsizetype maxLength);
    QDateTime dateTime(QLatin1StringView key);
    QJsonValue value(QLatin1StringView key);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(QLatin1StringView key, const QString &problem);

    QJsonObject m_object;
    QString m_error;
};
