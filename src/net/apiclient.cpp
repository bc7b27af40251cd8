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
    transmit(request, context,
             [reachability = QPointer(&m_reachability), done = std::move(done)](const ApiResult &result) {
                 if (reachability)
                     reachability->observe(result.error);
                 done(result);
             });
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const {
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // Never serve an API answer from a cache we do not control: the SQLite cache is the cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

QNetworkReply *ApiClient::getRaw(const QString &path, qint64 offset) {
    QNetworkRequest raw = request(path, {});
    // The file's own bytes, never gzip: a part then resumes byte for byte, progress is true, and
    // the data budget counts what the learner pays for. (Pictures, most of a course, do not shrink.)
    raw.setRawHeader("Accept-Encoding", "identity");
    if (offset > 0)
        raw.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
    qCDebug(lcNet) << "GET" << path << "from" << offset;
    return m_network.get(raw);
}

void ApiClient::transmit(const ApiRequest &apiRequest, QObject *context, Callback done) {
    QNetworkRequest request = this->request(apiRequest.path, apiRequest.query);
    const QUrl url = request.url();
    request.setRawHeader("Accept", "application/json");
    if (!apiRequest.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiRequest.bearerToken);

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
