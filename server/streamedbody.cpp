#include "streamedbody.h"

#include "serverlog.h"

#include <QHttpServerResponder>
#include <QSslSocket>
#include <QTcpSocket>

namespace tpn::server {

void StreamedBody::start(std::shared_ptr<QHttpServerResponder> responder, const QString &filePath,
                         bool headOnly, std::function<void()> done) {
    if (headOnly || !responder->socket()) {
        QFile::remove(filePath);
        if (done)
            done();
        return;
    }
    auto *body = new StreamedBody(std::move(responder), filePath);
    body->m_done = std::move(done);
    if (!body->m_file.open(QIODevice::ReadOnly)) {
        // The headers promised a body that cannot come: the client must not take a short one for it.
        qCCritical(lcServer) << "cannot read the body file" << filePath << body->m_file.errorString();
        body->m_socket->abort();
        body->end(false);
        return;
    }
    body->writeMore();
}

StreamedBody::StreamedBody(std::shared_ptr<QHttpServerResponder> responder, const QString &filePath)
    : QObject(responder->socket())
    , m_responder(std::move(responder))
    , m_socket(m_responder->socket())
    , m_file(filePath) {
    // bytesWritten: the socket sent some of what it held. Over TLS the encrypted bytes are counted too.
    connect(m_socket, &QTcpSocket::bytesWritten, this, &StreamedBody::writeMore);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket.data()))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &StreamedBody::writeMore);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { end(false); });
}

StreamedBody::~StreamedBody() {
    m_file.close();
    m_file.remove();
}

qint64 StreamedBody::waitingBytes() const {
    // A TLS socket's bytesToWrite() counts only what it has not encrypted yet; the encrypted bytes wait
    // in a buffer of their own, which a slow client would otherwise let grow to the whole file.
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket.data());
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void StreamedBody::writeMore() {
    if (m_ended)
        return;
    while (m_socket && waitingBytes() < LowWater) {
        if (m_file.atEnd()) {
            end(true);
            return;
        }
        const QByteArray chunk = m_file.read(ChunkSize);
        if (chunk.isEmpty()) {
            qCCritical(lcServer) << "reading the body file failed:" << m_file.errorString();
            m_socket->abort();
            end(false);
            return;
        }
        m_responder->writeBody(chunk);
    }
}

void StreamedBody::end(bool complete) {
    if (m_ended)
        return;
    m_ended = true;
    if (!complete)
        qCInfo(lcServer) << "a streamed answer ended early:" << m_file.pos() << "of" << m_file.size()
                         << "bytes";
    emit finished(complete);
    if (m_done)
        std::exchange(m_done, nullptr)();
    deleteLater();
}

} // namespace tpn::server
