#pragma once

#include "contentfetch.h"
#include "contentkey.h"
#include "offlinelibrary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class ApiClient;
class ContentStore;
class DownloadPolicy;

// A course's manifest as the server signed it, checked against the trusted key.
struct SignedManifest {
    QString title;
    ContentManifest manifest;
    QByteArray text;
    QByteArray signature;
};

// Works through the download queue in OfflineLibrary, one file at a time over one connection:
// each file is streamed into its part (resuming where a kill or a pause left it), checked against
// its hash, and only then renamed into view. When every file of a course is on the device, the
// course goes into the catalog (`Install`) and becomes the version the device has. A damaged file
// is fetched again; a server that keeps sending wrong bytes stops that course with a reason.
class CourseDownloader : public QObject {
    Q_OBJECT
public:
    // Problem codes kept with a stopped package; the UI words them in the learner's language.
    static inline const QString kWaitingForWifi = QStringLiteral("wifi");
    static inline const QString kBudget = QStringLiteral("budget");
    static inline const QString kDiskFull = QStringLiteral("disk_full");
    static inline const QString kDamaged = QStringLiteral("damaged");
    static inline const QString kGone = QStringLiteral("gone");
    static inline const QString kServer = QStringLiteral("server");
    static inline const QString kInstall = QStringLiteral("install");

    using Install = std::function<bool(const OfflinePackage &)>;
    using FreeSpace = std::function<qint64()>;
    using ManifestDone = std::function<void(const std::optional<SignedManifest> &, const ApiError &)>;
    static constexpr qint64 kReserveBytes = 20LL * 1024 * 1024; // never fill the device to the last byte

    struct Progress {
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        int filesDone = 0;
        int filesTotal = 0;
    };

    CourseDownloader(ApiClient &api, ContentStore &store, OfflineLibrary &library, DownloadPolicy &policy,
                     ContentKey key, QObject *parent = nullptr);
    ~CourseDownloader() override;

    void setInstaller(Install install) { m_install = std::move(install); }
    void setFreeSpace(FreeSpace freeSpace) { m_freeSpace = std::move(freeSpace); }
    OfflineLibrary &library() { return m_library; }
    bool hasContentKey() const { return m_key.isValid(); }
    const ContentKey &contentKey() const { return m_key; }

    // Checks the files of every downloaded course (a damaged one is fetched again), then resumes.
    void start();

    // Fetches a course's signed manifest; refused unless the signature and every rule hold.
    void fetchManifest(const QString &courseId, const QString &languageTag, QObject *context,
                       ManifestDone done);
    // The bytes still to fetch for `manifest`; files already counted in `counted` count once.
    qint64 missingBytes(const ContentManifest &manifest, QSet<QString> *counted = nullptr) const;
    qint64 freeBytes() const;

    void enqueue(const SignedManifest &signedManifest, bool overBudgetAllowed);
    void pause(const QString &courseId, const QString &language);
    void resume(const QString &courseId, const QString &language);
    void cancel(const QString &courseId, const QString &language);
    void remove(const QString &courseId, const QString &language);
    // Deletes content files no downloaded course lists (pictures seen online).
    void clearUnreferenced();
    qint64 unreferencedBytes() const;
    // Puts every downloaded course into the catalog again (after the cache was cleared).
    void reinstallAll();

    // What of the package's files is on the device (its bytes, and whole files).
    Progress progress(const OfflinePackage &package) const;
    bool waitingForNetwork() const { return m_waitingForNetwork; }

signals:
    void progressed(const QString &courseId);
    // A whole file arrived: its bytes over the time it took, for timings.
    void fileFetched(qint64 bytes, double elapsedMs);
    void waitingForNetworkChanged();

private:
    void pump();
    bool allPresent(const ContentManifest &manifest) const;
    void fetch(const OfflinePackage &package, const ManifestFile &file);
    void fetched(ContentFetch::Outcome outcome);
    void finishPackage(const OfflinePackage &package);
    void stop(const QString &courseId, const QString &language, OfflinePackage::State state,
              const QString &problem);
    void abortFetchOf(const QString &courseId, const QString &language);
    void removeUnreferenced(const QList<ManifestFile> &files);
    void flushBytes();
    void setWaitingForNetwork(bool waiting);
    bool hasRoomFor(qint64 bytes) const;            // a fresh look at the free space
    bool hasRoom(qint64 bytes, bool writing) const; // the last look, less what was written since

    ApiClient &m_api;
    ContentStore &m_store;
    OfflineLibrary &m_library;
    DownloadPolicy &m_policy;
    ContentKey m_key;
    Install m_install;
    FreeSpace m_freeSpace;

    struct Current {
        QString courseId, language;
        ManifestFile file;
    };
    QPointer<ContentFetch> m_fetch;
    QElapsedTimer m_fetchClock; // and the bytes this fetch received (a resumed part counts its rest)
    qint64 m_fetchBytes = 0;
    Current m_current;
    QHash<QString, int> m_attempts;    // sha256 -> wrong copies received this session
    QSet<QString> m_overBudgetAllowed; // "course/language" the learner allowed past the budget
    qint64 m_uncountedBytes = 0;
    mutable qint64 m_freeKnown = -1; // free space at the last check, and bytes written since
    mutable qint64 m_writtenSinceCheck = 0;
    bool m_waitingForNetwork = false;
    bool m_started = false;
};
