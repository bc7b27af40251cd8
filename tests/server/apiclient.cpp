#include "apiclient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslSocket>

#include <zlib.h>

namespace {

constexpr int ReplyTimeoutMs = 30000;

// Whether bytes hold a whole HTTP response: headers plus as much body as Content-Length announces.
bool isCompleteResponse(const QByteArray &bytes) {
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : bytes.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return bytes.size() - (headerEnd + 4) >= length;
}

} // namespace

QByteArray HttpReply::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpReply::hasHeader(const QByteArray &name) const {
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QJsonObject HttpReply::json() const {
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const {
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

ApiClient::ApiClient(const QSslConfiguration &tls)
    : m_tls(tls) {}

HttpReply ApiClient::get(const QUrl &url, const HeaderList &headers) {
    return send("GET", url, {}, headers);
}

HttpReply ApiClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                          const HeaderList &headers) {
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(ReplyTimeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // A Content-Type among the headers (a multipart boundary) is kept.
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    // head() rather than a custom "HEAD" verb: only then does Qt know that no body follows the headers.
    QNetworkReply *reply =
        verb == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(ReplyTimeoutMs);

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QByteArray rawExchange(quint16 port, const QByteArray &request, const QSslConfiguration &tls,
                       const QHostAddress &source) {
    QSslSocket socket;
    socket.setSslConfiguration(tls);
    if (!source.isNull() && !socket.bind(source))
        return {};
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(ReplyTimeoutMs))
        return {};
    socket.write(request);
    QByteArray received;
    while (!isCompleteResponse(received) && socket.waitForReadyRead(5000))
        received += socket.readAll();
    return received;
}

QByteArray gunzip(const QByteArray &compressed) {
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK) // 15 + 16: expect a gzip wrapper
        return {};
    QByteArray out;
    char buffer[16384];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

QString stringField(const QJsonValue &object, const char *name) {
    return object.toObject().value(QLatin1StringView(name)).toString();
}

QString encodedQuery(const QList<std::pair<QString, QString>> &items) {
    QStringList pairs;
    for (const auto &[name, value] : items)
        pairs.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return pairs.join(u'&');
}

QString envelopeProblem(const HttpReply &reply, bool expectSuccess, bool expectPagination) {
    if (reply.header("Content-Type") != "application/json; charset=utf-8")
        return QStringLiteral("Content-Type is \"%1\"")
            .arg(QString::fromLatin1(reply.header("Content-Type")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (!document.isObject())
        return QStringLiteral("body is not a JSON object: %1").arg(parseError.errorString());
    const QJsonObject envelope = document.object();
    if (envelope.value(QStringLiteral("success")) != QJsonValue(expectSuccess))
        return QStringLiteral("success is not %1").arg(expectSuccess);
    if (!envelope.contains(QStringLiteral("data")))
        return QStringLiteral("data is missing");
    if (!expectSuccess && !envelope.value(QStringLiteral("data")).isNull())
        return QStringLiteral("data is not null on failure");
    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    if (expectSuccess == envelope.contains(QStringLiteral("error")))
        return QStringLiteral("error is %1")
            .arg(expectSuccess ? QStringLiteral("present") : QStringLiteral("missing"));
    if (!expectSuccess && (error.value(QStringLiteral("code")).toString().isEmpty() ||
                           error.value(QStringLiteral("message")).toString().isEmpty()))
        return QStringLiteral("error.code or error.message is empty");
    if (expectPagination != envelope.contains(QStringLiteral("pagination")))
        return QStringLiteral("pagination is %1")
            .arg(expectPagination ? QStringLiteral("missing") : QStringLiteral("present"));
    const QJsonObject metadata = envelope.value(QStringLiteral("metadata")).toObject();
    if (metadata.value(QStringLiteral("apiVersion")) != QJsonValue(1))
        return QStringLiteral("metadata.apiVersion is not 1");
    const QJsonValue language = metadata.value(QStringLiteral("language"));
    if (!language.isNull() &&
        !QStringList{QStringLiteral("ht"), QStringLiteral("fr"), QStringLiteral("en")}.contains(
            language.toString()))
        return QStringLiteral("metadata.language is neither null nor a supported language");
    return {};
}
