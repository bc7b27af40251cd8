#include "apiclient.h"

#include "apicall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcNet, "tpn.net")

ApiClient::ApiClient(QNetworkAccessManager &network, const QUrl &baseUrl, const QSslConfiguration &tls,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_tls(tls) {}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done,
                    std::chrono::milliseconds timeout) {
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // Never serve an API answer from a cache we do not control: the SQLite cache is the cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    qCDebug(lcNet) << "GET" << url.path();
    new ApiCall(m_network.get(request), context, std::move(done), timeout);
}
