#include "envelope.h"

#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tpn::server {

namespace {

QJsonObject metadata(const QString &language, QJsonObject extra = {}) {
    extra.insert(QStringLiteral("apiVersion"), ApiVersion);
    extra.insert(QStringLiteral("language"), language.isEmpty() ? QJsonValue() : QJsonValue(language));
    return extra;
}

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray successBody(const ApiResult &result) {
    QJsonObject envelope{{QStringLiteral("success"), true},
                         {QStringLiteral("data"), result.data},
                         {QStringLiteral("metadata"), metadata(result.language, result.metadata)}};
    if (result.pagination) {
        const Pagination &p = *result.pagination;
        envelope.insert(QStringLiteral("pagination"), QJsonObject{{QStringLiteral("page"), p.page},
                                                                  {QStringLiteral("limit"), p.limit},
                                                                  {QStringLiteral("total"), p.total},
                                                                  {QStringLiteral("hasMore"), p.hasMore}});
    }
    return compact(envelope);
}

QByteArray errorBody(const ApiError &error) {
    return compact({{QStringLiteral("success"), false},
                    {QStringLiteral("data"), QJsonValue()},
                    {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code()},
                                                          {QStringLiteral("message"), error.message()}}},
                    {QStringLiteral("metadata"), metadata({})}});
}

} // namespace tpn::server
