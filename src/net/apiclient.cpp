#include "apiclient.h"

#include "apicall.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

Q_LOGGING_CATEGORY(lcNet, "tpn.net")

ApiClient::ApiClient(QNetworkAccessManager &network, const QUrl &baseUrl, const QSslConfiguration &tls,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_tls(tls) {}

void ApiClient::send(const ApiRequest &request, QObject *context, Callback done) {
    transmit(request, context, [reachability = QPointer(&m_reachability), done = std::move(done)](
                                   const ApiResult &result) {
        if (reachability)
            reachability->observe(result.error);
        done(result);
    });
}

void ApiClient::transmit(const ApiRequest &apiRequest, QObject *context, Callback done) {
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + apiRequest.path);
    url.setQuery(apiRequest.query);

    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Accept", "application/json");
    if (!apiRequest.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiRequest.bearerToken);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // Never serve an API answer from a cache we do not control: the SQLite cache is the cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QByteArray body;
    if (apiRequest.body) {
        body = QJsonDocument(*apiRequest.body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    // The path only: queries may hold search text, and headers hold tokens.
    qCDebug(lcNet) << apiRequest.method << url.path();
    QNetworkReply *reply = apiRequest.body || apiRequest.method != "GET"
                               ? m_network.sendCustomRequest(request, apiRequest.method, body)
                               : m_network.get(request);
    new ApiCall(reply, context, std::move(done), apiRequest.timeout);
}
