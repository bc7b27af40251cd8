#pragma once

#include "apierror.h"

#include <QFile>
#include <QObject>
#include <QTimer>
#include <functional>

class ApiClient;
class QNetworkReply;

// One content file (GET /mobile-api/content/<sha256>) streamed into its part file, resuming from
// the part's size with a Range request. It never holds the file in memory, never lets the part grow
// beyond the announced size, and stops cleanly when the disk fills. Whether the bytes are the
// right ones is the caller's check (the hash), once the part is complete.
class ContentFetch final : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Complete,  // the part holds `size` bytes
        Failed,    // see error(): offline, timeout, TLS, an error answer
        Oversized, // the server sent more bytes than the manifest announced
        DiskFull,  // a write failed or the free space ran out
        Aborted,   // abort() was called (pause, cancel)
    };
    // `hasRoom(bytes)` says whether the device may take `bytes` more (free space, with a reserve).
    using RoomCheck = std::function<bool(qint64)>;

    ContentFetch(ApiClient &api, const QString &sha256, const QString &partPath, qint64 size,
                 RoomCheck hasRoom, QObject *parent = nullptr);
    ~ContentFetch() override;

    void start();
    void abort();
    ApiError error() const { return m_error; }

signals:
    void received(qint64 bytes); // written to the part since the last signal
    void finished(ContentFetch::Outcome outcome);

private:
    void onHeaders();
    void onData();
    void onFinished();
    void end(Outcome outcome);

    ApiClient &m_api;
    QString m_sha256;
    QFile m_part;
    qint64 m_size;
    RoomCheck m_hasRoom;
    QNetworkReply *m_reply = nullptr;
    QTimer m_idle; // no byte for this long: the connection is as good as gone
    ApiError m_error;
    bool m_accepted = false;
    bool m_ended = false;
};
