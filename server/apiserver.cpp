#include "apiserver.h"

#include "apierror.h"
#include "autherror.h"
#include "connectionguard.h"
#include "httpencoding.h"
#include "serverlog.h"
#include "streamedbody.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <memory>
#include <stdexcept>

namespace tpn::server {

namespace {

using Method = QHttpServerRequest::Method;

constexpr qsizetype MaximumLoggedPath = 200;

bool isHttps(const QTcpSocket *socket) {
    const auto *tls = qobject_cast<const QSslSocket *>(socket);
    return tls && tls->isEncrypted();
}

QByteArray methodName(Method method) {
    const char *name = QMetaEnum::fromType<Method>().valueToKey(int(method));
    return name ? QByteArray(name).toUpper() : QByteArrayLiteral("UNKNOWN");
}

// maximumBody: the matched route's limit, or 0 for the server's.
void checkLimits(const QHttpServerRequest &request, qsizetype maximumBody) {
    const qsizetype limit = maximumBody > 0 ? maximumBody : MaximumBodySize;
    if (request.body().size() > limit) {
        throw ApiError(413, QStringLiteral("payload_too_large"),
                       QStringLiteral("The request body is larger than %1 bytes.").arg(limit));
    }
    const QUrl url = request.url();
    if (url.path(QUrl::FullyEncoded).size() + url.query(QUrl::FullyEncoded).size() > MaximumTargetSize) {
        throw ApiError(
            414, QStringLiteral("uri_too_long"),
            QStringLiteral("The request path and query are longer than %1 bytes.").arg(MaximumTargetSize));
    }
}

} // namespace

qint64 ApiServer::bodySize(const Reply &reply) {
    return reply.bodyFile.isEmpty() ? reply.body.size() : QFileInfo(reply.bodyFile).size();
}

ApiServer::ApiServer(Router router, FaultPlan *faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(std::move(router))
    , m_faults(faults) {}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    QElapsedTimer timer;
    timer.start();
    // The path only, and not all of a huge one: query strings can hold what a learner searched for,
    // which a log should not keep. The line: method, path, status, body bytes sent, milliseconds.
    const Router::Match match = m_router.match(request.method(), pathSegments(request.url()));
    const auto log = [timer, method = methodName(request.method()),
                      path = request.url().path(QUrl::FullyEncoded).left(MaximumLoggedPath),
                      route = match.pattern.isEmpty() ? QStringLiteral("unmatched") : match.pattern,
                      observer = m_observer](const QByteArray &status, qsizetype bodyBytes) {
        qCInfo(lcAccess).noquote() << method << path << status << bodyBytes << "bytes" << timer.elapsed()
                                   << "ms";
        if (observer)
            observer({method, route, status.left(3).toInt(), timer.nsecsElapsed() / 1000});
    };
    // Answers leave in the order their requests came (the guard holds back one computed early).
    const Outgoing out = outgoing(request, socket);
    if (const Fault fault = faultFor(match); fault.kind != FaultKind::None) {
        log(injectFault(request, match, out, fault), 0);
    } else if (std::optional<QFuture<Reply>> later = answerLater(request, match)) {
        // The socket as context drops the answer if the client has gone (and its guard with it).
        later->then(socket, [log, out, ifNoneMatch = request.value("If-None-Match"),
                             acceptEncoding = request.value("Accept-Encoding")](Reply reply) {
            reply = encode(ifNoneMatch, acceptEncoding, std::move(reply));
            log(QByteArray::number(reply.status), out.isHead ? 0 : bodySize(reply));
            send(out, reply);
        });
    } else {
        const Reply reply = encode(request, answer(request, match));
        // Logged before the answer is handed to the socket, so a client that has it finds it logged.
        log(QByteArray::number(reply.status), request.method() == Method::Head ? 0 : reply.body.size());
        send(out, reply);
    }
    return true;
}

qsizetype ApiServer::maximumBodySize(const QByteArray &path) const {
    const qsizetype routes = m_router.maximumBodySize(pathSegments(QUrl::fromEncoded(path)));
    return routes > 0 ? routes : MaximumBodySize;
}

Fault ApiServer::faultFor(const Router::Match &match) {
    if (!m_faults || !m_faults->isActive())
        return {};
    return match.found() && match.options.faultInjection ? m_faults->next() : Fault{};
}

QByteArray ApiServer::injectFault(const QHttpServerRequest &request, const Router::Match &match,
                                  const Outgoing &out, const Fault &fault) {
    qCWarning(lcServer).noquote() << "injected fault:" << faultName(fault.kind);
    // Aborted in its turn, from the event loop, once QAbstractHttpServer is done with the request and socket.
    const auto abortLater = [out] {
        deliver(out, [socket = out.socket] {
            QMetaObject::invokeMethod(
                socket, [socket] { socket->abort(); }, Qt::QueuedConnection);
        });
    };
    switch (fault.kind) {
    case FaultKind::None:
        break;
    case FaultKind::DropBeforeProcessing:
        abortLater();
        return QByteArrayLiteral("dropped");
    case FaultKind::DropAfterCommit:
        answer(request, match); // processed and committed; the answer is lost on the way
        abortLater();
        return QByteArrayLiteral("dropped-after-commit");
    case FaultKind::InternalError:
        send(out, encode(request,
                         errorReply(ApiError(500, QStringLiteral("internal"),
                                             QStringLiteral("The server failed to answer this request.")))));
        return QByteArrayLiteral("500");
    case FaultKind::RateLimited: {
        Reply reply = errorReply(ApiError(429, QStringLiteral("rate_limited"),
                                          QStringLiteral("Too many requests; try again in 1 second.")));
        reply.headers.emplaceBack("Retry-After", "1");
        send(out, encode(request, reply));
        return QByteArrayLiteral("429");
    }
    case FaultKind::Delay: {
        // With the socket as context the answer is dropped if the client disconnects meanwhile; a
        // pipelined request's answer waits for this one (ConnectionGuard).
        const Reply reply = encode(request, answer(request, match));
        QTimer::singleShot(fault.delayMs, out.socket, [out, reply] { send(out, reply); });
        return QByteArray::number(reply.status) + " (delayed " + QByteArray::number(fault.delayMs) + " ms)";
    }
    }
    return {};
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // handleRequest() answers every request, so this only runs if that contract is ever broken.
    qCWarning(lcServer) << "no handler answered" << request.url().path();
    send(outgoing(request, socket),
         encode(request, errorReply(ApiError::notFound(QStringLiteral("This path")))));
}

ApiServer::Reply ApiServer::answer(const QHttpServerRequest &request, const Router::Match &match) const {
    return guarded(request.url().path(), [&] {
        checkLimits(request, match.found() ? match.options.maximumBodySize : 0);
        return dispatch(request, match);
    });
}

std::optional<QFuture<ApiServer::Reply>> ApiServer::answerLater(const QHttpServerRequest &request,
                                                                const Router::Match &match) {
    if (!match.asyncHandler)
        return std::nullopt;
    const QString path = request.url().path();
    std::optional<QFuture<ApiResult>> pending;
    const Reply refused = guarded(path, [&] {
        checkLimits(request, match.options.maximumBodySize);
        pending = (*match.asyncHandler)(
            {request, match.pathParameters,
             QueryParameters::parse(request.url().query(QUrl::FullyEncoded).toLatin1())});
        return Reply{};
    });
    if (!pending)
        return QtFuture::makeReadyFuture(refused);
    return pending->then(this, [path, status = match.options.successStatus](QFuture<ApiResult> done) {
        return guarded(path, [&] {
            const ApiResult result = done.result(); // rethrows what the work threw
            if (!result.bodyFile.isEmpty()) {
                Reply reply{result.status ? result.status : status, {}, {}, false};
                reply.bodyFile = result.bodyFile;
                if (result.bodyFileGzipped)
                    reply.headers.emplaceBack("Content-Encoding", "gzip");
                return reply;
            }
            return Reply{result.status ? result.status : status, successBody(result), {}, false};
        });
    });
}

ApiServer::Reply ApiServer::guarded(const QString &path, const std::function<Reply()> &work) {
    try {
        return work();
    } catch (const AuthError &error) {
        Reply reply = errorReply(error);
        reply.headers += error.headers();
        return reply;
    } catch (const ApiError &error) {
        return errorReply(error);
    } catch (const std::exception &exception) {
        qCCritical(lcServer) << "failed to answer" << path << exception.what();
        return errorReply(ApiError(500, QStringLiteral("internal"),
                                   QStringLiteral("The server failed to answer this request.")));
    }
}

ApiServer::Reply ApiServer::dispatch(const QHttpServerRequest &request, const Router::Match &match) const {
    if (!match.allowedMethods) {
        throw ApiError::notFound(QStringLiteral("The path '%1'").arg(request.url().path()));
    }
    if (!match.found()) {
        // Not naming the request's method: QtHttpServer reports methods it does not know as Unknown.
        const QByteArray allowed = allowHeader(match.allowedMethods);
        Reply reply = errorReply(
            ApiError(405, QStringLiteral("method_not_allowed"),
                     QStringLiteral("This path accepts only %1.").arg(QLatin1StringView(allowed))));
        reply.headers.emplaceBack("Allow", allowed);
        return reply;
    }
    const ApiRequest apiRequest{request, match.pathParameters,
                                QueryParameters::parse(request.url().query(QUrl::FullyEncoded).toLatin1())};
    if (match.asyncHandler) // answerLater()'s; only a fault could bring one here
        throw std::logic_error("an asynchronous route cannot be answered at once");
    if (match.rawHandler) {
        RawReply raw = (*match.rawHandler)(apiRequest);
        return {raw.status, std::move(raw.body), std::move(raw.headers), false, true, raw.compressible};
    }
    const bool cacheable =
        (request.method() == Method::Get || request.method() == Method::Head) && !match.options.personal;
    const ApiResult result = (*match.handler)(apiRequest);
    return {result.status ? result.status : match.options.successStatus, successBody(result), {}, cacheable};
}

ApiServer::Reply ApiServer::errorReply(const ApiError &error) {
    return {error.status(), errorBody(error), {{"Cache-Control", "no-store"}}};
}

ApiServer::Reply ApiServer::encode(const QHttpServerRequest &request, Reply reply) {
    return encode(request.value("If-None-Match"), request.value("Accept-Encoding"), std::move(reply));
}

ApiServer::Reply ApiServer::encode(const QByteArray &ifNoneMatch, const QByteArray &acceptEncoding,
                                   Reply reply) {
    if (!reply.raw)
        reply.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    reply.headers.emplaceBack("Vary", "Accept-Encoding");
    if (reply.raw) {
        // The route set its own Content-Type, validators and Cache-Control.
    } else if (reply.status == 200 && reply.cacheable) {
        const QByteArray etag = weakEtag(reply.body);
        reply.headers.emplaceBack("ETag", etag);
        reply.headers.emplaceBack("Cache-Control", "no-cache");
        if (ifNoneMatchMatches(ifNoneMatch, etag)) {
            reply.status = 304;
            reply.body.clear();
            return reply;
        }
    } else if (reply.status < 400) {
        // Tokens and personal data: RFC 6749 §5.1 asks this of token answers, and it suits the rest.
        reply.headers.emplaceBack("Cache-Control", "no-store");
    }
    if (reply.compressible && reply.body.size() > GzipThreshold && acceptsGzip(acceptEncoding)) {
        if (std::optional<QByteArray> compressed = gzipCompress(reply.body)) {
            reply.body = std::move(*compressed);
            reply.headers.emplaceBack("Content-Encoding", "gzip");
        } else {
            qCWarning(lcServer) << "gzip failed; sending the body uncompressed";
        }
    }
    return reply;
}

ApiServer::Outgoing ApiServer::outgoing(const QHttpServerRequest &request, QTcpSocket *socket) {
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    // The responder is made now: by the time a later answer's turn comes, QAbstractHttpServer may have
    // replaced this request with the connection's next one.
    return {socket, guard, guard ? guard->takeTurn() : 0, request.method() == Method::Head,
            std::make_shared<QHttpServerResponder>(makeResponder(request, socket))};
}

void ApiServer::send(const Outgoing &out, const Reply &reply) {
    deliver(out, [out, reply] {
        write(*out.responder, reply, out.isHead, isHttps(out.socket),
              out.guard && out.guard->closesAfter(out.turn));
        // The body file follows as the client reads it; until it has, the connection's next answer (or
        // its closing) waits.
        if (!reply.bodyFile.isEmpty()) {
            if (out.guard)
                out.guard->holdTurn();
            StreamedBody::start(out.responder, reply.bodyFile, out.isHead, [guard = QPointer(out.guard)] {
                if (guard)
                    guard->releaseTurn();
            });
        }
    });
}

void ApiServer::deliver(const Outgoing &out, std::function<void()> write) {
    if (out.guard)
        out.guard->deliver(out.turn, std::move(write));
    else
        write();
}

void ApiServer::write(QHttpServerResponder &responder, const Reply &reply, bool isHead, bool https,
                      bool closing) {
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    if (closing)
        responder.writeHeader("Connection", "close");
    // Browsers (an admin page, a link opened by mistake) keep to HTTPS for a year and take JSON and
    // content as the type they are sent with. HSTS over plain HTTP means nothing, so it is not sent there.
    if (https)
        responder.writeHeader("Strict-Transport-Security", "max-age=31536000");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    if (reply.status != 304)
        responder.writeHeader("Content-Length", QByteArray::number(bodySize(reply)));
    // A HEAD reply announces the GET body's length but carries none; a body file follows in chunks.
    responder.writeBody(isHead || !reply.bodyFile.isEmpty() ? QByteArray() : reply.body);
}

} // namespace tpn::server
