#include "connectionguard.h"

#include "apierror.h"
#include "envelope.h"
#include "serverlog.h"

#include <QSslSocket>

namespace tpn::server {

namespace {

constexpr char HeadEnd[] = "\r\n\r\n";
// A request the server works on longer than this has gone wrong; the connection is cut rather than kept.
constexpr int ProcessingTimeoutMs = 10 * 60 * 1000;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

struct Head {
    QByteArray method;
    QByteArray path;
    bool http10 = false;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    bool chunked = false;
    std::optional<qsizetype> contentLength; // nullopt: none given
    bool valid = true;
};

Head parseHead(const QByteArray &head) {
    Head result;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        result.valid = false;
        return result;
    }
    result.method = requestLine[0];
    const qsizetype query = requestLine[1].indexOf('?');
    result.path = query < 0 ? requestLine[1] : requestLine[1].first(query);
    result.http10 = requestLine[2] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            // Two different lengths would let this framing and QtHttpServer's disagree: refused.
            if (!ok || length < 0 || (result.contentLength && *result.contentLength != length))
                result.valid = false;
            else
                result.contentLength = qsizetype(length);
        } else if (name == "transfer-encoding") {
            result.chunked = true;
        } else if (name == "connection") {
            for (const QByteArray &token : value.toLower().split(',')) {
                result.connectionClose |= token.trimmed() == "close";
                result.connectionKeepAlive |= token.trimmed() == "keep-alive";
            }
        }
    }
    return result;
}

} // namespace

bool BodyBudget::reserve(qsizetype bytes) {
    if (m_reserved + bytes > m_capacity)
        return false;
    m_reserved += bytes;
    return true;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, BodyBudget &budget)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_budget(budget) {
    setObjectName(QStringLiteral("tpn-connection-guard"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::readIncoming);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::rearm);
    rearm();
}

ConnectionGuard::~ConnectionGuard() {
    m_budget.release(m_bodyBudget);
    for (const Received &received : m_received)
        m_budget.release(received.budgeted);
}

ConnectionGuard *ConnectionGuard::of(const QTcpSocket *socket) {
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("tpn-connection-guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::readIncoming() {
    if (m_phase == Phase::Refused) {
        // The refusal is on its way; what the client still sends is not kept, not even in the read
        // transaction QtHttpServer has open for the refused request.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    // QtHttpServer reads everything available in its own slot, after this one, inside a read
    // transaction: peeking from the transaction's position gives exactly the bytes not seen yet.
    scan(m_socket->peek(m_socket->bytesAvailable()));
    rearm();
}

void ConnectionGuard::scan(const QByteArray &bytes) {
    qsizetype at = 0;
    while (at < bytes.size() && m_phase != Phase::Refused) {
        if (m_phase == Phase::Head) {
            if (m_head.isEmpty())
                m_requestClock.start();
            // Look for the end of the head across the boundary with what came before.
            const qsizetype kept = m_head.size();
            m_head += bytes.mid(at, m_limits.maximumHeaderBytes + 4 - kept);
            const qsizetype end = m_head.indexOf(HeadEnd, qMax<qsizetype>(0, kept - 3));
            const qsizetype lineEnd = m_head.indexOf('\n');
            if (lineEnd > m_limits.maximumTargetBytes + 32 ||
                (lineEnd < 0 && m_head.size() > m_limits.maximumTargetBytes + 32)) {
                refuse(414, QStringLiteral("uri_too_long"),
                       QStringLiteral("The request path and query are longer than %1 bytes.")
                           .arg(m_limits.maximumTargetBytes));
                continue;
            }
            if (end < 0) {
                if (m_head.size() > m_limits.maximumHeaderBytes) {
                    refuse(431, QStringLiteral("headers_too_large"),
                           QStringLiteral("The request line and headers are larger than %1 bytes.")
                               .arg(m_limits.maximumHeaderBytes));
                }
                at = bytes.size();
                continue;
            }
            at += end + 4 - kept;
            m_head.truncate(end + 4);
            headComplete();
        } else {
            const qsizetype taken = qMin(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= taken;
            at += taken;
            if (m_bodyLeft == 0)
                bodyComplete();
        }
    }
}

void ConnectionGuard::headComplete() {
    if (m_head.size() > m_limits.maximumHeaderBytes) {
        refuse(431, QStringLiteral("headers_too_large"),
               QStringLiteral("The request line and headers are larger than %1 bytes.")
                   .arg(m_limits.maximumHeaderBytes));
        return;
    }
    const Head head = parseHead(m_head);
    m_head.clear();
    m_method = head.method;
    if (!head.valid) {
        refuse(400, QStringLiteral("bad_request"), QStringLiteral("The request could not be read."));
        return;
    }
    if (head.chunked) {
        refuse(411, QStringLiteral("length_required"),
               QStringLiteral("Send the request body with a Content-Length, not in chunks."));
        return;
    }
    const qsizetype length = head.contentLength.value_or(0);
    const qsizetype maximum = m_limits.maximumBody ? m_limits.maximumBody(head.method, head.path) : 0;
    if (length > maximum) {
        refuse(413, QStringLiteral("payload_too_large"),
               QStringLiteral("The request body is larger than %1 bytes.").arg(maximum));
        return;
    }
    if (!m_budget.reserve(length)) {
        refuse(503, QStringLiteral("busy"),
               QStringLiteral("The server is busy; try again in a few seconds."));
        return;
    }
    m_bodyBudget = length;
    m_closeAfter = head.connectionClose || (head.http10 && !head.connectionKeepAlive) || m_draining;
    m_bodyLeft = length;
    m_phase = Phase::Body;
    if (m_bodyLeft == 0)
        bodyComplete();
}

void ConnectionGuard::bodyComplete() {
    m_received.push_back({m_closeAfter, false, m_bodyBudget});
    m_method.clear();
    m_bodyBudget = 0;
    m_phase = m_closeAfter ? Phase::Refused : Phase::Head; // nothing after a closing request is read
}

void ConnectionGuard::refuse(int status, const QString &code, const QString &message) {
    qCInfo(lcServer).noquote() << "connection from" << m_socket->peerAddress().toString()
                               << "refused:" << status << code;
    if (m_limits.refused)
        m_limits.refused(m_method, status);
    m_budget.release(m_bodyBudget);
    m_bodyBudget = 0;
    m_phase = Phase::Refused;
    m_received.push_back({true, true, 0});
    const quint64 turn = m_nextToWrite + m_received.size() - 1;
    const QByteArray body = errorBody(ApiError(status, code, message));
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    answer += "Content-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\n"
              "X-Content-Type-Options: nosniff\r\nConnection: close\r\n";
    if (status == 503)
        answer += "Retry-After: 5\r\n";
    if (qobject_cast<QSslSocket *>(m_socket)) // as ApiServer::write() does
        answer += "Strict-Transport-Security: max-age=31536000\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    deliver(turn, [socket = m_socket, answer] { socket->write(answer); });
}

void ConnectionGuard::deliver(quint64 turn, std::function<void()> write) {
    if (turn < m_nextToWrite || m_closing)
        return;
    m_ready.emplace(turn, std::move(write));
    writeNext();
}

bool ConnectionGuard::closesAfter(quint64 turn) const {
    if (turn < m_nextToWrite || turn - m_nextToWrite >= m_received.size())
        return m_draining;
    return m_received[turn - m_nextToWrite].closeAfter || m_draining;
}

void ConnectionGuard::writeNext() {
    while (!m_held && !m_ready.empty() && m_ready.begin()->first == m_nextToWrite && !m_received.empty()) {
        const std::function<void()> write = std::move(m_ready.begin()->second);
        m_ready.erase(m_ready.begin());
        write(); // before the turn moves on: closesAfter() still knows this one
        const Received done = m_received.front();
        m_received.pop_front();
        ++m_nextToWrite;
        m_budget.release(done.budgeted);
        if (m_held) {
            m_heldAnswer = done;
            return;
        }
        if (closeAfterAnswer(done))
            return;
    }
    rearm();
    if (isQuiet())
        emit quiet();
}

void ConnectionGuard::releaseTurn() {
    if (!m_held)
        return;
    m_held = false;
    if (!closeAfterAnswer(m_heldAnswer))
        writeNext();
}

bool ConnectionGuard::closeAfterAnswer(const Received &done) {
    if (!done.closeAfter && !(m_draining && m_received.empty()))
        return false;
    m_closing = true;
    m_ready.clear();
    // disconnectFromHost() sends what is queued first; a client that stops reading is cut.
    const auto close = [socket = m_socket, linger = m_limits.refusalLingerMs] {
        socket->disconnectFromHost();
        QTimer::singleShot(linger, socket, [socket] { socket->abort(); });
    };
    if (done.refused)
        QTimer::singleShot(m_limits.refusalLingerMs, m_socket, close);
    else
        close();
    return true;
}

void ConnectionGuard::drain() {
    m_draining = true;
    closeWhenQuiet();
}

bool ConnectionGuard::isQuiet() const {
    return m_received.empty() && !m_held && m_head.isEmpty() && m_phase != Phase::Body;
}

void ConnectionGuard::closeWhenQuiet() {
    if (!m_draining || !isQuiet() || m_closing)
        return;
    m_closing = true;
    m_socket->disconnectFromHost();
}

void ConnectionGuard::rearm() {
    if (m_closing)
        return;
    if (m_phase == Phase::Body || !m_head.isEmpty())
        m_timer.start(qMax<qint64>(0, m_limits.requestTimeoutMs - m_requestClock.elapsed()));
    else if (!m_received.empty() || m_held)
        m_timer.start(ProcessingTimeoutMs);
    else
        m_timer.start(m_limits.idleTimeoutMs);
    closeWhenQuiet();
}

void ConnectionGuard::timedOut() {
    if (m_phase == Phase::Body || !m_head.isEmpty()) {
        refuse(408, QStringLiteral("request_timeout"),
               QStringLiteral("The request took longer than %1 seconds to arrive.")
                   .arg(m_limits.requestTimeoutMs / 1000));
        return;
    }
    if (!m_received.empty() || m_held) {
        qCWarning(lcServer) << "a request was not answered in" << ProcessingTimeoutMs / 1000
                            << "s; closing its connection";
        m_socket->abort();
        m_socket->deleteLater();
        return;
    }
    // Idle: closed quietly, as a keep-alive timeout is.
    m_closing = true;
    m_socket->disconnectFromHost();
}

} // namespace tpn::server
