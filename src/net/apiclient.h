#pragma once

#include "envelope.h"

#include <QLoggingCategory>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcNet)

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

    // GETs baseUrl + path?query. `done` runs exactly once, unless `context` is destroyed first.
    virtual void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done,
                     std::chrono::milliseconds timeout = kDefaultTimeout);

private:
    QNetworkAccessManager &m_network;
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
};
