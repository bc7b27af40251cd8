#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace tpn::server {

// Bodies up to this size go out uncompressed: gzip's header and the CPU cost outweigh the saving.
inline constexpr qsizetype GzipThreshold = 1024;

// Whether an Accept-Encoding header value allows gzip (honours q=0 and the "*" wildcard).
bool acceptsGzip(QByteArrayView acceptEncoding);

// The gzip (RFC 1952) form of data, or nothing if zlib fails.
std::optional<QByteArray> gzipCompress(const QByteArray &data);

// A weak validator derived from the uncompressed body: gzip and identity replies share it because
// they carry the same JSON.
QByteArray weakEtag(const QByteArray &body);

// Whether an If-None-Match header value ("*" or a list of tags, weak or strong) matches etag,
// compared weakly as RFC 9110 prescribes for If-None-Match.
bool ifNoneMatchMatches(QByteArrayView ifNoneMatch, QByteArrayView etag);

} // namespace tpn::server
