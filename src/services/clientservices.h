#pragma once

#include "accountstore.h"
#include "apiclient.h"
#include "authservice.h"
#include "catalogstore.h"
#include "connectivity.h"
#include "contentstore.h"
#include "coursedownloader.h"
#include "courserepository.h"
#include "downloadcenter.h"
#include "downloadpolicy.h"
#include "guestadoption.h"
#include "keychain.h"
#include "languagecontroller.h"
#include "learnerrepository.h"
#include "learnersession.h"
#include "offlinelibrary.h"
#include "packtransfer.h"
#include "reporting.h"
#include "sessionstorage.h"
#include "syncstatus.h"
#include "tlstrust.h"

#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <functional>
#include <memory>

// What the client's services need to know about where they run.
struct ClientOptions {
    using ApiFactory = std::function<std::unique_ptr<ApiClient>(QNetworkAccessManager &, const QUrl &,
                                                                const QSslConfiguration &)>;

    QUrl apiUrl;
    QString caCertPath; // an extra CA to trust (the development CA); the system's are always trusted
    QString dataDir;
    // The signed-in learner's sync runs by itself (the app). Tests that drive each sync themselves
    // turn it off: the learner's data is still opened and shown, it just never syncs on its own.
    bool autoSync = true;
    SyncScheduler::Timing syncTiming = {};
    QString keychainService = QString::fromLatin1(AuthService::kKeychainService);
    ApiFactory makeApi = {}; // for tests that put a faulty server in front; the real client otherwise
    // The public key course manifests must be signed with; without one, nothing can be downloaded.
    QString contentKeyPath;
    // Seams for what CI cannot make the OS report: a metered network, and a nearly full disk.
    std::optional<bool> assumeMetered;
    std::function<qint64()> freeSpace;
};

// The client's services, built and wired once, the same way for the app (app/main.cpp, the
// composition root), the QML tests, the end-to-end tests and the benchmarks: the API client and its
// reachability, the device's catalog cache and its repository, whose folder is in use (guest or
// learner), the account and its keychain, the learner's own data and its sync. Nothing else
// constructs services.
class ClientServices : public QObject {
    Q_OBJECT
public:
    explicit ClientServices(const ClientOptions &options, QObject *parent = nullptr);
    ~ClientServices() override;

    // Opens the guest's files and restores the last learner's session (offline). False, with
    // errorString(), when the data directory cannot be used.
    bool start();
    QString errorString() const { return m_error; }
    bool started() const { return m_started; }

    // Hands the services to QML as the singletons Catalog, Language, Auth, Sync, Learner, GuestData,
    // Downloads, Packs, Reports. The engine also needs makeContentImages() as its "content" image provider.
    void provideToQml();
    static void withdrawFromQml();
    // A new provider for `image://content/<sha256>` (the engine takes ownership).
    QQmlImageProviderBase *makeContentImages();

    QNetworkAccessManager network;
    const TlsTrust trust;
    const std::unique_ptr<ApiClient> api;
    CatalogStore catalogStore; // the device's one catalog cache, shared by the guest and every learner
    SessionStorage storage;
    CourseRepository &courses() { return *m_courses; } // after start()
    // Tokens live in the OS keychain only; settings.ini holds preferences and who signed in last.
    Keychain keychain;
    AccountStore accounts;
    AuthService auth;
    ConnectivityMonitor connectivity;
    LanguageController language;
    LearnerRepository learner;
    GuestAdoption guestData;
    LearnerSession session;
    SyncStatus syncStatus;
    // Courses kept for offline use, device-wide: content files, the queue, the learner's data rules.
    ContentStore contentStore;
    OfflineLibrary offlineLibrary;
    DownloadPolicy downloadPolicy;
    // Crash reports and timings, as the learner allows (docs/telemetry.md).
    Reporting reporting;
    CourseDownloader &downloader() { return *m_downloader; } // after start()
    DownloadCenter &downloads() { return *m_downloads; }
    PackTransfer &packs() { return *m_packs; }

private:
    void wire();
    bool startDownloads();

    const ClientOptions m_options;
    std::unique_ptr<CourseRepository> m_courses; // made by start(), on the catalog cache
    std::unique_ptr<CourseDownloader> m_downloader;
    std::unique_ptr<DownloadCenter> m_downloads;
    std::unique_ptr<PackTransfer> m_packs;
    QString m_error;
    bool m_started = false;
};
