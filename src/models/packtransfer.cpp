#include "packtransfer.h"

#include "contentpack.h"
#include "contentstore.h"
#include "coursedownloader.h"
#include "languagecontroller.h"
#include "offlinetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThreadPool>

namespace {

// Where systems mount USB sticks and SD cards; the system's own volumes are never offered.
bool isRemovableDrive(const QString &root) {
#if defined(Q_OS_WIN)
    return !root.startsWith(QLatin1String("C:"), Qt::CaseInsensitive);
#elif defined(Q_OS_MACOS)
    return root.startsWith(QLatin1String("/Volumes/"));
#else
    return root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/mnt/")) ||
           root.startsWith(QLatin1String("/run/media/"));
#endif
}

QString localPath(const QString &folder) {
    const QUrl url(folder);
    return url.isLocalFile() ? url.toLocalFile() : folder;
}

} // namespace

PackTransfer::PackTransfer(CourseDownloader &downloader, ContentStore &store, LanguageController &language,
                           QObject *parent)
    : QObject(parent)
    , m_downloader(downloader)
    , m_store(store) {
    // A result on screen is cleared rather than left in the language it was written in.
    connect(&language, &LanguageController::codeChanged, this, &PackTransfer::clearResult);
}

void PackTransfer::begin() {
    m_busy = true;
    m_progress = 0;
    m_result.clear();
    m_problems.clear();
    emit changed();
}

void PackTransfer::end(const QString &result, const QStringList &problems) {
    m_busy = false;
    m_progress = 1;
    m_result = result;
    m_problems = problems;
    emit changed();
    emit finished();
}

void PackTransfer::clearResult() {
    if (m_busy)
        return;
    m_result.clear();
    m_problems.clear();
    emit changed();
}

void PackTransfer::setProgress(int done, int total) {
    m_progress = total > 0 ? double(done) / total : 0;
    emit changed();
}

void PackTransfer::exportTo(const QString &folder) {
    if (m_busy)
        return;
    QList<OfflinePackage> packages;
    for (const OfflinePackage &package : m_downloader.library().packages())
        if (package.current)
            packages.append(package);
    if (packages.isEmpty())
        return end(tr("There is no downloaded course to save yet."));
    begin();
    const QString path = localPath(folder);
    const QString directory = m_store.directory();
    QPointer<PackTransfer> self(this);
    QThreadPool::globalInstance()->start([self, path, packages, directory] {
        ContentStore store(directory);
        const auto report = [self](int done, int total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (self)
                    self->setProgress(done, total);
            });
        };
        const ContentPack::ExportResult result = ContentPack::write(path, packages, store, report);
        QMetaObject::invokeMethod(qApp, [self, result] {
            if (!self)
                return;
            if (!result.error.isEmpty()) {
                qWarning("pack export failed: %s", qPrintable(result.error));
                return self->end(tr("The pack could not be saved there. Nothing was written."));
            }
            self->end(tr("Saved %n course(s) in the folder \u201c%1\u201d.", nullptr, result.courses)
                          .arg(QFileInfo(result.packDir).fileName()));
        });
    });
}

void PackTransfer::importFrom(const QString &folder) {
    if (m_busy)
        return;
    begin();
    const QString path = localPath(folder);
    const QString directory = m_store.directory();
    const QByteArray keyPem = m_downloader.contentKey().pem();
    QPointer<PackTransfer> self(this);
    QThreadPool::globalInstance()->start([self, path, directory, keyPem] {
        ContentStore store(directory);
        const ContentKey key = ContentKey::fromPem(keyPem);
        const auto report = [self](int done, int total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (self)
                    self->setProgress(done, total);
            });
        };
        const ContentPack::ImportResult result = ContentPack::read(path, key, store, report);
        QMetaObject::invokeMethod(qApp, [self, result] {
            if (!self)
                return;
            if (!result.isPack)
                return self->end(tr("This folder holds no Tek Pou Nou pack."));
            QStringList problems;
            int imported = 0;
            for (const ContentPack::CourseResult &course : result.courses) {
                if (!course.ok()) {
                    problems.append(OfflineText::refusal(course));
                    continue;
                }
                self->m_downloader.enqueue(course.signedManifest, true); // every file is here: no network
                ++imported;
            }
            self->end(tr("%n course(s) added from the pack.", nullptr, imported), problems);
        });
    });
}

QVariantList PackTransfer::places() const {
    QVariantList places;
    const auto add = [&places](const QString &name, const QString &path) {
        places.append(QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("path"), path}});
    };
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty())
        add(tr("Documents"), documents);
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (!volume.isValid() || !volume.isReady() || !isRemovableDrive(volume.rootPath()))
            continue;
        add(volume.displayName().isEmpty() ? volume.rootPath() : volume.displayName(), volume.rootPath());
    }
    return places;
}
