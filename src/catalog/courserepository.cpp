#include "courserepository.h"

#include "apiclient.h"
#include "catalogjson.h"
#include "coursecache.h"

#include <QElapsedTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

ApiError malformed(const QString &detail) {
    return {ApiError::Kind::Malformed, 200, QStringLiteral("invalid_data"), detail};
}

QString pathSegment(const QString &id) {
    return QString::fromUtf8(QUrl::toPercentEncoding(id));
}

} // namespace

CourseRepository::CourseRepository(ApiClient &api, CourseCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache) {
    connect(&api.reachability(), &Reachability::onlineChanged, this, &CourseRepository::offlineChanged);
}

void CourseRepository::setLanguage(const QString &languageTag) {
    if (languageTag == m_language)
        return;
    m_language = languageTag;
    emit languageChanged();
    emit contentReset();
}

bool CourseRepository::offline() const {
    return !m_api.reachability().online();
}

ApiError CourseRepository::storageError() const {
    return {ApiError::Kind::Malformed, 0, QStringLiteral("cache_write_failed"), m_cache.errorString()};
}

template <typename Read> auto CourseRepository::timed(QLatin1StringView query, Read read) const {
    if (!m_queryObserver)
        return read();
    QElapsedTimer clock;
    clock.start();
    auto result = read();
    m_queryObserver(query, double(clock.nsecsElapsed()) / 1e6);
    return result;
}

QList<CourseSummary> CourseRepository::cachedCourses(const CourseQuery &query, int limit) const {
    return timed("courses"_L1, [&] { return m_cache.courses(m_language, query, limit); });
}

int CourseRepository::cachedCourseCount(const CourseQuery &query) const {
    return timed("course_count"_L1, [&] { return m_cache.courseCount(m_language, query); });
}

std::optional<CourseDetail> CourseRepository::cachedCourse(const QString &courseId) const {
    return timed("course"_L1, [&] { return m_cache.courseDetail(m_language, courseId); });
}

std::optional<Lesson> CourseRepository::cachedLesson(const QString &courseId, const QString &lessonId) const {
    return timed("lesson"_L1, [&] { return m_cache.lesson(m_language, courseId, lessonId); });
}

QList<Category> CourseRepository::cachedCategories() const {
    return timed("categories"_L1, [&] { return m_cache.categories(m_language); });
}

void CourseRepository::fetchCourses(const CourseQuery &query, int page, int limit, QObject *context,
                                    PageDone done) {
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("language"), m_language);
    params.addQueryItem(QStringLiteral("page"), QString::number(page));
    params.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!query.category.isEmpty())
        params.addQueryItem(QStringLiteral("category"), query.category);
    if (!query.search.trimmed().isEmpty())
        params.addQueryItem(QStringLiteral("q"),
                            QString::fromUtf8(QUrl::toPercentEncoding(query.search.trimmed())));
    const QString language = m_language;
    m_api.get(QStringLiteral("/mobile-api/courses"), params, context,
              [this, language, done = std::move(done)](const ApiResult &result) {
                  PageResult page{result.error, false};
                  if (result.ok()) {
                      QString error;
                      const auto courses = CatalogJson::list<CourseSummary>(
                          result.envelope.data, CatalogJson::courseSummary, &error);
                      if (!courses || !result.envelope.pagination)
                          page.error = malformed(courses ? QStringLiteral("pagination missing") : error);
                      else if (!m_cache.storeCourses(language, *courses))
                          page.error = storageError();
                      else
                          page.hasMore = result.envelope.pagination->hasMore;
                  }
                  done(page);
              });
}

// One record (a course, a lesson, the categories) from the server into the cache: asked in the
// current language, decoded strictly, stored whole; `done` gets why not, if not.
template <typename Decode, typename Store>
void CourseRepository::fetchInto(const QString &path, QObject *context, Done done, Decode decode,
                                 Store store) {
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("language"), m_language);
    const QString language = m_language;
    m_api.get(path, params, context,
              [this, language, done = std::move(done), decode, store](const ApiResult &result) {
                  ApiError error = result.error;
                  if (result.ok()) {
                      QString problem;
                      const auto value = decode(result.envelope.data, &problem);
                      if (!value)
                          error = malformed(problem);
                      else if (!store(language, *value))
                          error = storageError();
                  }
                  done(error);
              });
}

void CourseRepository::fetchCourse(const QString &courseId, QObject *context, Done done) {
    fetchInto(QStringLiteral("/mobile-api/courses/") + pathSegment(courseId), context, std::move(done),
              CatalogJson::courseDetail, [this](const QString &language, const CourseDetail &d) {
                  return m_cache.storeCourseDetail(language, d);
              });
}

void CourseRepository::fetchLesson(const QString &courseId, const QString &lessonId, QObject *context,
                                   Done done) {
    fetchInto(
        QStringLiteral("/mobile-api/courses/%1/lessons/%2").arg(pathSegment(courseId), pathSegment(lessonId)),
        context, std::move(done), CatalogJson::lesson,
        [this](const QString &language, const Lesson &l) { return m_cache.storeLesson(language, l); });
}

void CourseRepository::fetchCategories(QObject *context, Done done) {
    fetchInto(
        QStringLiteral("/mobile-api/categories"), context, std::move(done),
        [](const QJsonValue &json, QString *error) {
            return CatalogJson::list<Category>(json, CatalogJson::category, error);
        },
        [this](const QString &language, const QList<Category> &c) {
            return m_cache.storeCategories(language, c);
        });
}
