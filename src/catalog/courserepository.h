#pragma once

#include "catalogtypes.h"
#include "envelope.h"

#include <QObject>
#include <functional>
#include <optional>

class ApiClient;
class CourseCache;

// The one place that knows where catalog data comes from. Readers get the cache's answer at once
// (so everything once seen works offline) and ask for a refresh from the server, which lands in
// the cache; then they read the cache again (stale-while-revalidate). The cache is the device's
// one catalog cache, whoever is signed in. When it lacks the language asked for, it answers the
// version it has, marked `otherLanguage` (see CourseCache). `offline` is the API client's
// reachability (the app's one source for it), which the screens show as an offline banner.
class CourseRepository : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool offline READ offline NOTIFY offlineChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

public:
    struct PageResult {
        ApiError error;
        bool hasMore = false;
    };
    using Done = std::function<void(const ApiError &)>;
    using PageDone = std::function<void(const PageResult &)>;

    // Told how long each cache read took ("courses", "course", …), for timings.
    using QueryObserver = std::function<void(QLatin1StringView query, double elapsedMs)>;

    CourseRepository(ApiClient &api, CourseCache &cache, QObject *parent = nullptr);
    void setQueryObserver(QueryObserver observer) { m_queryObserver = std::move(observer); }

    // The content language requested from the server, as a tag such as "ht-HT".
    QString language() const { return m_language; }
    void setLanguage(const QString &languageTag);
    bool offline() const;

    QList<CourseSummary> cachedCourses(const CourseQuery &query, int limit) const;
    int cachedCourseCount(const CourseQuery &query) const;
    std::optional<CourseDetail> cachedCourse(const QString &courseId) const;
    std::optional<Lesson> cachedLesson(const QString &courseId, const QString &lessonId) const;
    QList<Category> cachedCategories() const;

    // Each fetch stores what the server sent in the cache, then calls `done` (unless `context` is
    // gone). On failure the cache is left exactly as it was.
    void fetchCourses(const CourseQuery &query, int page, int limit, QObject *context, PageDone done);
    void fetchCourse(const QString &courseId, QObject *context, Done done);
    void fetchLesson(const QString &courseId, const QString &lessonId, QObject *context, Done done);
    void fetchCategories(QObject *context, Done done);

signals:
    void offlineChanged();
    void languageChanged();
    // What the cache answers has changed wholesale (another language): readers should read again.
    void contentReset();

private:
    // Records reachability from an answer and turns a decode or storage failure into an error.
    template <typename Decode, typename Store>
    void fetchInto(const QString &path, QObject *context, Done done, Decode decode, Store store);
    ApiError storageError() const;
    template <typename Read> auto timed(QLatin1StringView query, Read read) const;

    ApiClient &m_api;
    CourseCache &m_cache;
    QString m_language = QStringLiteral("ht-HT");
    QueryObserver m_queryObserver;
};
