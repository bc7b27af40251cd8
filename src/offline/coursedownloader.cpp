#include "coursedownloader.h"

#include "apiclient.h"
#include "contentstore.h"
#include "downloadpolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QStorageInfo>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcDownload, "tpn.download")

namespace {

QString key(const QString &courseId, const QString &language) {
    return courseId + u'/' + language;
}

constexpr int kMaxWrongCopies = 3;

} // namespace

CourseDownloader::CourseDownloader(ApiClient &api, ContentStore &store, OfflineLibrary &library,
                                   DownloadPolicy &policy, ContentKey key, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_library(library)
    , m_policy(policy)
    , m_key(std::move(key)) {
    connect(&m_api.reachability(), &Reachability::cameOnline, this, [this] {
        setWaitingForNetwork(false);
        pump();
    });
    connect(&m_policy, &DownloadPolicy::changed, this, [this] {
        // Wi-Fi came back, or the learner changed a rule: what waited for it may go on.
        for (const OfflinePackage &package : m_library.packages())
            if (package.state == OfflinePackage::State::Paused && package.problem == kWaitingForWifi &&
                m_policy.verdict(0, 0) != DownloadPolicy::Verdict::WaitForWifi)
                m_library.setState(package.courseId, package.language, OfflinePackage::State::Downloading);
        pump();
    });
}

CourseDownloader::~CourseDownloader() {
    flushBytes();
}

void CourseDownloader::start() {
    if (m_started)
        return;
    m_started = true;
    // Hash every downloaded file off the GUI thread; a damaged one is deleted and its course queued.
    QList<OfflinePackage> complete;
    for (const OfflinePackage &package : m_library.packages())
        if (package.current)
            complete.append(package);
    const QString directory = m_store.directory();
    QPointer<CourseDownloader> self(this);
    QThreadPool::globalInstance()->start([complete, directory, self] {
        ContentStore store(directory);
        QList<OfflinePackage> damaged;
        for (const OfflinePackage &package : complete) {
            bool intact = true;
            for (const ManifestFile &file : package.current->files)
                intact = store.verify(file.sha256) && intact;
            if (!intact)
                damaged.append(package);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, damaged] {
                if (!self)
                    return;
                for (const OfflinePackage &package : damaged) {
                    qCInfo(lcDownload) << "repairing" << package.courseId << package.language;
                    self->m_library.repair(package.courseId, package.language);
                }
                self->pump();
            },
            Qt::QueuedConnection);
    });
}

void CourseDownloader::fetchManifest(const QString &courseId, const QString &languageTag, QObject *context,
                                     ManifestDone done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("language"), languageTag);
    m_api.get(QStringLiteral("/mobile-api/courses/%1/manifest").arg(courseId), query, context,
              [this, courseId, done = std::move(done)](const ApiResult &result) {
                  if (result.error.isError())
                      return done(std::nullopt, result.error);
                  const QJsonObject data = result.envelope.data.toObject();
                  SignedManifest signedManifest;
                  signedManifest.text = data.value(QLatin1String("manifest")).toString().toUtf8();
                  signedManifest.signature =
                      QByteArray::fromBase64(data.value(QLatin1String("signature")).toString().toLatin1());
                  QString problem;
                  if (!m_key.verify(signedManifest.text, signedManifest.signature))
                      problem = QStringLiteral("the signature does not match the trusted content key");
                  else if (auto manifest = ContentManifest::parse(signedManifest.text, &problem))
                      signedManifest.manifest = *manifest;
                  if (problem.isEmpty() && signedManifest.manifest.courseId != courseId)
                      problem = QStringLiteral("the manifest is another course's");
                  if (!problem.isEmpty()) {
                      qCWarning(lcDownload) << "manifest of" << courseId << "refused:" << problem;
                      return done(std::nullopt, ApiError{ApiError::Kind::Malformed, 200,
                                                         QStringLiteral("manifest"), problem});
                  }
                  done(signedManifest, {});
              });
}

qint64 CourseDownloader::missingBytes(const ContentManifest &manifest, QSet<QString> *counted) const {
    qint64 bytes = 0;
    for (const ManifestFile &file : manifest.files) {
        if (m_store.has(file.sha256) || (counted && counted->contains(file.sha256)))
            continue;
        if (counted)
            counted->insert(file.sha256);
        bytes += file.size - qMin(file.size, m_store.partSize(file.sha256));
    }
    return bytes;
}

qint64 CourseDownloader::freeBytes() const {
    if (m_freeSpace)
        return m_freeSpace();
    m_store.ensureDirectory();
    return QStorageInfo(m_store.directory()).bytesAvailable();
}

bool CourseDownloader::hasRoomFor(qint64 bytes) const {
    m_freeKnown = -1;
    return hasRoom(bytes, false);
}

bool CourseDownloader::hasRoom(qint64 bytes, bool writing) const {
    // Asking the system costs a read of the mount table: at most once per MB written (a write
    // that fails for want of space is caught by the fetch anyway).
    if (m_freeKnown < 0 || m_writtenSinceCheck + bytes >= 1024 * 1024) {
        m_freeKnown = freeBytes();
        m_writtenSinceCheck = 0;
    }
    if (!writing)
        return m_freeKnown - m_writtenSinceCheck - bytes >= kReserveBytes;
    m_writtenSinceCheck += bytes;
    return m_freeKnown - m_writtenSinceCheck >= kReserveBytes;
}

void CourseDownloader::enqueue(const SignedManifest &signedManifest, bool overBudgetAllowed) {
    const ContentManifest &manifest = signedManifest.manifest;
    if (overBudgetAllowed)
        m_overBudgetAllowed.insert(key(manifest.courseId, manifest.language));
    m_library.enqueue(signedManifest.title, manifest, signedManifest.text, signedManifest.signature);
    pump();
}

void CourseDownloader::pause(const QString &courseId, const QString &language) {
    abortFetchOf(courseId, language);
    m_library.setState(courseId, language, OfflinePackage::State::Paused);
    pump();
}

void CourseDownloader::resume(const QString &courseId, const QString &language) {
    m_overBudgetAllowed.insert(
        key(courseId, language)); // resuming past a budget stop is the learner's answer
    m_library.setState(courseId, language, OfflinePackage::State::Downloading);
    pump();
}

void CourseDownloader::cancel(const QString &courseId, const QString &language) {
    abortFetchOf(courseId, language);
    const OfflinePackage *package = m_library.package(courseId, language);
    const QList<ManifestFile> files = package && package->next ? package->next->files : QList<ManifestFile>{};
    m_library.cancel(courseId, language);
    removeUnreferenced(files);
    pump();
}

void CourseDownloader::remove(const QString &courseId, const QString &language) {
    abortFetchOf(courseId, language);
    const OfflinePackage *package = m_library.package(courseId, language);
    if (!package)
        return;
    QList<ManifestFile> files;
    if (package->current)
        files += package->current->files;
    if (package->next)
        files += package->next->files;
    m_library.remove(courseId, language);
    removeUnreferenced(files);
    pump();
}

void CourseDownloader::removeUnreferenced(const QList<ManifestFile> &files) {
    const QSet<QString> referenced = m_library.referencedHashes();
    for (const ManifestFile &file : files) {
        if (referenced.contains(file.sha256))
            continue;
        m_store.remove(file.sha256);
        m_store.removePart(file.sha256);
    }
}

void CourseDownloader::clearUnreferenced() {
    const QSet<QString> referenced = m_library.referencedHashes();
    const QStringList names = QDir(m_store.directory()).entryList(QDir::Files);
    for (const QString &name : names) {
        const QString sha = name.section(u'.', 0, 0);
        if (!referenced.contains(sha) && !(m_fetch && m_current.file.sha256 == sha)) {
            m_store.remove(sha);
            m_store.removePart(sha);
        }
    }
}

qint64 CourseDownloader::unreferencedBytes() const {
    const QSet<QString> referenced = m_library.referencedHashes();
    qint64 bytes = 0;
    const QFileInfoList files = QDir(m_store.directory()).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        if (!referenced.contains(file.fileName().section(u'.', 0, 0)))
            bytes += file.size();
    return bytes;
}

void CourseDownloader::reinstallAll() {
    if (!m_install)
        return;
    for (OfflinePackage package : m_library.packages()) {
        if (!package.current)
            continue;
        package.next.reset(); // install the version on the device, not one being fetched
        m_install(package);
    }
}

CourseDownloader::Progress CourseDownloader::progress(const OfflinePackage &package) const {
    Progress progress;
    const ContentManifest *manifest = package.target();
    if (!manifest)
        return progress;
    progress.bytesTotal = manifest->totalBytes;
    progress.filesTotal = int(manifest->files.size());
    if (!package.next) { // on the device and checked at start: nothing to look up on disk
        progress.bytesDone = progress.bytesTotal;
        progress.filesDone = progress.filesTotal;
        return progress;
    }
    for (const ManifestFile &file : manifest->files) {
        if (m_store.has(file.sha256)) {
            progress.bytesDone += file.size;
            ++progress.filesDone;
        } else {
            progress.bytesDone += qMin(file.size, m_store.partSize(file.sha256));
        }
    }
    return progress;
}

bool CourseDownloader::allPresent(const ContentManifest &manifest) const {
    return std::all_of(manifest.files.cbegin(), manifest.files.cend(),
                       [this](const ManifestFile &file) { return m_store.has(file.sha256); });
}

void CourseDownloader::pump() {
    if (!m_started)
        return;
    // A course whose every file is here already (an imported pack, files another course shares)
    // needs no network and no turn in the queue.
    const QList<OfflinePackage> packages = m_library.packages();
    for (const OfflinePackage &package : packages)
        if (package.next && package.state == OfflinePackage::State::Downloading && allPresent(*package.next))
            finishPackage(package);
    if (m_fetch || m_waitingForNetwork)
        return;
    const OfflinePackage *package = m_library.nextInQueue();
    if (!package)
        return;
    const ManifestFile *missing = nullptr;
    qint64 remaining = 0;
    for (const ManifestFile &file : package->next->files) {
        if (m_store.has(file.sha256))
            continue;
        if (!missing)
            missing = &file;
        remaining += file.size - qMin(file.size, m_store.partSize(file.sha256));
    }
    if (!missing)
        return;

    const qint64 used = m_library.bytesThisMonth() + m_uncountedBytes;
    const DownloadPolicy::Verdict verdict = m_policy.verdict(remaining, used);
    const bool allowed = m_overBudgetAllowed.contains(key(package->courseId, package->language));
    if (verdict == DownloadPolicy::Verdict::WaitForWifi)
        return stop(package->courseId, package->language, OfflinePackage::State::Paused, kWaitingForWifi);
    if (verdict == DownloadPolicy::Verdict::ConfirmBudget && !allowed)
        return stop(package->courseId, package->language, OfflinePackage::State::Paused, kBudget);
    if (!hasRoomFor(remaining))
        return stop(package->courseId, package->language, OfflinePackage::State::Paused, kDiskFull);
    fetch(*package, *missing);
}

void CourseDownloader::fetch(const OfflinePackage &package, const ManifestFile &file) {
    m_store.ensureDirectory();
    m_current = {package.courseId, package.language, file};
    m_fetch = new ContentFetch(
        m_api, file.sha256, m_store.partPath(file.sha256), file.size,
        [this](qint64 bytes) { return hasRoom(bytes, true); }, this);
    connect(m_fetch, &ContentFetch::received, this, [this](qint64 bytes) {
        m_uncountedBytes += bytes;
        m_fetchBytes += bytes;
        if (m_uncountedBytes >= 1024 * 1024)
            flushBytes();
        emit progressed(m_current.courseId);
    });
    connect(m_fetch, &ContentFetch::finished, this, &CourseDownloader::fetched);
    m_fetchClock.start();
    m_fetchBytes = 0;
    m_fetch->start();
}

void CourseDownloader::fetched(ContentFetch::Outcome outcome) {
    ContentFetch *fetch = m_fetch;
    m_fetch = nullptr;
    const ApiError error = fetch ? fetch->error() : ApiError{};
    if (fetch)
        fetch->deleteLater();
    flushBytes();
    const Current current = m_current;
    const ManifestFile &file = current.file;
    using O = ContentFetch::Outcome;
    switch (outcome) {
    case O::Aborted:
        return; // whoever aborted (pause, cancel, remove) changes the queue, then pumps
    case O::Complete:
    case O::Oversized: {
        QString problem;
        if (outcome == O::Complete && m_store.commitPart(file.sha256, file.size, &problem)) {
            m_attempts.remove(file.sha256);
            emit fileFetched(m_fetchBytes, double(m_fetchClock.nsecsElapsed()) / 1e6);
            break;
        }
        m_store.removePart(file.sha256);
        qCWarning(lcDownload) << file.path << "of" << current.courseId << "arrived damaged:" << problem;
        if (++m_attempts[file.sha256] >= kMaxWrongCopies)
            stop(current.courseId, current.language, OfflinePackage::State::Failed, kDamaged);
        break;
    }
    case O::DiskFull:
        stop(current.courseId, current.language, OfflinePackage::State::Paused, kDiskFull);
        break;
    case O::Failed:
        if (error.isConnectivity() || error.kind == ApiError::Kind::Tls) {
            setWaitingForNetwork(true); // resumes when the server answers again
        } else if (error.httpStatus == 416 && ++m_attempts[file.sha256] < kMaxWrongCopies) {
            break; // the part was longer than the file: it starts again from nothing
        } else {
            qCWarning(lcDownload) << file.path << "of" << current.courseId << ":" << error.code
                                  << error.detail;
            stop(current.courseId, current.language, OfflinePackage::State::Failed,
                 error.kind == ApiError::Kind::NotFound ? kGone : kServer);
        }
        break;
    }
    emit progressed(current.courseId);
    pump();
}

void CourseDownloader::finishPackage(const OfflinePackage &package) {
    if (m_install && !m_install(package))
        return stop(package.courseId, package.language, OfflinePackage::State::Failed, kInstall);
    qCInfo(lcDownload) << package.courseId << package.language << "is on the device";
    m_library.complete(package.courseId, package.language);
    emit progressed(package.courseId);
}

void CourseDownloader::stop(const QString &courseId, const QString &language, OfflinePackage::State state,
                            const QString &problem) {
    m_library.setState(courseId, language, state, problem);
    emit progressed(courseId);
}

void CourseDownloader::abortFetchOf(const QString &courseId, const QString &language) {
    if (m_fetch && m_current.courseId == courseId && m_current.language == language)
        m_fetch->abort();
}

void CourseDownloader::flushBytes() {
    if (m_uncountedBytes > 0)
        m_library.countBytes(m_uncountedBytes);
    m_uncountedBytes = 0;
}

void CourseDownloader::setWaitingForNetwork(bool waiting) {
    if (m_waitingForNetwork == waiting)
        return;
    m_waitingForNetwork = waiting;
    emit waitingForNetworkChanged();
}
