#include "catalogwriter.h"

#include "database.h"
#include "serverlog.h"
#include "sqlstatement.h"

#include <searchkey.h>

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace tpn::server {

namespace {

std::atomic<quint64> writtenGenerations{0};

QString contentHash(const QJsonObject &source, const QString &context) {
    // QJsonDocument writes keys in sorted order, so equal content always hashes alike.
    const QByteArray json = QJsonDocument(source).toJson(QJsonDocument::Compact) + context.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

// key -> (content hash, updated_at) of what the database holds now.
using Versions = QHash<QString, std::pair<QString, QString>>;

Versions previousVersions(const QSqlDatabase &db, const QString &sql) {
    Versions versions;
    SqlStatement query(db, sql);
    query.exec();
    while (query.next())
        versions.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    return versions;
}

void writeCategories(const QSqlDatabase &db, const QList<Category> &categories) {
    SqlStatement insertCategory(db, QStringLiteral("INSERT INTO categories VALUES (?, ?, ?, ?)"));
    SqlStatement insertName(db, QStringLiteral("INSERT INTO category_names VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const Category &category = categories.at(i);
        insertCategory.exec({category.id, i, category.icon, category.color});
        for (auto name = category.name.cbegin(); name != category.name.cend(); ++name)
            insertName.exec({category.id, name.key(), name.value()});
    }
}

// The languages the course is complete in; a content author hears about the translations left out.
QStringList servedLanguages(const Course &course) {
    const QStringList languages = course.completeLanguages();
    if (languages.size() < course.title.size()) {
        qCWarning(lcServer).noquote() << "course" << course.id << "is served only in" << languages.join(u',')
                                      << "because its other translations are incomplete";
    }
    return languages;
}

void writeImages(const QSqlDatabase &db, const QMap<QString, ContentImage> &images) {
    SqlStatement insert(db, QStringLiteral("INSERT INTO content_images VALUES (?, ?, ?, ?)"));
    for (auto image = images.cbegin(); image != images.cend(); ++image) {
        insert.exec({image.key(), image->name, QString::fromLatin1(image->contentType), image->data});
    }
}

int totalMinutes(const Course &course) {
    int minutes = 0;
    for (const Lesson &lesson : course.lessons)
        minutes += lesson.durationMinutes;
    return minutes;
}

} // namespace

CatalogWriter::CatalogWriter(const Database &database)
    : m_database(database) {}

CatalogWriter::Summary CatalogWriter::replaceContent(const CatalogContent &content, const QDateTime &now) {
    const QSqlDatabase db = m_database.connection();
    const QString nowText = now.toUTC().toString(Qt::ISODateWithMs);
    const Versions courseVersions =
        previousVersions(db, QStringLiteral("SELECT id, content_hash, updated_at FROM courses"));
    const Versions lessonVersions = previousVersions(
        db, QStringLiteral("SELECT course_id || '/' || id, content_hash, updated_at FROM lessons"));
    // Unchanged content keeps its timestamp, so responses (and their ETags) stay the same.
    const auto updatedAt = [&](const Versions &versions, const QString &key, const QString &hash) {
        const auto previous = versions.constFind(key);
        return previous != versions.cend() && previous->first == hash ? previous->second : nowText;
    };

    SqlTransaction transaction(db);
    for (const char *table : {"course_search", "lesson_texts", "lessons", "course_texts", "courses",
                              "category_names", "categories", "content_images"})
        SqlStatement(db, QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table))).exec();
    writeCategories(db, content.categories);

    writeImages(db, content.images);
    SqlStatement insertCourse(
        db, QStringLiteral("INSERT INTO courses (id, category_id, position, icon, color, default_language, "
                           "languages, lesson_count, duration_minutes, content_hash, updated_at, image) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlStatement insertCourseText(db, QStringLiteral("INSERT INTO course_texts VALUES (?, ?, ?, ?, ?, ?)"));
    // The search index (database.cpp, catalogSearchTables) is kept in step with course_texts.
    SqlStatement insertSearchKey(
        db, QStringLiteral("INSERT INTO course_search (course_id, language, search_key) VALUES (?, ?, ?)"));
    SqlStatement insertLesson(db, QStringLiteral("INSERT INTO lessons VALUES (?, ?, ?, ?, ?, ?)"));
    SqlStatement insertLessonText(db, QStringLiteral("INSERT INTO lesson_texts VALUES (?, ?, ?, ?, ?, ?)"));
    Summary summary{int(content.categories.size()), int(content.courses.size()), 0};
    for (qsizetype i = 0; i < content.courses.size(); ++i) {
        const Course &course = content.courses.at(i);
        const QStringList languages = servedLanguages(course);
        // The images are part of what a course shows: a changed picture changes the course and lesson.
        const QString hash = contentHash(course.source, course.category + course.images().join(QString()));
        const QString courseUpdatedAt = updatedAt(courseVersions, course.id, hash);
        summary.changedCourses += courseUpdatedAt == nowText ? 1 : 0;
        insertCourse.exec({course.id, course.category, i + 1, course.icon, course.color,
                           course.defaultLanguage, languages.join(u','), course.lessons.size(),
                           totalMinutes(course), hash, courseUpdatedAt,
                           course.image.isEmpty() ? QVariant() : QVariant(course.image)});
        for (const QString &language : languages) {
            const QString title = course.title.value(language);
            const QString summaryText = course.summary.value(language);
            const QString searchKey = tpn::searchKey(title + u' ' + summaryText);
            insertCourseText.exec(
                {course.id, language, title, summaryText, course.description.value(language), searchKey});
            insertSearchKey.exec({course.id, language, searchKey});
        }
        for (qsizetype l = 0; l < course.lessons.size(); ++l) {
            const Lesson &lesson = course.lessons.at(l);
            const QString lessonHash = contentHash(lesson.source, lesson.images.join(QString()));
            insertLesson.exec({course.id, lesson.id, l + 1, lesson.durationMinutes, lessonHash,
                               updatedAt(lessonVersions, course.id + u'/' + lesson.id, lessonHash)});
            for (const QString &language : languages) {
                insertLessonText.exec({course.id, lesson.id, language, lesson.title.value(language),
                                       lesson.summary.value(language), lesson.body.value(language)});
            }
        }
    }
    transaction.commit();
    // PostgreSQL plans by table statistics, which its autovacuum gathers only later: without them a
    // catalog just written is read by scans.
    if (m_database.isPostgres()) {
        QSqlQuery analyze(db); // not a statement PostgreSQL prepares
        if (!analyze.exec(QStringLiteral("ANALYZE")))
            throw DatabaseError(QStringLiteral("ANALYZE failed: %1").arg(analyze.lastError().text()));
    }
    ++writtenGenerations;
    return summary;
}

quint64 CatalogWriter::contentGeneration() {
    return writtenGenerations.load();
}

} // namespace tpn::server
