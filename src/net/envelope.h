#pragma once

#include "apierror.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

struct Pagination {
    int page = 1;
    int limit = 0;
    int total = 0;
    bool hasMore = false;
};

// The mobile API's response envelope: {success, data, error, pagination, metadata}.
struct Envelope {
    QJsonValue data;
    std::optional<Pagination> pagination;
    QJsonObject metadata;
};

struct ApiResult {
    ApiError error;
    Envelope envelope;
    bool ok() const { return !error.isError(); }
};

// The most the client reads of one response. Catalog pages are a few tens of KiB; anything near
// this is a broken or hostile server, and refusing it keeps memory bounded on small phones.
inline constexpr qint64 kMaxResponseBytes = 4 * 1024 * 1024;

// Turns a response body and its HTTP status into data or a typed error. Malformed, truncated,
// wrong-typed or oversized input always yields an error, never a partly filled envelope.
ApiResult parseEnvelope(QByteArrayView body, int httpStatus);
