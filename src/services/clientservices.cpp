#include "clientservices.h"

#include "catalogimport.h"
#include "contentimages.h"
#include "singletons.h"

#include <QDirIterator>
#include <QFileInfo>

namespace {

std::unique_ptr<ApiClient> makeApi(const ClientOptions &options, QNetworkAccessManager &network,
                                   const TlsTrust &trust) {
    if (options.makeApi)
        return options.makeApi(network, options.apiUrl, trust.configuration);
    return std::make_unique<ApiClient>(network, options.apiUrl, trust.configuration);
}

} // namespace

ClientServices::ClientServices(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , trust(TlsTrust::withExtraCa(options.caCertPath))
    , api(makeApi(options, network, trust))
    , catalogStore(options.dataDir)
    , storage(options.dataDir)
    , keychain(options.keychainService)
    , accounts(options.dataDir + QStringLiteral("/settings.ini"))
    , auth(*api, keychain, accounts)
    , connectivity(*api)
    , session(options.dataDir, auth, keychain, learner, guestData, options.syncTiming, options.autoSync)
    , syncStatus(api->reachability())
    , contentStore(options.dataDir + QStringLiteral("/content"))
    , offlineLibrary(options.dataDir + QStringLiteral("/offline.sqlite"))
    , downloadPolicy(options.dataDir + QStringLiteral("/settings.ini"))
    , reporting(*api, downloadPolicy, language, options.dataDir)
    , m_options(options) {
    if (options.assumeMetered)
        downloadPolicy.assumeMetered(options.assumeMetered);
}

ClientServices::~ClientServices() {
    // The learner's sync goes before the files it writes to close.
    syncStatus.setLearner(nullptr);
    session.closeAccount();
}

bool ClientServices::start() {
    if (m_started)
        return true;
    if (!trust.error.isEmpty()) {
        m_error = trust.error;
        return false;
    }
    // The catalog is the device's, whoever signs in; the learner's own data is in their own folder.
    if (!catalogStore.open()) {
        m_error = QStringLiteral("cannot open the cache: ") + catalogStore.errorString();
        return false;
    }
    if (!storage.openGuest()) {
        m_error = QStringLiteral("cannot use the data directory: ") + storage.errorString();
        return false;
    }
    m_courses = std::make_unique<CourseRepository>(*api, catalogStore.courseCache());
    if (!startDownloads())
        return false;
    if (!language.code().isEmpty()) // none chosen yet: the repository's own default, Kreyòl
        m_courses->setLanguage(LanguageController::contentLanguageTag(language.code()));
    wire();
    reporting.observe(*m_courses, *m_downloader, session);
    reporting.start();
    m_started = true;
    session.openGuest();
    auth.restore();
    auth.checkServer(); // what the server offers (a demo account); offline, asked again when it answers
    return true;
}

bool ClientServices::startDownloads() {
    if (!offlineLibrary.open()) {
        m_error = QStringLiteral("cannot open the download queue: ") + offlineLibrary.errorString();
        return false;
    }
    ContentKey key;
    if (!m_options.contentKeyPath.isEmpty()) {
        key = ContentKey::fromPemFile(m_options.contentKeyPath);
        if (!key.isValid()) {
            m_error = QStringLiteral("cannot use the content key: ") + key.errorString();
            return false;
        }
    }
    m_downloader = std::make_unique<CourseDownloader>(*api, contentStore, offlineLibrary, downloadPolicy,
                                                      std::move(key));
    if (m_options.freeSpace)
        m_downloader->setFreeSpace(m_options.freeSpace);
    m_downloader->setInstaller([this](const OfflinePackage &package) {
        QString problem;
        const bool installed =
            installIntoCatalog(package, contentStore, catalogStore.courseCache(),
                               LanguageController::contentLanguageTag(package.language), &problem);
        if (!installed)
            qWarning("cannot put %s into the catalog: %s", qPrintable(package.courseId), qPrintable(problem));
        return installed;
    });
    m_downloads =
        std::make_unique<DownloadCenter>(*m_downloader, offlineLibrary, downloadPolicy, *m_courses, language);
    m_downloads->setCatalogCache(
        [this] {
            qint64 bytes = 0;
            const QFileInfo cache(CatalogStore::path(m_options.dataDir));
            QDirIterator files(cache.path(), {cache.fileName() + u'*'}, QDir::Files);
            while (files.hasNext())
                bytes += files.nextFileInfo().size();
            return bytes;
        },
        [this] {
            catalogStore.courseCache().clear();
            emit m_courses->contentReset();
        });
    m_packs = std::make_unique<PackTransfer>(*m_downloader, contentStore, language);
    m_downloader->start();
    return true;
}

QQmlImageProviderBase *ClientServices::makeContentImages() {
    return new ContentImageProvider(contentStore, *api);
}

void ClientServices::wire() {
    connect(&language, &LanguageController::codeChanged, m_courses.get(), [this] {
        m_courses->setLanguage(LanguageController::contentLanguageTag(language.code()));
        guestData.refresh(); // its summary is worded in the UI language
    });

    // The signed-in learner's files and sync; a guest's while nobody is signed in. The learner's
    // sync stops before their files close (or are erased), so nothing writes to them afterwards.
    connect(&auth, &AuthService::signedInAs, this, [this](const QString &userId) {
        storage.openUser(userId);
        session.openAccount(SessionStorage::userDirectory(m_options.dataDir, userId), auth.dataCipher());
    });
    connect(&session, &LearnerSession::accountChanged, &syncStatus, &SyncStatus::setLearner);
    connect(&auth, &AuthService::signedOutOf, this, [this](const QString &userId, bool erase) {
        session.closeAccount();
        storage.closeUser(userId, erase);
    });

    // The one word on being online: any answer from the server after a failure.
    connect(&api->reachability(), &Reachability::cameOnline, this, [this] {
        auth.checkServer();
        if (LearnerSync *account = session.account())
            account->scheduler().connectivityRestored();
    });
}

void ClientServices::provideToQml() {
    Q_ASSERT_X(m_started, "ClientServices", "start() before QML loads");
    CatalogSingleton::instance = m_courses.get();
    LanguageSingleton::instance = &language;
    AuthSingleton::instance = &auth;
    SyncSingleton::instance = &syncStatus;
    LearnerSingleton::instance = &learner;
    GuestDataSingleton::instance = &guestData;
    DownloadsSingleton::instance = m_downloads.get();
    PacksSingleton::instance = m_packs.get();
    ReportsSingleton::instance = &reporting.settings;
}

void ClientServices::withdrawFromQml() {
    CatalogSingleton::instance = nullptr;
    LanguageSingleton::instance = nullptr;
    AuthSingleton::instance = nullptr;
    SyncSingleton::instance = nullptr;
    LearnerSingleton::instance = nullptr;
    GuestDataSingleton::instance = nullptr;
    DownloadsSingleton::instance = nullptr;
    PacksSingleton::instance = nullptr;
    ReportsSingleton::instance = nullptr;
}
