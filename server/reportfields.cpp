#include "reportfields.h"

#include "fieldrules.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace tpn::server {

namespace {

// Integers beyond 2^53 no longer count one by one as JSON numbers (doubles).
constexpr double LargestExactInteger = 9007199254740991.0;

} // namespace

ApiError invalidField(const QString &field, const QString &problem) {
    return ApiError(400, QStringLiteral("invalid_field"),
                    QStringLiteral("Field '%1' %2.").arg(field, problem));
}

ReportFields::ReportFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path)) {}

ReportFields ReportFields::parseBody(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw ApiError(400, QStringLiteral("invalid_body"),
                       QStringLiteral("The request body must be a JSON object."));
    return ReportFields(document.object());
}

QString ReportFields::path(const QString &name) const {
    return m_path.isEmpty() ? name : m_path + u'.' + name;
}

QJsonValue ReportFields::required(const QString &name) const {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        throw invalidField(path(name), QStringLiteral("is missing"));
    return value;
}

QString ReportFields::uuid(const QString &name) const {
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const QJsonValue value = required(name);
    if (!value.isString() || !pattern.match(value.toString()).hasMatch())
        throw invalidField(path(name), QStringLiteral("must be a UUID"));
    return value.toString().toLower();
}

QString ReportFields::text(const QString &name, qsizetype maximum, Presence presence,
                           Characters characters) const {
    const QJsonValue value = m_object.value(name);
    // Never a null QString: the database keeps "" for absent text (its columns are NOT NULL).
    if (value.isUndefined() && presence == Presence::Optional)
        return QStringLiteral("");
    if (!required(name).isString())
        throw invalidField(path(name), QStringLiteral("must be a string"));
    const QString text = value.toString();
    if (characterCount(text) > maximum)
        throw invalidField(path(name), QStringLiteral("must be at most %1 characters").arg(maximum));
    if (characters == Characters::OneLine ? hasControlCharacter(text) : text.contains(QChar(0)))
        throw invalidField(path(name), QStringLiteral("must not hold control characters"));
    return text.isNull() ? QStringLiteral("") : text;
}

QString ReportFields::timestamp(const QString &name) const {
    const QJsonValue value = required(name);
    const QString text = value.toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time zone is required: a local time would mean different instants on different devices.
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!value.isString() || !time.isValid() || !zone.match(text).hasMatch())
        throw invalidField(path(name),
                           QStringLiteral("must be an ISO 8601 time with a zone, e.g. 2026-12-02T10:00:00Z"));
    return time.toUTC().toString(Qt::ISODate);
}

qint64 ReportFields::integer(const QString &name, qint64 minimum, qint64 maximum,
                             std::optional<qint64> fallback) const {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() && fallback)
        return *fallback;
    const double number = required(name).toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) ||
        std::fabs(number) > LargestExactInteger || number < double(minimum) || number > double(maximum))
        throw invalidField(path(name),
                           QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
    return qint64(number);
}

double ReportFields::number(const QString &name) const {
    const QJsonValue value = required(name);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        throw invalidField(path(name), QStringLiteral("must be a number"));
    return value.toDouble();
}

ReportFields ReportFields::object(const QString &name) const {
    const QJsonValue value = required(name);
    if (!value.isObject())
        throw invalidField(path(name), QStringLiteral("must be an object"));
    return ReportFields(value.toObject(), path(name));
}

QJsonArray ReportFields::array(const QString &name, qsizetype maximum, Presence presence) const {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() && presence == Presence::Optional)
        return {};
    if (!required(name).isArray())
        throw invalidField(path(name), QStringLiteral("must be an array"));
    if (value.toArray().size() > maximum)
        throw invalidField(path(name), QStringLiteral("must hold at most %1 items").arg(maximum));
    return value.toArray();
}

QString redactTokens(const QString &text) {
    static const QRegularExpression run(QStringLiteral("[A-Za-z0-9._~+/=-]{24,}"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    QString result;
    qsizetype copied = 0;
    for (QRegularExpressionMatchIterator it = run.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString candidate = match.captured();
        if (!candidate.contains(letter) || !candidate.contains(digit))
            continue;
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += QStringLiteral("[redacted]");
        copied = match.capturedEnd();
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

} // namespace tpn::server
