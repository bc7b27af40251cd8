#include "listener.h"

#include "serverlog.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

bool Listener::listenShared(const QHostAddress &address, quint16 port) {
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int descriptor = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return false;
    const int on = 1;
    sockaddr_storage storage = {};
    socklen_t length = 0;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof *in6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *in4;
    }
    if (::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0 ||
        ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0 ||
        ::bind(descriptor, reinterpret_cast<sockaddr *>(&storage), length) != 0 ||
        ::listen(descriptor, 1024) != 0 || !setSocketDescriptor(descriptor)) {
        ::close(descriptor);
        return false;
    }
    return true;
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
