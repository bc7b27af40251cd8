#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tpn::server {

// One text in the languages it is written in: language code -> text.
using LocalizedText = QMap<QString, QString>;

struct Category {
    QString id;
    QString icon;
    QString color;
    LocalizedText name;
};

struct Lesson {
    QString id;
    int durationMinutes = 0;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText body; // image references resolved to "sha256:<hex>"
    QStringList images; // the SHA-256 (hex) of the images the bodies show, in order of appearance
    QJsonObject source; // as read, so the importer can tell whether it changed
};

struct Course {
    QString id;
    QString category;
    QString icon;
    QString color;
    QString defaultLanguage;
    QString image; // SHA-256 (hex) of the course's image, or empty
    LocalizedText title;
    LocalizedText summary;
    LocalizedText description;
    QList<Lesson> lessons;
    QJsonObject source;

    // The languages every text of the course, lessons included, is written in, in API order. A course
    // is served in one language throughout, so a partial translation is not served at all.
    QStringList completeLanguages() const;
    // The SHA-256 (hex) of every image the course shows, its own first, each once.
    QStringList images() const;
};

// An image of the content (DIR/images/<name>), stored and served by its SHA-256.
struct ContentImage {
    QString name; // "boil-water.svg"
    QByteArray contentType;
    QByteArray data;
};

// Everything the catalog holds, in catalog order.
struct CatalogContent {
    QList<Category> categories;
    QList<Course> courses;
    QMap<QString, ContentImage> images; // by SHA-256 (hex)
};

// Ids of categories, courses and lessons: short, lower-case, URL-safe.
bool isValidId(const QString &id);

} // namespace tpn::server
