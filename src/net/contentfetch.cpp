#include "contentfetch.h"

#include "apiclient.h"

#include <QNetworkReply>

using namespace std::chrono_literals;

ContentFetch::ContentFetch(ApiClient &api, const QString &sha256, const QString &partPath, qint64 size,
                           RoomCheck hasRoom, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sha256(sha256)
    , m_part(partPath)
    , m_size(size)
    , m_hasRoom(std::move(hasRoom)) {
    m_idle.setSingleShot(true);
    m_idle.setInterval(30s);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_error = {ApiError::Kind::Timeout, 0, QStringLiteral("network"), QStringLiteral("no data for 30 s")};
        end(Outcome::Failed);
    });
}

ContentFetch::~ContentFetch() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ContentFetch::start() {
    if (!m_part.open(QIODevice::ReadWrite)) {
        end(Outcome::DiskFull);
        return;
    }
    const qint64 offset = m_part.size();
    if (offset >= m_size && m_size > 0) {
        end(m_part.size() == m_size ? Outcome::Complete : Outcome::Oversized);
        return;
    }
    m_reply = m_api.getRaw(QStringLiteral("/mobile-api/content/") + m_sha256, offset);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ContentFetch::onHeaders);
    connect(m_reply, &QIODevice::readyRead, this, &ContentFetch::onData);
    connect(m_reply, &QNetworkReply::finished, this, &ContentFetch::onFinished);
    m_idle.start();
}

void ContentFetch::abort() {
    end(Outcome::Aborted);
}

void ContentFetch::onHeaders() {
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206) {
        // The server resumes where the part stops; a Content-Range elsewhere would misplace bytes.
        const QByteArray range = m_reply->rawHeader("Content-Range");
        const QByteArray expected = "bytes " + QByteArray::number(m_part.size()) + '-';
        m_accepted = range.startsWith(expected);
        if (!m_accepted) {
            m_error = {ApiError::Kind::Malformed, status, QStringLiteral("content_range"),
                       QString::fromLatin1(range)};
            end(Outcome::Failed);
            return;
        }
        m_part.seek(m_part.size());
    } else if (status == 200) {
        m_accepted = true; // the whole file: start the part again
        m_part.resize(0);
        m_part.seek(0);
    }
}

void ContentFetch::onData() {
    if (m_ended)
        return;
    m_idle.start();
    if (!m_accepted) {
        m_reply->readAll(); // an error envelope or a 416: read in onFinished
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    if (m_part.pos() + chunk.size() > m_size) {
        end(Outcome::Oversized);
        return;
    }
    if (!m_hasRoom(chunk.size()) || m_part.write(chunk) != chunk.size() || !m_part.flush()) {
        end(Outcome::DiskFull);
        return;
    }
    emit received(chunk.size());
}

void ContentFetch::onFinished() {
    if (m_ended)
        return;
    onData();
    if (m_ended)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_accepted && m_reply->error() == QNetworkReply::NoError) {
        if (m_part.size() != m_size)
            m_error = {ApiError::Kind::Malformed, status, QStringLiteral("short_body"), {}};
        end(m_part.size() == m_size ? Outcome::Complete : Outcome::Failed);
        return;
    }
    using E = QNetworkReply::NetworkError;
    const E error = m_reply->error();
    ApiError::Kind kind = ApiError::Kind::Offline;
    if (status == 416)
        kind = ApiError::Kind::Rejected; // the part is longer than the file: start it again
    else if (status == 404)
        kind = ApiError::Kind::NotFound;
    else if (status >= 500)
        kind = ApiError::Kind::Server;
    else if (status >= 400)
        kind = ApiError::Kind::Rejected;
    else if (error == E::SslHandshakeFailedError)
        kind = ApiError::Kind::Tls;
    else if (error == E::TimeoutError)
        kind = ApiError::Kind::Timeout;
    m_error = {kind, status, QStringLiteral("content"), m_reply->errorString()};
    if (status == 416)
        m_part.resize(0);
    end(Outcome::Failed);
}

void ContentFetch::end(Outcome outcome) {
    if (m_ended)
        return;
    m_ended = true;
    m_idle.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    qCDebug(lcNet) << "content" << m_sha256.left(12) << int(outcome) << m_part.size() << "bytes";
    m_part.close();
    if (outcome != Outcome::Aborted)
        m_api.reachability().observe(m_error.isError() ? m_error : ApiError{});
    emit finished(outcome);
}
