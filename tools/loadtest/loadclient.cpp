#include "loadclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace {

constexpr int LearnersPerManager = 6;
constexpr int TransferTimeoutMs = 60000;

} // namespace

QJsonObject Answer::json() const {
    return QJsonDocument::fromJson(body).object();
}

LoadClient::LoadClient(const QUrl &server, const QSslConfiguration &tls, int learners, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_tls(tls) {
    const int managers = (learners + LearnersPerManager - 1) / LearnersPerManager;
    for (int i = 0; i < managers; ++i)
        m_networks.append(new QNetworkAccessManager(this));
}

LoadClient::~LoadClient() = default;

void LoadClient::send(int learner, const QByteArray &verb, const QString &pathAndQuery,
                      const QByteArray &body, const QString &token,
                      std::function<void(const Answer &)> done) {
    QNetworkRequest request(m_server.resolved(QUrl(pathAndQuery)));
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(TransferTimeoutMs);
    if (!body.isEmpty() || verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply =
        m_networks.at(learner / LearnersPerManager)->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, timer, done = std::move(done)] {
        Answer answer;
        answer.elapsedMicroseconds = timer->nsecsElapsed() / 1000;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
        answer.retryAfterSeconds = ok ? retryAfter : -1;
        reply->deleteLater();
        done(answer);
    });
}

std::optional<QSslConfiguration> tlsTrusting(const QString &caCertFile) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (caCertFile.isEmpty())
        return tls;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caCertFile);
    if (certificates.isEmpty())
        return std::nullopt;
    tls.addCaCertificates(certificates);
    return tls;
}
