#include "contentroutes.h"

#include "apierror.h"
#include "byterange.h"
#include "catalogcontent.h"
#include "catalogstore.h"
#include "contentstore.h"
#include "envelope.h"
#include "httpencoding.h"
#include "languages.h"

#include <QRegularExpression>

namespace tpn::server {

namespace {

const QByteArray ImmutableCaching = QByteArrayLiteral("public, max-age=31536000, immutable");

QByteArray hashParameter(const ApiRequest &request) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    const QString hash = request.pathParameter(QStringLiteral("sha256"));
    if (!pattern.match(hash).hasMatch())
        throw ApiError::invalidParameter(QStringLiteral("sha256"),
                                         QStringLiteral("must be 64 lower-case hexadecimal digits"));
    return hash.toLatin1();
}

RawReply unsatisfiable(qint64 size) {
    const ApiError error(
        416, QStringLiteral("range_not_satisfiable"),
        QStringLiteral("The requested range starts at or after the end of the %1-byte file.").arg(size));
    return {416,
            errorBody(error),
            {{"Content-Type", "application/json; charset=utf-8"},
             {"Content-Range", "bytes */" + QByteArray::number(size)},
             {"Cache-Control", "no-store"}}};
}

} // namespace

ContentRoutes::ContentRoutes(CatalogStore &catalog, const ContentStore &content, bool isSigned)
    : m_catalog(catalog)
    , m_content(content)
    , m_signed(isSigned) {}

void ContentRoutes::addTo(Router &router) {
    using Method = QHttpServerRequest::Method;
    router.addRoute(Method::Get, QStringLiteral("/mobile-api/courses/{courseId}/manifest"),
                    [this](const ApiRequest &request) { return manifest(request); });
    router.addRawRoute(Method::Get, QStringLiteral("/mobile-api/content/{sha256}"),
                       [this](const ApiRequest &request) { return file(request); });
}

ApiResult ContentRoutes::manifest(const ApiRequest &request) {
    const QString id = request.pathParameter(QStringLiteral("courseId"));
    if (!isValidId(id))
        throw ApiError::invalidParameter(QStringLiteral("courseId"),
                                         QStringLiteral("must be 1 to 64 of a-z, 0-9 and -"));
    const QString language = resolveLanguageTag(
        QStringLiteral("language"), request.query.value(QStringLiteral("language")).value_or(QString()));
    const std::optional<CourseRow> course = m_catalog.course(id, language);
    if (!course)
        throw ApiError::notFound(QStringLiteral("Course '%1'").arg(id));
    const SignedManifest *manifest = m_content.manifest(id, course->language);
    if (!m_signed || !manifest) {
        throw ApiError(503, QStringLiteral("downloads_unavailable"),
                       QStringLiteral("This server offers no offline downloads (it has no signing key)."));
    }
    const QJsonObject data{{QStringLiteral("manifest"), QString::fromUtf8(manifest->manifest)},
                           {QStringLiteral("signature"), QString::fromLatin1(manifest->signature)}};
    return {data, std::nullopt, course->language};
}

RawReply ContentRoutes::file(const ApiRequest &request) const {
    const QByteArray hash = hashParameter(request);
    const StoredFile *file = m_content.file(hash);
    if (!file)
        throw ApiError::notFound(QStringLiteral("Content '%1'").arg(QLatin1StringView(hash)));
    const QByteArray etag = '"' + hash + '"';
    RawReply reply{200,
                   {},
                   {{"Content-Type", file->contentType},
                    {"ETag", etag},
                    {"Cache-Control", ImmutableCaching},
                    {"Accept-Ranges", "bytes"}}};
    if (ifNoneMatchMatches(request.http.value("If-None-Match"), etag)) {
        reply.status = 304;
        return reply;
    }
    const qint64 size = file->data.size();
    // Ranges are defined for GET only (RFC 9110 §14.2); a HEAD describes the whole file.
    const ByteRange range = request.http.method() == QHttpServerRequest::Method::Get
                                ? parseRange(request.http.value("Range"), size)
                                : ByteRange{};
    switch (range.kind) {
    case ByteRange::Kind::Unsatisfiable:
        return unsatisfiable(size);
    case ByteRange::Kind::Part:
        reply.status = 206;
        reply.body = file->data.sliced(range.first, range.length());
        reply.headers.append({"Content-Range", "bytes " + QByteArray::number(range.first) + '-' +
                                                   QByteArray::number(range.last) + '/' +
                                                   QByteArray::number(size)});
        return reply; // never compressed: the offsets count the file's own bytes
    case ByteRange::Kind::Whole:
        break;
    }
    reply.body = file->data;
    // PNG is compressed already; JSON and SVG shrink well.
    reply.compressible = file->contentType != "image/png";
    return reply;
}

} // namespace tpn::server
