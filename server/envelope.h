#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tpn::server {

class ApiError;

// The version of the response format; clients compare it with the one they were built for.
inline constexpr int ApiVersion = 1;

struct Pagination {
    int page = 1;
    int limit = 20;
    qint64 total = 0;
    bool hasMore = false;
};

// What a route handler answers on success: the data and what the envelope says about it.
struct ApiResult {
    QJsonValue data;
    std::optional<Pagination> pagination;
    // The language the texts were served in; empty when the response has no single one
    // (the health check, or a course list in which each course says its own language).
    QString language;
    // Further members of the envelope's metadata, e.g. the health check's demo_account.
    QJsonObject metadata = {};
    // The HTTP status; 0: the route's successStatus (a route that answers 201 for a new report and 200
    // for a duplicate one sets it).
    int status = 0;
    // The whole body (the envelope, already written) is in this file instead: a large answer made off the
    // server's thread, sent in chunks as the client reads and deleted afterwards (StreamedBody). data and
    // the members above are then not used.
    QString bodyFile = {};
    bool bodyFileGzipped = false; // the file holds the body gzip-compressed: Content-Encoding: gzip
};

// Compact JSON. The bodies carry no timestamps and QJsonObject orders keys, so equal data gives equal
// bytes and therefore equal ETags.
QByteArray successBody(const ApiResult &result);
QByteArray errorBody(const ApiError &error);

} // namespace tpn::server
