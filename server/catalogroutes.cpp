#include "catalogroutes.h"

#include "apierror.h"
#include "catalogcontent.h"
#include "catalogjson.h"
#include "catalogstore.h"
#include "catalogwriter.h"
#include "httpencoding.h"
#include "languages.h"

#include <searchkey.h>

#include <QJsonArray>

#include <algorithm>

namespace tpn::server {

namespace {

QString requestedLanguage(const ApiRequest &request) {
    const QString name = QStringLiteral("language");
    return resolveLanguageTag(name, request.query.value(name).value_or(QString()));
}

QString idParameter(const ApiRequest &request, const QString &name) {
    const QString id = request.pathParameter(name);
    if (!isValidId(id))
        throw ApiError::invalidParameter(name, QStringLiteral("must be 1 to 64 of a-z, 0-9 and -"));
    return id;
}

QString searchKeyParameter(const ApiRequest &request) {
    const QString query = request.query.value(QStringLiteral("q")).value_or(QString());
    // Characters as people count them: code points, not UTF-16 units.
    if (query.toUcs4().size() > CatalogRoutes::MaximumQueryLength) {
        throw ApiError(400, QStringLiteral("query_too_long"),
                       QStringLiteral("Parameter 'q' is longer than %1 characters.")
                           .arg(CatalogRoutes::MaximumQueryLength));
    }
    // SQLite's LIKE stops at U+0000, so "%00" would match everything; control characters are no search.
    const bool hasControl = std::any_of(query.cbegin(), query.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && !c.isSpace();
    });
    if (hasControl)
        throw ApiError::invalidParameter(QStringLiteral("q"),
                                         QStringLiteral("must not contain control characters"));
    return tpn::searchKey(query);
}

QString categoryParameter(const ApiRequest &request) {
    const QString category = request.query.value(QStringLiteral("category")).value_or(QString());
    // A well-formed id that names no category gives an empty list: an offline client may still hold a
    // category the catalog has since dropped.
    if (!category.isEmpty() && !isValidId(category))
        throw ApiError::invalidParameter(QStringLiteral("category"), QStringLiteral("is not a category id"));
    return category;
}

// A cache key: the route and its normalized parameters, joined by a character no parameter can hold
// (control characters are refused in q; ids and languages are plain ASCII).
QString cacheKey(const QStringList &parts) {
    return parts.join(QChar(0x1f));
}

} // namespace

CatalogRoutes::CatalogRoutes(CatalogStore &store)
    : m_store(store) {}

void CatalogRoutes::addTo(Router &router) {
    using Method = QHttpServerRequest::Method;
    // Raw routes: the answers leave finished from the cache, so the server must not hash or gzip them
    // again; the headers are the ones ApiServer gives an envelope (docs/api.md, Caching and compression).
    router.addRawRoute(Method::Get, QStringLiteral("/mobile-api/categories"),
                       [this](const ApiRequest &request) { return categories(request); });
    router.addRawRoute(Method::Get, QStringLiteral("/mobile-api/courses"),
                       [this](const ApiRequest &request) { return courses(request); });
    router.addRawRoute(Method::Get, QStringLiteral("/mobile-api/courses/{courseId}"),
                       [this](const ApiRequest &request) { return course(request); });
    router.addRawRoute(Method::Get, QStringLiteral("/mobile-api/courses/{courseId}/lessons/{lessonId}"),
                       [this](const ApiRequest &request) { return lesson(request); });
}

RawReply CatalogRoutes::cached(const ApiRequest &request, const QString &key,
                               const std::function<ApiResult()> &compute) {
    const quint64 generation = CatalogWriter::contentGeneration();
    std::shared_ptr<const CachedAnswer> answer = m_cache.find(key, generation);
    if (!answer)
        answer = m_cache.insert(key, generation, successBody(compute()));

    RawReply reply{200,
                   {},
                   {{"Content-Type", "application/json; charset=utf-8"},
                    {"ETag", answer->etag},
                    {"Cache-Control", "no-cache"}},
                   false};
    if (ifNoneMatchMatches(request.http.value("If-None-Match"), answer->etag)) {
        reply.status = 304;
    } else if (!answer->gzipBody.isEmpty() && acceptsGzip(request.http.value("Accept-Encoding"))) {
        reply.body = answer->gzipBody;
        reply.headers.emplaceBack("Content-Encoding", "gzip");
    } else {
        reply.body = answer->body;
    }
    return reply;
}

RawReply CatalogRoutes::categories(const ApiRequest &request) {
    QString language = requestedLanguage(request);
    if (language.isEmpty())
        language = supportedLanguages().constFirst();
    return cached(request, cacheKey({QStringLiteral("categories"), language}), [&]() -> ApiResult {
        QJsonArray list;
        for (const CategoryRow &category : m_store.categories(language))
            list.append(categoryJson(category));
        return {list, std::nullopt, language};
    });
}

RawReply CatalogRoutes::courses(const ApiRequest &request) {
    const int page = request.query.integer(QStringLiteral("page"), 1, 1, MaximumPage);
    const int limit = request.query.integer(QStringLiteral("limit"), DefaultLimit, 1, MaximumLimit);
    const CourseFilter filter{requestedLanguage(request), categoryParameter(request),
                              searchKeyParameter(request), (page - 1) * limit, limit};
    // The search key last: it is the only part that may hold any character.
    const QString key = cacheKey({QStringLiteral("courses"), QString::number(page), QString::number(limit),
                                  filter.language, filter.category, filter.searchKey});
    return cached(request, key, [&]() -> ApiResult {
        QJsonArray list;
        for (const CourseRow &course : m_store.courses(filter))
            list.append(courseSummaryJson(course));
        const qint64 total = m_store.courseCount(filter);
        const Pagination pagination{page, limit, total, qint64(page) * limit < total};
        return {list, pagination, filter.language};
    });
}

RawReply CatalogRoutes::course(const ApiRequest &request) {
    const QString id = idParameter(request, QStringLiteral("courseId"));
    const QString language = requestedLanguage(request);
    return cached(request, cacheKey({QStringLiteral("course"), language, id}), [&]() -> ApiResult {
        const std::optional<CourseRow> course = m_store.course(id, language);
        if (!course)
            throw ApiError::notFound(QStringLiteral("Course '%1'").arg(id));
        return {courseDetailJson(*course, m_store.lessons(id, course->language)), std::nullopt,
                course->language};
    });
}

RawReply CatalogRoutes::lesson(const ApiRequest &request) {
    const QString courseId = idParameter(request, QStringLiteral("courseId"));
    const QString lessonId = idParameter(request, QStringLiteral("lessonId"));
    const QString language = requestedLanguage(request);
    const QString key = cacheKey({QStringLiteral("lesson"), language, courseId, lessonId});
    return cached(request, key, [&]() -> ApiResult {
        const std::optional<CourseRow> course = m_store.course(courseId, language);
        if (!course)
            throw ApiError::notFound(QStringLiteral("Course '%1'").arg(courseId));
        const std::optional<LessonRow> lesson = m_store.lesson(courseId, lessonId, course->language);
        if (!lesson)
            throw ApiError::notFound(QStringLiteral("Lesson '%1' of course '%2'").arg(lessonId, courseId));
        return {lessonJson(*lesson), std::nullopt, course->language};
    });
}

} // namespace tpn::server
