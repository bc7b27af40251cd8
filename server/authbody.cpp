#include "authbody.h"

#include "apierror.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace tpn::server {

namespace {

ApiError invalidBody(const QString &message) {
    return ApiError(400, QStringLiteral("invalid_body"), message);
}

} // namespace

RequestBody RequestBody::parse(const QHttpServerRequest &request) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw invalidBody(QStringLiteral("The request body must be a JSON object."));
    return RequestBody(document.object());
}

QString RequestBody::string(const QString &name) const {
    if (!m_object.contains(name))
        throw invalidBody(QStringLiteral("Field '%1' is missing.").arg(name));
    return *optionalString(name);
}

std::optional<QString> RequestBody::optionalString(const QString &name) const {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        throw invalidBody(QStringLiteral("Field '%1' must be a string.").arg(name));
    return value.toString();
}

} // namespace tpn::server
