#include "queryparameters.h"

#include "apierror.h"

#include <QStringDecoder>

#include <algorithm>

namespace tpn::server {

namespace {

QString decodeComponent(QByteArrayView encoded) {
    const QByteArray bytes = QByteArray::fromPercentEncoding(encoded.toByteArray());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    // A replacement character here means the raw request carried bytes that were not UTF-8 (QtHttpServer
    // decodes the request target before we see it), so it counts as invalid too.
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter)) {
        throw ApiError(400, QStringLiteral("invalid_encoding"),
                       QStringLiteral("The query string is not valid UTF-8 after percent-decoding."));
    }
    return text;
}

} // namespace

QueryParameters QueryParameters::parse(QByteArrayView rawQuery) {
    QueryParameters parameters;
    for (const QByteArray &pair : rawQuery.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView name = equals < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(equals);
        const QByteArrayView value = equals < 0 ? QByteArrayView() : QByteArrayView(pair).sliced(equals + 1);
        parameters.m_values.insert(decodeComponent(name), decodeComponent(value));
    }
    return parameters;
}

std::optional<QString> QueryParameters::value(const QString &name) const {
    const qsizetype count = m_values.count(name);
    if (count == 0)
        return std::nullopt;
    if (count > 1)
        throw ApiError::invalidParameter(name, QStringLiteral("given more than once"));
    return m_values.value(name);
}

int QueryParameters::integer(const QString &name, int fallback, int minimum, int maximum) const {
    const std::optional<QString> text = value(name);
    if (!text)
        return fallback;
    const auto outOfRange = [&] {
        return ApiError::invalidParameter(
            name, QStringLiteral("must be an integer from %1 to %2").arg(minimum).arg(maximum));
    };
    const bool digitsOnly =
        !text->isEmpty() && text->size() <= 10 &&
        std::all_of(text->cbegin(), text->cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    if (!digitsOnly)
        throw outOfRange();
    const qint64 number = text->toLongLong();
    if (number < minimum || number > maximum)
        throw outOfRange();
    return int(number);
}

} // namespace tpn::server
