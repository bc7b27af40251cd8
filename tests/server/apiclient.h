#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

// One HTTP exchange as a test sees it.
struct HttpReply {
    int status = 0; // 0 when no HTTP response arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body; // as received: still gzip-compressed when the request asked for gzip itself
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QJsonObject json() const; // the body parsed as a JSON object (empty if it is not one)
    QJsonValue data() const { return json().value(QStringLiteral("data")); }
    QString errorCode() const; // error.code of an error envelope
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A synchronous client for tests: one QNetworkAccessManager with the given TLS configuration, each
// request waited for with QSignalSpy. Setting Accept-Encoding yourself turns off Qt's transparent
// decompression, which is how the gzip tests see the raw body.
class ApiClient {
public:
    explicit ApiClient(const QSslConfiguration &tls);

    HttpReply get(const QUrl &url, const HeaderList &headers = {});
    HttpReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                   const HeaderList &headers = {});

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
};

// Sends bytes over a fresh TLS connection exactly as given (for requests QNetworkAccessManager would
// refuse or repair) and returns what came back before the server closed or went quiet for 5 s. source:
// the local address to connect from (e.g. 127.0.0.2, to look like another client); any when null.
QByteArray rawExchange(quint16 port, const QByteArray &request, const QSslConfiguration &tls,
                       const QHostAddress &source = {});

// The decompressed form of a gzip body; empty on error.
QByteArray gunzip(const QByteArray &compressed);

// The string member name of a JSON object ("" when it is absent or not a string).
QString stringField(const QJsonValue &object, const char *name);

// "name=value&…" with every value percent-encoded as UTF-8, so '%', '&' and accents arrive as they are.
QString encodedQuery(const QList<std::pair<QString, QString>> &items);

// What is wrong with the envelope of reply (see docs/api.md), or an empty string if nothing is:
// Content-Type, success, data, error only on failure, pagination only when expected, metadata.
QString envelopeProblem(const HttpReply &reply, bool expectSuccess, bool expectPagination);
