#include "catalogimport.h"

#include "catalogjson.h"
#include "contentstore.h"
#include "coursecache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue readJson(ContentStore &store, const ManifestFile *file) {
    if (!file)
        return {};
    const QByteArray bytes = store.read(file->sha256, ContentManifest::kMaxFileBytes);
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

bool installIntoCatalog(const OfflinePackage &package, ContentStore &store, CourseCache &cache,
                        const QString &languageTag, QString *problem) {
    const ContentManifest *manifest = package.target();
    QString error;
    const auto detail =
        manifest ? CatalogJson::courseDetail(readJson(store, manifest->courseFile()), &error) : std::nullopt;
    if (!detail || detail->course.id != package.courseId) {
        if (problem)
            *problem = QStringLiteral("course.json: ") + error;
        return false;
    }
    QList<Lesson> lessons;
    for (const ManifestFile &file : manifest->files) {
        if (!file.isLesson())
            continue;
        const auto lesson = CatalogJson::lesson(readJson(store, &file), &error);
        if (!lesson || lesson->courseId != package.courseId) {
            if (problem)
                *problem = file.path + QStringLiteral(": ") + error;
            return false;
        }
        lessons.append(*lesson);
    }
    bool stored = cache.storeCourseDetail(languageTag, *detail);
    for (const Lesson &lesson : lessons)
        stored = stored && cache.storeLesson(languageTag, lesson);
    if (!stored && problem)
        *problem = cache.errorString();
    return stored;
}
