// The composition root: builds every service, hands each its collaborators, loads the UI.
// Nothing else constructs services; QML reaches them only as the singletons registered here.

#include "accountstore.h"
#include "apiclient.h"
#include "appoptions.h"
#include "authservice.h"
#include "connectivity.h"
#include "courserepository.h"
#include "keychain.h"
#include "languagecontroller.h"
#include "learnersync.h"
#include "sessionstorage.h"
#include "singletons.h"
#include "syncstatus.h"
#include "tlstrust.h"
#include "userspace.h"
#include "windowdriver.h"

#include <QDir>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(TekPouNou_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(TekPouNouPlugin)

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("TekPouNou"));
    QGuiApplication::setApplicationName(QStringLiteral("tekpounou"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tek Pou Nou"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TPN_VERSION));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/qt/qml/TekPouNou/resources/icons/app.svg")));

    const std::optional<AppOptions> options = AppOptions::parse(app);
    if (!options)
        return 2;
    if (!QDir().mkpath(options->dataDir)) {
        std::fprintf(stderr, "tekpounou: cannot create data directory %s\n", qPrintable(options->dataDir));
        return 1;
    }

    const TlsTrust trust = TlsTrust::withExtraCa(options->caCertPath);
    if (!trust.error.isEmpty()) {
        std::fprintf(stderr, "tekpounou: %s\n", qPrintable(trust.error));
        return 2;
    }
    QNetworkAccessManager network;
    ApiClient api(network, options->apiUrl, trust.configuration);

    // Whoever uses the app has their own files: the guest's until a learner signs in.
    SessionStorage storage(options->dataDir);
    if (!storage.openGuest()) {
        std::fprintf(stderr, "tekpounou: cannot open the cache: %s\n", qPrintable(storage.errorString()));
        return 1;
    }
    CourseRepository courses(api, storage.current()->courseCache());
    QObject::connect(&storage, &SessionStorage::opened, &courses,
                     [&courses](UserSpace *space) { courses.setCache(space->courseCache()); });

    // Tokens live in the OS keychain only; settings.ini holds preferences and who signed in last.
    const QString settingsPath = options->dataDir + QStringLiteral("/settings.ini");
    Keychain keychain(QString::fromLatin1(AuthService::kKeychainService));
    AccountStore accounts(settingsPath);
    AuthService auth(api, keychain, accounts);

    // The signed-in learner's offline edits and their sync; none while signed out. It goes before
    // the learner's files close (or are erased) so nothing writes to them afterwards.
    SyncStatus syncStatus;
    ConnectivityMonitor connectivity(api);
    std::unique_ptr<LearnerSync> learnerSync;
    QObject::connect(&auth, &AuthService::signedInAs, &storage, [&](const QString &userId) {
        storage.openUser(userId);
        learnerSync = std::make_unique<LearnerSync>(storage.currentDirectory(), auth, auth.dataCipher());
        if (!learnerSync->open()) {
            qWarning("cannot open the learner's data: %s", qPrintable(learnerSync->errorString()));
            learnerSync.reset();
            return;
        }
        syncStatus.setLearner(learnerSync.get());
        learnerSync->scheduler().start();
    });
    QObject::connect(&auth, &AuthService::signedOutOf, &storage, [&](const QString &userId, bool erase) {
        syncStatus.setLearner(nullptr);
        learnerSync.reset();
        storage.closeUser(userId, erase);
    });
    QObject::connect(&connectivity, &ConnectivityMonitor::serverReachable, &syncStatus, [&] {
        if (learnerSync)
            learnerSync->scheduler().connectivityRestored();
    });

    // Only preferences live here (no secrets): the UI language for now.
    QSettings settings(settingsPath, QSettings::IniFormat);
    LanguageController language;
    QQmlApplicationEngine engine;
    QObject::connect(&language, &LanguageController::codeChanged, &app, [&] {
        courses.setLanguage(LanguageController::contentLanguageTag(language.code()));
        settings.setValue(QStringLiteral("language"), language.code());
        engine.retranslate();
    });
    const QString savedLanguage = settings.value(QStringLiteral("language")).toString();
    language.setCode(!options->language.isEmpty()                     ? options->language
                     : LanguageController::isSupported(savedLanguage) ? savedLanguage
                                                                      : LanguageController::systemDefault());

    CatalogSingleton::instance = &courses;
    LanguageSingleton::instance = &language;
    AuthSingleton::instance = &auth;
    SyncSingleton::instance = &syncStatus;
    auth.restore();

    QQuickStyle::setStyle(QStringLiteral("Material"));
    WindowDriver driver(*options);
    driver.startWatchingWarnings();
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/TekPouNou/Main.qml")));
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "tekpounou: the user interface failed to load\n");
        return 1;
    }
    driver.attach(window);
    return app.exec();
}
