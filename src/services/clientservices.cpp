#include "clientservices.h"

#include "singletons.h"

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
    , m_options(options) {}

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
    if (!language.code().isEmpty()) // none chosen yet: the repository's own default, Kreyòl
        m_courses->setLanguage(LanguageController::contentLanguageTag(language.code()));
    wire();
    m_started = true;
    session.openGuest();
    auth.restore();
    auth.checkServer(); // what the server offers (a demo account); offline, asked again when it answers
    return true;
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
}

void ClientServices::withdrawFromQml() {
    CatalogSingleton::instance = nullptr;
    LanguageSingleton::instance = nullptr;
    AuthSingleton::instance = nullptr;
    SyncSingleton::instance = nullptr;
    LearnerSingleton::instance = nullptr;
    GuestDataSingleton::instance = nullptr;
}
