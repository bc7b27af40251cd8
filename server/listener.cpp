#include "listener.h"

#include "serverlog.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace tpn::server {

namespace {

// Counts a socket for as long as it lives (it is the socket's child), or a handshake until it ends.
class Slot : public QObject {
public:
    Slot(QObject *socket, std::function<void()> release)
        : QObject(socket)
        , m_release(std::move(release)) {}
    ~Slot() override { m_release(); }

private:
    std::function<void()> m_release;
};

} // namespace

Listener::Listener(std::optional<QSslConfiguration> tls, ListenerLimits limits,
                   ConnectionLimits connectionLimits, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
    , m_limits(limits)
    , m_connectionLimits(std::move(connectionLimits))
    , m_budget(limits.bodyBudget) {
    // Listen's backlog holds connections the kernel has accepted while the event loop is busy.
    setListenBacklogSize(1024);
}

Listener::~Listener() {
    // The sockets are children; their guards refer to the limits and budget that die with this object.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets)
        delete socket;
}

void Listener::incomingConnection(qintptr descriptor) {
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_counts->connections >= m_limits.maximumConnections) {
        refuseConnection(socket, "too many open connections");
        return;
    }
    ++m_counts->connections;
    new Slot(socket, [counts = m_counts, listener = QPointer(this)] {
        --counts->connections;
        if (listener)
            QMetaObject::invokeMethod(listener, &Listener::checkDrained, Qt::QueuedConnection);
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (!m_tls) {
        handOver(socket);
        return;
    }

    const QHostAddress address = socket->peerAddress();
    int &fromAddress = m_counts->handshakesPerAddress[address];
    if (m_counts->handshakes >= m_limits.maximumHandshakes ||
        fromAddress >= m_limits.maximumHandshakesPerAddress) {
        if (fromAddress == 0)
            m_counts->handshakesPerAddress.remove(address);
        refuseConnection(socket, "too many TLS handshakes under way");
        return;
    }
    ++m_counts->handshakes;
    ++fromAddress;
    auto *handshake = new Slot(socket, [counts = m_counts, address] {
        --counts->handshakes;
        auto found = counts->handshakesPerAddress.find(address);
        if (found != counts->handshakesPerAddress.end() && --*found <= 0)
            counts->handshakesPerAddress.erase(found);
    });
    auto *tls = static_cast<QSslSocket *>(socket);
    // A client that says nothing, or leaves half-way, frees its slot; only an encrypted one goes on.
    QTimer::singleShot(m_limits.handshakeTimeoutMs, handshake, [tls] { tls->abort(); });
    connect(tls, &QSslSocket::errorOccurred, handshake, [tls] { tls->abort(); });
    connect(tls, &QSslSocket::encrypted, handshake, [this, tls, handshake] {
        delete handshake;
        handOver(tls);
    });
    tls->setSslConfiguration(*m_tls);
    tls->startServerEncryption();
}

void Listener::handOver(QTcpSocket *socket) {
    if (!isListening()) { // draining: accepted before, encrypted after
        socket->abort();
        return;
    }
    new ConnectionGuard(socket, m_connectionLimits, m_budget);
    addPendingConnection(socket); // QAbstractHttpServer takes it now, and reads it after the guard
}

void Listener::refuseConnection(QTcpSocket *socket, const char *why) {
    // Logged sparingly: under a flood this would otherwise be the flood.
    if (m_refusedConnections++ % 1000 == 0)
        qCWarning(lcServer) << "connection refused:" << why << "- refused so far:" << m_refusedConnections;
    socket->abort();
    socket->deleteLater();
}

void Listener::drain(int graceMs, std::function<void()> done) {
    m_drained = std::move(done);
    close();
    for (ConnectionGuard *guard : findChildren<ConnectionGuard *>())
        guard->drain();
    // Handshakes under way are not work in flight.
    for (QSslSocket *socket : findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly)) {
        if (!socket->isEncrypted())
            socket->abort();
    }
    QTimer::singleShot(graceMs, this, [this] {
        if (m_drained) {
            qCWarning(lcServer) << m_counts->connections << "connections still open after the grace period";
            std::exchange(m_drained, nullptr)();
        }
    });
    checkDrained();
}

void Listener::checkDrained() {
    if (m_drained && m_counts->connections == 0)
        std::exchange(m_drained, nullptr)();
}

} // namespace tpn::server
