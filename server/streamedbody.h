#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace tpn::server {

// Sends a body file to the client in chunks as the socket drains, so a large answer (a user's export)
// is never in memory whole: a chunk whenever fewer than LowWater bytes still wait to be written. The
// file is deleted when it has been sent, or when the client goes first. Lives as a child of the socket.
class StreamedBody final : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 ChunkSize = 64 * 1024;
    static constexpr qint64 LowWater = 64 * 1024;

    // responder: the answer's, its status line and headers (with the file's Content-Length) written.
    // headOnly: a HEAD request, which gets no body: the file is only deleted. done runs once, when the
    // body has been handed to the socket or cannot be (at once, for a HEAD request).
    static void start(std::shared_ptr<QHttpServerResponder> responder, const QString &filePath, bool headOnly,
                      std::function<void()> done = {});

    ~StreamedBody() override; // deletes the file

signals:
    // The whole file was handed to the socket (true), or the socket went or the file failed first.
    void finished(bool complete);

private:
    StreamedBody(std::shared_ptr<QHttpServerResponder> responder, const QString &filePath);
    void writeMore();
    qint64 waitingBytes() const; // handed to the socket and not yet sent
    void end(bool complete);

    std::shared_ptr<QHttpServerResponder> m_responder;
    std::function<void()> m_done;
    QPointer<QTcpSocket> m_socket;
    QFile m_file;
    bool m_ended = false;
};

} // namespace tpn::server
