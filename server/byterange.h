#pragma once

#include <QByteArrayView>

namespace tpn::server {

// What a Range request header asks of a file of a given size (RFC 9110 §14, one range only).
struct ByteRange {
    enum class Kind {
        Whole,         // no Range header, or one to ignore: malformed, several ranges, another unit
        Part,          // bytes first..last (inclusive) of the file
        Unsatisfiable, // starts at or past the end: 416
    };
    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 last = 0;

    qint64 length() const { return last - first + 1; }
};

// "bytes=N-", "bytes=N-M" (M clipped to the end) and "bytes=-N" (the last N bytes). Numbers too large
// for 64 bits count as "beyond any end", so a hostile header is answered, never trusted.
ByteRange parseRange(QByteArrayView header, qint64 size);

} // namespace tpn::server
