#pragma once

#include "connectionguard.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <optional>

namespace tpn::server {

struct ListenerLimits {
    int handshakeTimeoutMs = 10'000;
    int maximumHandshakes = 4096;            // TLS handshakes under way at once, from everyone
    int maximumHandshakesPerAddress = 1024;  // from one address: a school's NAT, not one attacker
    int maximumConnections = 8192;           // open connections; kept under the process's file limit
    qsizetype bodyBudget = 64 * 1024 * 1024; // request bodies being received at once (BodyBudget)
};

// The server's listening socket. It does the TLS handshakes itself instead of QSslServer, whose 6.4
// version counts a handshake the client abandons against its pending connections forever (30 such
// clients and it never accepts again) and holds every half-open handshake in a queue of 30: here a
// handshake has its own slot and timeout, one address cannot take more than its share of slots, and
// only an encrypted connection is handed to QAbstractHttpServer — with a ConnectionGuard in front of it.
class Listener : public QTcpServer {
    Q_OBJECT

public:
    // tls: nullopt serves plain HTTP.
    Listener(std::optional<QSslConfiguration> tls, ListenerLimits limits, ConnectionLimits connectionLimits,
             QObject *parent = nullptr);
    ~Listener() override;

    // listen() on a port other processes may listen on too (SO_REUSEPORT: the kernel spreads new
    // connections over them), for a server of several processes.
    bool listenShared(const QHostAddress &address, quint16 port);

    // Stops accepting, lets every connection finish the requests it has sent, then calls done (at once
    // if none is open, or after graceMs at the latest).
    void drain(int graceMs, std::function<void()> done);

    int handshakesUnderWay() const { return m_counts->handshakes; }
    int openConnections() const { return m_counts->connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // Shared with the sockets' bookkeeping objects, which may outlive the listener at shutdown.
    struct Counts {
        int handshakes = 0;
        int connections = 0;
        QHash<QHostAddress, int> handshakesPerAddress;
    };

    void handOver(QTcpSocket *socket);
    void refuseConnection(QTcpSocket *socket, const char *why);
    void checkDrained();

    std::optional<QSslConfiguration> m_tls;
    ListenerLimits m_limits;
    ConnectionLimits m_connectionLimits;
    BodyBudget m_budget;
    std::shared_ptr<Counts> m_counts = std::make_shared<Counts>();
    std::function<void()> m_drained;
    qint64 m_refusedConnections = 0;
};

} // namespace tpn::server
