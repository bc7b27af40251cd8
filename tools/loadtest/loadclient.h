#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

// One answered (or failed) request, as a learner and the statistics see it.
struct Answer {
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    int retryAfterSeconds = -1; // the Retry-After header; -1 when absent
    qint64 elapsedMicroseconds = 0;

    bool ok() const { return status >= 200 && status < 300; }
    // The server asked to come back later (429, or 503 with Retry-After): not an error, a wait.
    bool throttled() const { return status == 429 || (status == 503 && retryAfterSeconds >= 0); }
    QJsonObject json() const;
};

// The learners' HTTP: one QNetworkAccessManager per six learners, since a manager opens at most six
// connections to a host, so that each learner has a connection of its own as each phone would, and
// requests never queue in the harness. HTTP/1.1 with keep-alive, as the app talks to the server.
// Certificates are verified against the CA given (never ignored).
class LoadClient : public QObject {
    Q_OBJECT

public:
    LoadClient(const QUrl &server, const QSslConfiguration &tls, int learners, QObject *parent = nullptr);
    ~LoadClient() override;

    // token: the bearer token, or empty. done is called once, on this thread.
    void send(int learner, const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
              const QString &token, std::function<void(const Answer &)> done);

private:
    QUrl m_server;
    QSslConfiguration m_tls;
    QList<QNetworkAccessManager *> m_networks;
};

// The TLS configuration that trusts caCertFile besides the system's CAs; nullopt when it holds none.
std::optional<QSslConfiguration> tlsTrusting(const QString &caCertFile);
