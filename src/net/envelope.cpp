#include "envelope.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

ApiResult failure(ApiError::Kind kind, int status, const QString &code, const QString &detail) {
    ApiResult r;
    r.error = {kind, status, code, detail};
    return r;
}

ApiError::Kind kindForStatus(int status) {
    if (status == 404)
        return ApiError::Kind::NotFound;
    if (status >= 500)
        return ApiError::Kind::Server;
    return ApiError::Kind::Rejected;
}

bool isWholeNumber(const QJsonValue &v, int min) {
    return v.isDouble() && v.toDouble() == static_cast<double>(v.toInt(min - 1)) && v.toInt() >= min;
}

std::optional<Pagination> parsePagination(const QJsonValue &v) {
    const QJsonObject o = v.toObject();
    if (!v.isObject() || !isWholeNumber(o.value(u"page"), 1) || !isWholeNumber(o.value(u"limit"), 1) ||
        !isWholeNumber(o.value(u"total"), 0) || !o.value(u"hasMore").isBool())
        return std::nullopt;
    return Pagination{o.value(u"page").toInt(), o.value(u"limit").toInt(), o.value(u"total").toInt(),
                      o.value(u"hasMore").toBool()};
}

} // namespace

ApiResult parseEnvelope(QByteArrayView body, int httpStatus) {
    const bool httpOk = httpStatus >= 200 && httpStatus < 300;
    if (body.size() > kMaxResponseBytes)
        return failure(ApiError::Kind::TooLarge, httpStatus, QStringLiteral("response_too_large"),
                       QStringLiteral("%1 bytes").arg(body.size()));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // A proxy's HTML error page or a cut-off body: keep the HTTP meaning if there is one.
        const auto kind = httpOk ? ApiError::Kind::Malformed : kindForStatus(httpStatus);
        const QString detail =
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                : QStringLiteral("top level is not an object");
        return failure(kind, httpStatus, QStringLiteral("invalid_json"), detail);
    }

    const QJsonObject root = doc.object();
    const QJsonValue success = root.value(u"success");
    if (!success.isBool())
        return failure(ApiError::Kind::Malformed, httpStatus, QStringLiteral("invalid_envelope"),
                       QStringLiteral("'success' is missing or not a boolean"));

    if (!success.toBool()) {
        const QJsonObject error = root.value(u"error").toObject();
        const QJsonValue code = error.value(u"code");
        const QJsonValue message = error.value(u"message");
        if (!code.isString() || !message.isString() || httpOk)
            return failure(
                ApiError::Kind::Malformed, httpStatus, QStringLiteral("invalid_envelope"),
                QStringLiteral("failure without a well-formed error or with HTTP %1").arg(httpStatus));
        return failure(kindForStatus(httpStatus), httpStatus, code.toString().left(64),
                       message.toString().left(500));
    }

    if (!httpOk)
        return failure(ApiError::Kind::Malformed, httpStatus, QStringLiteral("invalid_envelope"),
                       QStringLiteral("success with HTTP %1").arg(httpStatus));
    if (!root.contains(u"data"))
        return failure(ApiError::Kind::Malformed, httpStatus, QStringLiteral("invalid_envelope"),
                       QStringLiteral("'data' is missing"));

    ApiResult result;
    result.envelope.data = root.value(u"data");
    if (root.contains(u"pagination")) {
        result.envelope.pagination = parsePagination(root.value(u"pagination"));
        if (!result.envelope.pagination)
            return failure(ApiError::Kind::Malformed, httpStatus, QStringLiteral("invalid_envelope"),
                           QStringLiteral("'pagination' is not {page, limit, total, hasMore}"));
    }
    const QJsonValue metadata = root.value(u"metadata");
    if (!metadata.isUndefined() && !metadata.isObject())
        return failure(ApiError::Kind::Malformed, httpStatus, QStringLiteral("invalid_envelope"),
                       QStringLiteral("'metadata' is not an object"));
    result.envelope.metadata = metadata.toObject();
    return result;
}
