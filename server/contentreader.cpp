#include "contentreader.h"

#include "contentfields.h"
#include "languages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tpn::server {

namespace {

// Lessons longer than a school day are a typo, not a lesson.
constexpr int MaximumLessonMinutes = 600;

QJsonDocument readJsonFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ContentError(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        throw ContentError(QStringLiteral("%1: not valid JSON at byte %2: %3")
                               .arg(path)
                               .arg(error.offset)
                               .arg(error.errorString()));
    }
    return document;
}

} // namespace

void ContentReader::readCategories(const QString &path) {
    m_file = path;
    const QJsonDocument document = readJsonFile(path);
    if (!document.isArray())
        throw ContentError(QStringLiteral("%1: must be a JSON array of categories").arg(path));
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const ContentFields fields(m_file, array.at(i), QStringLiteral("[%1]").arg(i));
        Category category{fields.id(u"id"), fields.string(u"icon"), fields.color(u"color"),
                          fields.text(u"name", supportedLanguages())};
        if (m_categoryIds.contains(category.id))
            fields.fail(u"id", QStringLiteral("category \"%1\" is defined twice").arg(category.id));
        m_categoryIds.insert(category.id);
        m_content.categories.append(std::move(category));
    }
}

void ContentReader::readCourseDirectory(const QString &dir, const QString &imagesDir) {
    const QDir directory(dir);
    if (!directory.exists())
        throw ContentError(QStringLiteral("%1: no such directory").arg(dir));
    QStringList files = directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("categories.json"));
    if (files.isEmpty())
        throw ContentError(QStringLiteral("%1: holds no course file (*.json)").arg(dir));
    ImageLibrary images(imagesDir);
    for (const QString &file : std::as_const(files))
        readCourseFile(directory.filePath(file), images);
}

void ContentReader::readCourseFile(const QString &path, ImageLibrary &images) {
    m_file = path;
    const QJsonDocument document = readJsonFile(path);
    const ContentFields file(m_file, document.isObject() ? QJsonValue(document.object()) : QJsonValue(), {});
    const QString category = file.id(u"category");
    if (!m_categoryIds.contains(category))
        file.fail(u"category", QStringLiteral("unknown category \"%1\"").arg(category));
    const QJsonArray courses = file.array(u"courses");
    for (qsizetype i = 0; i < courses.size(); ++i) {
        Course course = readCourse(courses.at(i), category, QStringLiteral("courses[%1]").arg(i), images);
        m_courseIds.insert(course.id);
        m_content.courses.append(std::move(course));
    }
}

Course ContentReader::readCourse(const QJsonValue &value, const QString &category, const QString &field,
                                 ImageLibrary &images) {
    const ContentFields fields(m_file, value, field);
    Course course;
    course.id = fields.id(u"id");
    if (m_courseIds.contains(course.id))
        fields.fail(u"id", QStringLiteral("course \"%1\" is defined twice").arg(course.id));
    course.category = category;
    course.icon = fields.string(u"icon");
    course.color = fields.color(u"color");
    course.defaultLanguage = fields.language(u"defaultLanguage");
    if (const std::optional<QString> image = fields.optionalString(u"image"))
        course.image = images.reference(fields, u"image", *image, m_content.images);
    const QStringList required{course.defaultLanguage};
    course.title = fields.text(u"title", required);
    course.summary = fields.text(u"summary", required);
    course.description = fields.text(u"description", required);
    const QJsonArray lessons = fields.array(u"lessons");
    if (lessons.isEmpty())
        fields.fail(u"lessons", QStringLiteral("a course needs at least one lesson"));
    QSet<QString> lessonIds;
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        Lesson lesson = readLesson(lessons.at(i), course.defaultLanguage,
                                   QStringLiteral("%1.lessons[%2]").arg(field).arg(i), images);
        if (lessonIds.contains(lesson.id))
            fields.fail(QStringLiteral("lessons[%1].id").arg(i),
                        QStringLiteral("lesson \"%1\" is defined twice").arg(lesson.id));
        lessonIds.insert(lesson.id);
        course.lessons.append(std::move(lesson));
    }
    course.source = value.toObject();
    return course;
}

Lesson ContentReader::readLesson(const QJsonValue &value, const QString &defaultLanguage,
                                 const QString &field, ImageLibrary &images) {
    const ContentFields fields(m_file, value, field);
    const QStringList required{defaultLanguage};
    Lesson lesson;
    lesson.id = fields.id(u"id");
    lesson.durationMinutes = fields.integer(u"durationMinutes", 1, MaximumLessonMinutes);
    lesson.title = fields.text(u"title", required);
    lesson.summary = fields.text(u"summary", required);
    lesson.body = fields.text(u"body", required);
    for (auto body = lesson.body.begin(); body != lesson.body.end(); ++body) {
        *body = images.resolveBody(fields, QStringLiteral("body.%1").arg(body.key()), *body, m_content.images,
                                   lesson.images);
    }
    lesson.source = value.toObject();
    return lesson;
}

} // namespace tpn::server
