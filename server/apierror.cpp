#include "apierror.h"

namespace tpn::server {

ApiError::ApiError(int status, QString code, QString message)
    : m_status(status)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_what((m_code + QStringLiteral(": ") + m_message).toUtf8()) {}

ApiError ApiError::invalidParameter(const QString &name, const QString &problem) {
    return ApiError(400, QStringLiteral("invalid_parameter"),
                    QStringLiteral("Parameter '%1': %2.").arg(name, problem));
}

ApiError ApiError::notFound(const QString &what) {
    return ApiError(404, QStringLiteral("not_found"), QStringLiteral("%1 was not found.").arg(what));
}

} // namespace tpn::server
