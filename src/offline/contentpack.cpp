#include "contentpack.h"

#include "contentkey.h"
#include "contentstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace ContentPack {
namespace {

const QString kMarker = QStringLiteral("tekpounou-pack.json");
constexpr int kMaxCourses = 1000;

QByteArray readSmall(const QString &path, qint64 maxBytes, bool *ok) {
    QFile file(path);
    const QFileInfo info(path);
    *ok = info.isFile() && !info.isSymLink() && info.size() <= maxBytes && file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

QString packFolder(const QString &folder) {
    if (QFileInfo(folder + u'/' + kMarker).isFile())
        return folder;
    const QStringList children = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &child : children)
        if (QFileInfo(folder + u'/' + child + u'/' + kMarker).isFile())
            return folder + u'/' + child;
    return {};
}

Refusal refusal(Refusal::Kind kind, const ContentManifest *manifest = nullptr,
                const ManifestFile *file = nullptr) {
    Refusal r{kind, file ? file->path : QString(), 0};
    if (manifest && file && file->isLesson()) {
        int number = 0;
        for (const ManifestFile &f : manifest->files) {
            number += f.isLesson() ? 1 : 0;
            if (f.path == file->path)
                r.lessonNumber = number;
        }
    }
    return r;
}

QString titleOf(const QString &path, const ManifestFile &courseFile) {
    bool ok = false;
    const QByteArray bytes = readSmall(path, courseFile.size, &ok);
    if (!ok || ContentStore::hashOf(path) != courseFile.sha256.toLatin1())
        return {};
    return QJsonDocument::fromJson(bytes).object().value(QLatin1String("title")).toString().left(200);
}

CourseResult readCourse(const QString &pack, const QString &courseId, const QString &language,
                        const ContentKey &key, ContentStore &store) {
    CourseResult result{courseId, language, {}, {}, {}};
    const QString dir = pack + QStringLiteral("/courses/") + courseId + u'/' + language;
    bool textOk = false, signatureOk = false;
    SignedManifest &signedManifest = result.signedManifest;
    signedManifest.text =
        readSmall(dir + QStringLiteral("/manifest.json"), ContentManifest::kMaxManifestBytes, &textOk);
    signedManifest.signature =
        QByteArray::fromBase64(readSmall(dir + QStringLiteral("/signature"), 1024, &signatureOk).trimmed());
    if (!textOk || !signatureOk || !key.verify(signedManifest.text, signedManifest.signature)) {
        result.refusal = refusal(Refusal::Kind::Unsigned);
        return result;
    }
    const auto manifest = ContentManifest::parse(signedManifest.text);
    if (!manifest || manifest->courseId != courseId || manifest->language != language) {
        result.refusal = refusal(Refusal::Kind::Malformed);
        return result;
    }
    signedManifest.manifest = *manifest;
    const QString files = pack + QStringLiteral("/files/");
    result.title = titleOf(files + manifest->courseFile()->sha256, *manifest->courseFile());
    signedManifest.title = result.title;
    // Every file is checked before any is copied: a refused course leaves nothing new behind.
    for (const ManifestFile &file : manifest->files) {
        const QFileInfo info(files + file.sha256);
        if (!info.isFile() || info.isSymLink()) {
            result.refusal = refusal(Refusal::Kind::Missing, &*manifest, &file);
            return result;
        }
        if (info.size() != file.size || ContentStore::hashOf(info.filePath()) != file.sha256.toLatin1()) {
            result.refusal = refusal(Refusal::Kind::Mismatch, &*manifest, &file);
            return result;
        }
    }
    for (const ManifestFile &file : manifest->files) {
        if (!store.importFile(files + file.sha256, file.sha256, file.size)) {
            result.refusal = refusal(Refusal::Kind::NoRoom, &*manifest, &file);
            return result;
        }
    }
    return result;
}

} // namespace

ImportResult read(const QString &folder, const ContentKey &key, ContentStore &store,
                  const Progress &progress) {
    ImportResult result;
    result.packDir = packFolder(folder);
    if (result.packDir.isEmpty())
        return result;
    bool ok = false;
    const QJsonObject marker =
        QJsonDocument::fromJson(readSmall(result.packDir + u'/' + kMarker, 4096, &ok)).object();
    result.isPack = ok && marker.value(QLatin1String("format")).toInt() == 1;
    if (!result.isPack)
        return result;

    static const QRegularExpression idRule(QStringLiteral("^[a-z0-9-]{1,64}$"));
    static const QStringList languages = {QStringLiteral("ht"), QStringLiteral("fr"), QStringLiteral("en")};
    QList<QPair<QString, QString>> courses;
    const QDir coursesDir(result.packDir + QStringLiteral("/courses"));
    for (const QString &courseId : coursesDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!idRule.match(courseId).hasMatch())
            continue; // not a course folder: the pack's own files only are read
        for (const QString &language :
             QDir(coursesDir.filePath(courseId)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (languages.contains(language) && courses.size() < kMaxCourses)
                courses.append({courseId, language});
    }
    store.ensureDirectory();
    for (int i = 0; i < courses.size(); ++i) {
        if (progress)
            progress(i, int(courses.size()));
        result.courses.append(readCourse(result.packDir, courses[i].first, courses[i].second, key, store));
    }
    if (progress)
        progress(int(courses.size()), int(courses.size()));
    return result;
}

ExportResult write(const QString &folder, const QList<OfflinePackage> &packages, ContentStore &store,
                   const Progress &progress) {
    ExportResult result;
    const QString name = QStringLiteral("tekpounou-pack-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const QString temporary = folder + QStringLiteral("/.") + name + QStringLiteral(".partial");
    QDir(temporary).removeRecursively();
    auto fail = [&](const QString &error) {
        QDir(temporary).removeRecursively();
        result.error = error;
        return result;
    };
    if (!QDir().mkpath(temporary + QStringLiteral("/files")))
        return fail(QStringLiteral("cannot create ") + temporary);
    QSaveFile marker(temporary + u'/' + kMarker);
    if (!marker.open(QIODevice::WriteOnly) || marker.write("{\"format\":1}\n") < 0 || !marker.commit())
        return fail(QStringLiteral("cannot write the pack marker"));

    for (int i = 0; i < packages.size(); ++i) {
        if (progress)
            progress(i, int(packages.size()));
        const OfflinePackage &package = packages[i];
        if (!package.current)
            continue;
        const QString dir =
            temporary + QStringLiteral("/courses/") + package.courseId + u'/' + package.language;
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create ") + dir);
        for (const ManifestFile &file : package.current->files) {
            const QString target = temporary + QStringLiteral("/files/") + file.sha256;
            if (QFileInfo::exists(target))
                continue;
            if (!store.verify(file.sha256) || !QFile::copy(store.filePath(file.sha256), target))
                return fail(QStringLiteral("cannot copy ") + file.path + QStringLiteral(" of ") +
                            package.courseId);
        }
        QSaveFile manifest(dir + QStringLiteral("/manifest.json"));
        QSaveFile signature(dir + QStringLiteral("/signature"));
        if (!manifest.open(QIODevice::WriteOnly) || manifest.write(package.currentText) < 0 ||
            !manifest.commit() || !signature.open(QIODevice::WriteOnly) ||
            signature.write(package.currentSignature.toBase64() + '\n') < 0 || !signature.commit())
            return fail(QStringLiteral("cannot write the manifest of ") + package.courseId);
        ++result.courses;
    }
    result.packDir = folder + u'/' + name;
    if (!QDir().rename(temporary, result.packDir))
        return fail(QStringLiteral("cannot rename the pack into place"));
    if (progress)
        progress(int(packages.size()), int(packages.size()));
    return result;
}

} // namespace ContentPack
