#pragma once

#include "faultplan.h"
#include "router.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QFuture>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>
#include <optional>

namespace tpn::server {

class ApiError;
class ConnectionGuard;

// One answered request, as metrics see it. route: the matched pattern ("/mobile-api/courses/{id}"),
// never the path itself (ids and searches would make every request its own series); "unmatched" else.
struct AnsweredRequest {
    QByteArray method;
    QString route;
    int status = 0;
    qint64 elapsedMicroseconds = 0;
};
using RequestObserver = std::function<void(const AnsweredRequest &)>;

// Request bodies above this are refused with 413 payload_too_large.
inline constexpr qsizetype MaximumBodySize = 1024 * 1024;
// Request targets (path and query) above this are refused with 414 uri_too_long.
inline constexpr qsizetype MaximumTargetSize = 8 * 1024;

// The HTTP front of the API. It subclasses QAbstractHttpServer rather than using QHttpServer so that every
// response — unknown paths, wrong methods, oversized requests included — is the JSON envelope, compressed
// and validated the same way (QHttpServer 6.4 answers a wrong method with a bare 404). Every answer leaves
// through write(), which adds the security headers.
class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT

public:
    // faults: decides the faults injected into the requests of fault-injection routes; null for none.
    explicit ApiServer(Router router, FaultPlan *faults = nullptr, QObject *parent = nullptr);

    // Called on the server's thread once per answered request (faults included), after the access log.
    void setObserver(RequestObserver observer) { m_observer = std::move(observer); }

    // The largest body any route of this path (percent-encoded, without the query) takes, for refusing a
    // larger one before it is received (ConnectionLimits::maximumBody).
    qsizetype maximumBodySize(const QByteArray &path) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Reply {
        int status = 200;
        QByteArray body;
        Headers headers;
        // A GET or HEAD answer caches may keep (and revalidate); anything else is sent with no-store.
        bool cacheable = false;
        // A raw route's answer: its headers are its own, and it is gzipped only if compressible.
        bool raw = false;
        bool compressible = true;
        // Not empty: the body is this file's content, streamed after the headers, then deleted.
        QString bodyFile = {};
    };

    // match: the request's route, matched once per request by handleRequest().
    Reply answer(const QHttpServerRequest &request, const Router::Match &match) const;
    // The answer of an asynchronous route, once its work is done; nullopt for every other request.
    std::optional<QFuture<Reply>> answerLater(const QHttpServerRequest &request, const Router::Match &match);
    Reply dispatch(const QHttpServerRequest &request, const Router::Match &match) const;
    // work's reply, or the error reply for what it threw. path: for the log.
    static Reply guarded(const QString &path, const std::function<Reply()> &work);
    static Reply errorReply(const ApiError &error);
    static Reply encode(const QHttpServerRequest &request, Reply reply);
    static Reply encode(const QByteArray &ifNoneMatch, const QByteArray &acceptEncoding, Reply reply);
    // Where an answer goes: the socket, and its turn among the connection's answers.
    struct Outgoing {
        QTcpSocket *socket = nullptr;
        ConnectionGuard *guard = nullptr; // null for a socket that did not come through a Listener
        quint64 turn = 0;
        bool isHead = false;
        std::shared_ptr<QHttpServerResponder> responder;
    };
    Outgoing outgoing(const QHttpServerRequest &request, QTcpSocket *socket);
    static void send(const Outgoing &out, const Reply &reply);
    static void deliver(const Outgoing &out, std::function<void()> write);
    // https: the answer goes over TLS, and carries Strict-Transport-Security. closing: the connection
    // closes after it.
    static void write(QHttpServerResponder &responder, const Reply &reply, bool isHead, bool https,
                      bool closing);
    static qint64 bodySize(const Reply &reply); // the bytes of body or bodyFile

    Fault faultFor(const Router::Match &match);
    // Returns what the access log shows as the status.
    QByteArray injectFault(const QHttpServerRequest &request, const Router::Match &match, const Outgoing &out,
                           const Fault &fault);

    Router m_router;
    FaultPlan *m_faults;
    RequestObserver m_observer;
};

} // namespace tpn::server
