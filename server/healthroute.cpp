#include "healthroute.h"

#include "router.h"

#include <QJsonObject>

namespace tpn::server {

void addHealthRoute(Router &router, const QString &version, const QJsonObject &metadata) {
    router.addRoute(QHttpServerRequest::Method::Get, QStringLiteral("/mobile-api/health"),
                    [version, metadata](const ApiRequest &) {
                        return ApiResult{QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                     {QStringLiteral("version"), version}},
                                         std::nullopt,
                                         {},
                                         metadata};
                    });
}

} // namespace tpn::server
