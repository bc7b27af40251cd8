#pragma once

#include "apiclient.h"

#include <QPointer>
#include <QTimer>

class QNetworkReply;

// One request in flight: owns its reply and its timeout, enforces the response size cap, turns
// the outcome into an ApiResult, reports it once and deletes itself.
class ApiCall final : public QObject {
    Q_OBJECT
public:
    ApiCall(QNetworkReply *reply, QObject *context, ApiClient::Callback done,
            std::chrono::milliseconds timeout);

private:
    void abortWith(ApiError::Kind kind, const QString &code);
    void finish();
    ApiResult classify();

    QNetworkReply *m_reply;
    QPointer<QObject> m_context;
    ApiClient::Callback m_done;
    QTimer m_timer;
    ApiError m_abortReason;
};
