#include "httpencoding.h"

#include <QCryptographicHash>
#include <QList>

#include <zlib.h>

namespace tpn::server {

namespace {

QByteArrayView opaqueTag(QByteArrayView tag) {
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.sliced(2);
    return tag;
}

} // namespace

bool acceptsGzip(QByteArrayView acceptEncoding) {
    std::optional<bool> gzip;
    std::optional<bool> wildcard;
    for (const QByteArray &item : acceptEncoding.toByteArray().split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        bool acceptable = true;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q="))
                acceptable = parameter.mid(2).toDouble() > 0.0;
        }
        if (coding == "gzip" || coding == "x-gzip")
            gzip = acceptable;
        else if (coding == "*")
            wildcard = acceptable;
    }
    return gzip.value_or(wildcard.value_or(false));
}

std::optional<QByteArray> gzipCompress(const QByteArray &data) {
    z_stream stream{};
    // windowBits 15 + 16 asks zlib for a gzip header and trailer instead of the zlib wrapper.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    out.truncate(written);
    return out;
}

QByteArray weakEtag(const QByteArray &body) {
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32);
    return "W/\"" + digest + '"';
}

bool ifNoneMatchMatches(QByteArrayView ifNoneMatch, QByteArrayView etag) {
    if (ifNoneMatch.trimmed() == "*")
        return true;
    const QByteArrayView wanted = opaqueTag(etag);
    for (const QByteArray &candidate : ifNoneMatch.toByteArray().split(',')) {
        if (opaqueTag(candidate) == wanted)
            return true;
    }
    return false;
}

} // namespace tpn::server
