#pragma once

#include "catalogcontent.h"
#include "contentimages.h"

#include <QSet>
#include <QString>

#include <stdexcept>

class QJsonArray;
class QJsonObject;
class QJsonValue;

namespace tpn::server {

// Content that cannot be imported. The message names the file and the field, e.g.
// "courses/health.json: courses[2].lessons[0].title.ht: is missing (…)".
class ContentError : public std::runtime_error {
public:
    explicit ContentError(const QString &message)
        : std::runtime_error(message.toStdString()) {}
};

// Reads and validates content files (the format of server/demo, described in docs/api.md) into a
// CatalogContent. Categories must be read before the courses that refer to them. Nothing touches the
// store here, so invalid content is rejected before any of it is imported.
class ContentReader {
public:
    // A JSON array of categories; throws ContentError.
    void readCategories(const QString &path);
    // Every *.json file in dir except categories.json, by file name; each holds one category's courses.
    // Their images are files in imagesDir. Throws ContentError, also when dir holds no course file.
    void readCourseDirectory(const QString &dir, const QString &imagesDir);

    const CatalogContent &content() const { return m_content; }

private:
    void readCourseFile(const QString &path, ImageLibrary &images);
    Course readCourse(const QJsonValue &value, const QString &category, const QString &field,
                      ImageLibrary &images);
    Lesson readLesson(const QJsonValue &value, const QString &defaultLanguage, const QString &field,
                      ImageLibrary &images);

    CatalogContent m_content;
    QSet<QString> m_categoryIds;
    QSet<QString> m_courseIds;
    QString m_file; // the file being read, for error messages
};

} // namespace tpn::server
