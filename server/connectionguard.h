#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <memory>

class QTcpSocket;

namespace tpn::server {

// The bytes of request bodies being received, over every connection: a request is admitted only if its
// announced body fits, so a crowd of large uploads cannot take the server's memory. Shared by the
// connections of one listener, on its thread.
class BodyBudget {
public:
    explicit BodyBudget(qsizetype capacity)
        : m_capacity(capacity) {}
    bool reserve(qsizetype bytes);
    void release(qsizetype bytes) { m_reserved -= bytes; }
    qsizetype reserved() const { return m_reserved; }

private:
    qsizetype m_capacity;
    qsizetype m_reserved = 0;
};

struct ConnectionLimits {
    qsizetype maximumTargetBytes = 8 * 1024;  // the request's path and query; longer: 414
    qsizetype maximumHeaderBytes = 16 * 1024; // the request line and headers; larger: 431
    int requestTimeoutMs = 120'000;           // from a request's first byte to its last; then 408
    int idleTimeoutMs = 30'000;               // with no request under way and no bytes either way
    // After a refusal, what the client still sends is read and dropped for this long before the
    // connection closes: closing at once would reset it, and the client would lose the answer.
    int refusalLingerMs = 5'000;
    // The largest body the route of (method, path) takes; larger is refused before it is read (413).
    std::function<qsizetype(const QByteArray &method, const QByteArray &path)> maximumBody;
    // Told of each request the guard answers itself (for /metrics); method is empty when unknown.
    std::function<void(const QByteArray &method, int status)> refused;
};

// One client connection, watched before QAbstractHttpServer reads it. QtHttpServer 6.4 buffers a whole
// request before anyone can look at it and has no header limit or timeout, so this reads the same bytes
// first (its readyRead connection is made before the socket is handed over) and frames requests itself:
// - a request whose headers or announced body are too large is answered 431/413 at once and the
//   connection closed, before its body is received; chunked bodies are refused (411);
// - a request that trickles in is cut after requestTimeoutMs (408), an idle connection after idleTimeoutMs;
// - answers leave in the order their requests came, even when one is computed later (an Argon2 hash, a
//   delayed fault) than the next;
// - "Connection: close" and HTTP/1.0 close the connection after their answer.
class ConnectionGuard : public QObject {
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, BodyBudget &budget);
    ~ConnectionGuard() override;

    // The guard of socket, or null for a socket that did not come through a Listener.
    static ConnectionGuard *of(const QTcpSocket *socket);

    // The place of the request QAbstractHttpServer is handing over now; requests arrive in order.
    quint64 takeTurn() { return m_turnsTaken++; }
    // Runs write once the answers of all earlier turns have been written. write may be called later than
    // now, or never if the client has gone.
    void deliver(quint64 turn, std::function<void()> write);
    // The answer of turn is the last on this connection: it carries "Connection: close".
    bool closesAfter(quint64 turn) const;
    // Called by a write whose body follows later (a streamed file): the next answer, or the closing of
    // the connection, waits for releaseTurn().
    void holdTurn() { m_held = true; }
    void releaseTurn();

    // The server is stopping: the connection closes once every request received has been answered.
    void drain();
    bool isQuiet() const; // nothing received and unanswered, and no request half-received

signals:
    void quiet();

private:
    struct Received {
        bool closeAfter = false;
        bool refused = false; // answered by the guard; the client may still be sending its body
        qsizetype budgeted = 0;
    };
    enum class Phase { Head, Body, Refused };

    void readIncoming();
    void scan(const QByteArray &bytes);
    void headComplete();
    void bodyComplete();
    void refuse(int status, const QString &code, const QString &message);
    void writeNext();
    // After the answer of done has been written: closes the connection if it was the last; true then.
    bool closeAfterAnswer(const Received &done);
    void rearm();
    void timedOut();
    void closeWhenQuiet();

    QTcpSocket *m_socket;
    const ConnectionLimits &m_limits;
    BodyBudget &m_budget;
    QTimer m_timer;

    Phase m_phase = Phase::Head;
    QByteArray m_method; // of the request being received, once its head is read
    QByteArray m_head;   // the head being received (at most maximumHeaderBytes + 3)
    qsizetype m_bodyLeft = 0;
    qsizetype m_bodyBudget = 0; // reserved for the body being received
    bool m_closeAfter = false;
    QElapsedTimer m_requestClock; // since the first byte of the request being received

    std::deque<Received> m_received; // complete requests, by turn, from m_nextToWrite on
    quint64 m_turnsTaken = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, std::function<void()>> m_ready; // answers waiting for an earlier one
    bool m_held = false;
    Received m_heldAnswer;
    bool m_draining = false;
    bool m_closing = false;
};

} // namespace tpn::server
