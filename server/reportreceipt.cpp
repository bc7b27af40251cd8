#include "reportreceipt.h"

#include "autherror.h"
#include "ratelimit.h"

#include <QDateTime>
#include <QJsonObject>

namespace tpn::server {

ApiResult reportReceipt(const QString &id, bool duplicate) {
    ApiResult result{
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("duplicate"), duplicate}}, std::nullopt, {}};
    result.status = duplicate ? 200 : 201;
    return result;
}

void admitDevice(RequestRateLimiter &limiter, const QString &device, const QString &what) {
    if (const qint64 wait = limiter.admit(device, QDateTime::currentMSecsSinceEpoch()); wait > 0)
        throw AuthError::rateLimited(wait, what);
}

} // namespace tpn::server
