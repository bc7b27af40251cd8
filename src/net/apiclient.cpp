#include "apiclient.h"

#include "apicall.h"

#include <QElapsedTimer>
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
    QElapsedTimer clock;
    clock.start();
    transmit(request, context,
             [self = QPointer(this), route = route(request.method, request.path), clock,
              done = std::move(done)](const ApiResult &result) {
                 if (self) {
                     self->m_reachability.observe(result.error);
                     const int status = result.ok() ? 200 : result.error.httpStatus;
                     emit self->answered(route, status, double(clock.nsecsElapsed()) / 1e6);
                 }
                 done(result);
             });
}

QString ApiClient::route(const QByteArray &method, const QString &path) {
    // The API's own words stay; anything else in a path (a course, lesson or record id, a content
    // hash) becomes {id}: a timing names the endpoint, never what the learner opened.
    static const QStringList words = {
        QStringLiteral("mobile-api"),     QStringLiteral("auth"),          QStringLiteral("login"),
        QStringLiteral("logout"),         QStringLiteral("refresh"),       QStringLiteral("register"),
        QStringLiteral("reset-password"), QStringLiteral("categories"),    QStringLiteral("content"),
        QStringLiteral("courses"),        QStringLiteral("lessons"),       QStringLiteral("manifest"),
        QStringLiteral("health"),         QStringLiteral("sync"),          QStringLiteral("pull"),
        QStringLiteral("push"),           QStringLiteral("user"),          QStringLiteral("export"),
        QStringLiteral("profile"),        QStringLiteral("crash-reports"), QStringLiteral("telemetry")};
    QStringList segments = path.split(u'/');
    for (QString &segment : segments)
        if (!segment.isEmpty() && !words.contains(segment))
            segment = QStringLiteral("{id}");
    return QString::fromLatin1(method) + u' ' + segments.join(u'/');
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
