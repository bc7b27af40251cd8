#include "contentpublisher.h"

#include "catalogjson.h"
#include "catalogstore.h"
#include "signingkey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace tpn::server {

namespace {

struct ManifestFile {
    QString path;
    QByteArray sha256;
    qsizetype size = 0;
    QByteArray contentType;
};

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal, escaped as QJsonDocument escapes it.
QByteArray quoted(const QString &text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The manifest text, with its keys in the documented order (QJsonObject would sort them).
QByteArray manifestJson(const CourseRow &course, const QList<ManifestFile> &files) {
    QByteArray hashes;
    qint64 total = 0;
    QByteArrayList entries;
    for (const ManifestFile &file : files) {
        hashes += file.sha256;
        total += file.size;
        entries.append("{\"path\":" + quoted(file.path) + ",\"sha256\":\"" + file.sha256 +
                       "\",\"size\":" + QByteArray::number(file.size) +
                       ",\"contentType\":" + quoted(QString::fromLatin1(file.contentType)) + '}');
    }
    const QByteArray version = QCryptographicHash::hash(hashes, QCryptographicHash::Sha256).toHex();
    return "{\"format\":1,\"courseId\":" + quoted(course.id) + ",\"language\":" + quoted(course.language) +
           ",\"version\":\"" + version + "\",\"updatedAt\":" + quoted(course.updatedAt) + ",\"files\":[" +
           entries.join(',') + "],\"totalBytes\":" + QByteArray::number(total) + '}';
}

// The images a served lesson body shows: its `![alt](sha256:<hex>)` lines, in order.
QStringList bodyImages(const QString &body) {
    static const QRegularExpression imageLine(
        QStringLiteral("^\\s*!\\[[^\\]]{1,300}\\]\\(sha256:([0-9a-f]{64})\\)\\s*$"),
        QRegularExpression::MultilineOption);
    QStringList images;
    for (auto match = imageLine.globalMatch(body); match.hasNext();)
        images.append(match.next().captured(1));
    return images;
}

} // namespace

ContentStore publishContent(CatalogStore &catalog, const SigningKey *key) {
    ContentStore store;
    QHash<QString, ManifestFile> images;
    for (const ImageRow &image : catalog.images()) {
        const QByteArray sha256 = store.add(image.data, image.contentType);
        images.insert(image.sha256,
                      {QStringLiteral("images/") + image.name, sha256, image.data.size(), image.contentType});
    }
    const QList<CourseRow> courses =
        catalog.courses({QString(), QString(), QString(), 0, std::numeric_limits<int>::max()});
    for (const CourseRow &listed : courses) {
        for (const QString &language : listed.languages) {
            const std::optional<CourseRow> course = catalog.course(listed.id, language);
            if (!course)
                continue;
            const QList<LessonRow> lessons = catalog.lessons(course->id, course->language);
            QList<ManifestFile> files;
            const QByteArray courseJson = compact(courseDetailJson(*course, lessons));
            files.append({QStringLiteral("course.json"), store.add(courseJson, "application/json"),
                          courseJson.size(), "application/json"});
            QStringList shown{course->image};
            for (const LessonRow &entry : lessons) {
                const std::optional<LessonRow> lesson =
                    catalog.lesson(course->id, entry.id, course->language);
                if (!lesson)
                    continue;
                const QByteArray lessonData = compact(lessonJson(*lesson));
                files.append({QStringLiteral("lessons/%1.json").arg(lesson->id),
                              store.add(lessonData, "application/json"), lessonData.size(),
                              "application/json"});
                shown += bodyImages(lesson->body);
            }
            shown.removeDuplicates();
            for (const QString &image : std::as_const(shown)) {
                if (images.contains(image))
                    files.append(images.value(image));
            }
            SignedManifest manifest{manifestJson(*course, files), {}, {}};
            if (key)
                manifest.signature = key->sign(manifest.manifest).toBase64();
            for (const ManifestFile &file : std::as_const(files))
                manifest.files.append(file.sha256);
            store.addManifest(course->id, course->language, std::move(manifest));
        }
    }
    return store;
}

} // namespace tpn::server
