#pragma once

#include "envelope.h"
#include "reachability.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

Q_DECLARE_LOGGING_CATEGORY(lcNet)

// One call to the mobile API: what to send, and how long to wait for the answer.
struct ApiRequest {
    QByteArray method = "GET";
    QString path; // e.g. "/mobile-api/courses"
    QUrlQuery query;
    std::optional<QJsonObject> body; // sent as JSON
    QByteArray bearerToken;          // sent as Authorization: Bearer; never logged
    std::chrono::milliseconds timeout{15000};
};

// Calls the mobile API (/mobile-api/…) and hands back parsed envelopes. One instance per server,
// sharing the app's single QNetworkAccessManager. The call is virtual so tests can put a faulty
// server in front of a real repository; end-to-end tests use it as it is against the real server.
class ApiClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;
    static constexpr std::chrono::milliseconds kDefaultTimeout{15000};

    ApiClient(QNetworkAccessManager &network, const QUrl &baseUrl, const QSslConfiguration &tls,
              QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    Reachability &reachability() { return m_reachability; }

    // Sends the request to baseUrl + path?query. `done` runs exactly once, unless `context` is
    // destroyed first.
    void send(const ApiRequest &request, QObject *context, Callback done);
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done,
             std::chrono::milliseconds timeout = kDefaultTimeout) {
        send({"GET", path, query, std::nullopt, {}, timeout}, context, std::move(done));
    }

    // A raw GET of baseUrl + path (no envelope expected on success), for content files; the caller
    // owns the reply. `offset` > 0 asks for the bytes from there on (Range), so a download resumes.
    QNetworkReply *getRaw(const QString &path, qint64 offset = 0);

signals:
    // Every answer to send(), for timings: `route` is the method and path with its ids replaced by
    // {id} ("GET /mobile-api/courses/{id}"), status 0 when no HTTP answer came.
    void answered(const QString &route, int status, double elapsedMs);

protected:
    // The request on the wire; `done` as for send().
    virtual void transmit(const ApiRequest &request, QObject *context, Callback done);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    static QString route(const QByteArray &method, const QString &path);

    Reachability m_reachability;
    QNetworkAccessManager &m_network;
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
};
