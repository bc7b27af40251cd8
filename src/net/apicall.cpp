#include "apicall.h"

#include <QNetworkReply>

ApiCall::ApiCall(QNetworkReply *reply, QObject *context, ApiClient::Callback done,
                 std::chrono::milliseconds timeout)
    : QObject(reply)
    , m_reply(reply)
    , m_context(context)
    , m_done(std::move(done)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { abortWith(ApiError::Kind::Timeout, QStringLiteral("timeout")); });
    m_timer.start(timeout);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > kMaxResponseBytes || total > kMaxResponseBytes)
            abortWith(ApiError::Kind::TooLarge, QStringLiteral("response_too_large"));
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::finish);
    // A context that goes away (a closed page) cancels its requests rather than leaving them to run.
    if (context)
        connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
}

void ApiCall::abortWith(ApiError::Kind kind, const QString &code) {
    if (m_abortReason.isError() || m_reply->isFinished())
        return;
    m_abortReason = {kind, 0, code, {}};
    m_reply->abort();
}

void ApiCall::finish() {
    m_timer.stop();
    const ApiResult result = classify();
    if (result.error.isError())
        qCInfo(lcNet) << "request failed:" << m_reply->url().path() << result.error.code
                      << result.error.detail;
    if (m_context && m_done)
        m_done(result);
    m_reply->deleteLater(); // takes this call with it
}

ApiResult ApiCall::classify() {
    ApiResult result;
    if (m_abortReason.isError()) {
        result.error = m_abortReason;
        return result;
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error == QNetworkReply::OperationCanceledError) {
        // Aborted by us (the asking page closed) or by the network stack: the body is gone.
        result.error = {m_context ? ApiError::Kind::Offline : ApiError::Kind::Cancelled, 0,
                        QStringLiteral("network"), m_reply->errorString()};
        return result;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        // No HTTP response at all: classify the transport failure.
        using E = QNetworkReply::NetworkError;
        ApiError::Kind kind = ApiError::Kind::Offline;
        if (error == E::SslHandshakeFailedError)
            kind = ApiError::Kind::Tls;
        else if (error == E::TimeoutError)
            kind = ApiError::Kind::Timeout;
        result.error = {kind, 0, QStringLiteral("network"), m_reply->errorString()};
        return result;
    }
    result = parseEnvelope(m_reply->readAll(), status);
    if (result.error.isError())
        result.error.retryAfterSeconds = m_reply->rawHeader("Retry-After").toInt();
    return result;
}
