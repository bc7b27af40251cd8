#include "catalogjson.h"

#include "jsonfields.h"

#include <QRegularExpression>

namespace {

// Upper bounds far above real content; they exist so a broken or hostile server cannot make the
// client store or lay out megabytes of text in one field.
constexpr qsizetype kMaxTitle = 300;
constexpr qsizetype kMaxSummary = 2000;
constexpr qsizetype kMaxDescription = 20000;
constexpr qsizetype kMaxBody = 500000;
constexpr qsizetype kMaxShort = 64;
constexpr int kMaxCount = 1000000;

template <typename T> std::optional<T> finish(const JsonFields &fields, T value, QString *error) {
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return value;
}

// An optional "sha256:<64 lower-case hex>" reference: the hash, or empty for anything else (a
// picture is decoration: one the app cannot use is left out, the course is still shown).
QString contentHash(const QJsonValue &value) {
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"sha256:([0-9a-f]{64})"));
    const QRegularExpressionMatch match = pattern.match(value.toString());
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

bool CatalogJson::isValidId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

std::optional<Category> CatalogJson::category(const QJsonValue &json, QString *error) {
    JsonFields f(json);
    Category c;
    c.id = f.id(QLatin1StringView("id"));
    c.name = f.string(QLatin1StringView("name"), kMaxTitle);
    c.icon = f.string(QLatin1StringView("icon"), kMaxShort);
    c.color = f.color(QLatin1StringView("color"));
    c.courseCount = f.optionalInteger(QLatin1StringView("courseCount"), 0, kMaxCount, 0);
    return finish(f, c, error);
}

std::optional<CourseSummary> CatalogJson::courseSummary(const QJsonValue &json, QString *error) {
    JsonFields f(json);
    CourseSummary c;
    c.id = f.id(QLatin1StringView("id"));
    c.category = f.id(QLatin1StringView("category"));
    c.title = f.string(QLatin1StringView("title"), kMaxTitle);
    c.summary = f.string(QLatin1StringView("summary"), kMaxSummary, true);
    c.language = f.string(QLatin1StringView("language"), kMaxShort);
    c.languages = f.stringList(QLatin1StringView("languages"), 16, kMaxShort);
    c.icon = f.string(QLatin1StringView("icon"), kMaxShort);
    c.color = f.color(QLatin1StringView("color"));
    c.position = f.optionalInteger(QLatin1StringView("position"), 0, kMaxCount, 0);
    c.lessonCount = f.integer(QLatin1StringView("lessonCount"), 0, kMaxCount);
    c.durationMinutes = f.integer(QLatin1StringView("durationMinutes"), 0, kMaxCount);
    c.updatedAt = f.dateTime(QLatin1StringView("updatedAt"));
    c.image = contentHash(f.value(QLatin1StringView("image")));
    return finish(f, c, error);
}

std::optional<CourseDetail> CatalogJson::courseDetail(const QJsonValue &json, QString *error) {
    std::optional<CourseSummary> summary = courseSummary(json, error);
    if (!summary)
        return std::nullopt;
    JsonFields f(json);
    CourseDetail d;
    d.course = *summary;
    d.description = f.string(QLatin1StringView("description"), kMaxDescription, true);
    if (!f.ok()) {
        *error = f.error();
        return std::nullopt;
    }
    auto lessons = list<LessonSummary>(
        f.value(QLatin1StringView("lessons")),
        [](const QJsonValue &item, QString *itemError) -> std::optional<LessonSummary> {
            JsonFields lf(item);
            LessonSummary l;
            l.id = lf.id(QLatin1StringView("id"));
            l.position = lf.integer(QLatin1StringView("position"), 0, kMaxCount);
            l.title = lf.string(QLatin1StringView("title"), kMaxTitle);
            l.summary = lf.string(QLatin1StringView("summary"), kMaxSummary, true);
            l.durationMinutes = lf.integer(QLatin1StringView("durationMinutes"), 0, kMaxCount);
            return finish(lf, l, itemError);
        },
        error);
    if (!lessons) {
        *error = QStringLiteral("field 'lessons': %1").arg(*error);
        return std::nullopt;
    }
    d.lessons = std::move(*lessons);
    return d;
}

std::optional<Lesson> CatalogJson::lesson(const QJsonValue &json, QString *error) {
    JsonFields f(json);
    Lesson l;
    l.id = f.id(QLatin1StringView("id"));
    l.courseId = f.id(QLatin1StringView("courseId"));
    l.position = f.integer(QLatin1StringView("position"), 0, kMaxCount);
    l.title = f.string(QLatin1StringView("title"), kMaxTitle);
    l.summary = f.string(QLatin1StringView("summary"), kMaxSummary, true);
    l.body = f.string(QLatin1StringView("body"), kMaxBody, true);
    l.language = f.string(QLatin1StringView("language"), kMaxShort);
    l.durationMinutes = f.integer(QLatin1StringView("durationMinutes"), 0, kMaxCount);
    l.updatedAt = f.dateTime(QLatin1StringView("updatedAt"));
    return finish(f, l, error);
}
