// The composition root: builds the client's services (ClientServices, the one composition the
// tests use too), hands them to QML as singletons, and loads the UI. Nothing else constructs services.

#include "appoptions.h"
#include "clientservices.h"
#include "crashtest.h"
#include "firstframe.h"
#include "windowdriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTimer>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(TekPouNou_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(TekPouNouPlugin)

int main(int argc, char *argv[]) {
    QElapsedTimer processClock; // start-up to first frame, for timings
    processClock.start();
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

    ClientOptions clientOptions;
    clientOptions.apiUrl = options->apiUrl;
    clientOptions.caCertPath = options->caCertPath;
    clientOptions.dataDir = options->dataDir;
    clientOptions.contentKeyPath = options->contentKeyPath;
    if (options->assumeMetered)
        clientOptions.assumeMetered = true;
    ClientServices services(clientOptions);
    // Crash reports and the message handler first, so that a crash or a damaged database while the
    // services start is reported too (if the learner allows it).
    if (options->consent)
        services.reporting.settings.choose(options->consent->first, options->consent->second);
    services.reporting.installProcessHandlers();

    // Only preferences live here (no secrets): the UI language for now.
    QSettings settings(options->dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    const QString savedLanguage = settings.value(QStringLiteral("language")).toString();
    services.language.setCode(!options->language.isEmpty() ? options->language
                              : LanguageController::isSupported(savedLanguage)
                                  ? savedLanguage
                                  : LanguageController::systemDefault());
    if (!services.start()) {
        std::fprintf(stderr, "tekpounou: %s\n", qPrintable(services.errorString()));
        return services.trust.error.isEmpty() ? 1 : 2;
    }

    QQmlApplicationEngine engine;
    // Qt 6.4 does not search the resource root for modules by default (6.5 does): without this the
    // feature folders' `import TekPouNou` would not find the module.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&services.language, &LanguageController::codeChanged, &app, [&] {
        settings.setValue(QStringLiteral("language"), services.language.code());
        engine.retranslate();
    });
    services.provideToQml();
    engine.addImageProvider(QStringLiteral("content"), services.makeContentImages());
    if (!options->download.isEmpty()) {
        // Automation: plan, and start as soon as the plan is known, as if the learner said yes.
        QObject::connect(&services.downloads(), &DownloadCenter::planChanged, &app, [&services] {
            if (services.downloads().planReady())
                services.downloads().confirmPlan();
        });
        if (options->download == QLatin1String("all"))
            services.downloads().prepareAll();
        else
            services.downloads().prepareCourse(options->download, {});
    }

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
    services.reporting.errors.watch(engine);
    driver.attach(window);
    onFirstFrame(window, [&services, &engine, window, &processClock, crashTest = options->crashTest] {
        services.reporting.watch(*window, processClock);
        if (!crashTest.isEmpty())
            QTimer::singleShot(0, &engine,
                               [&engine, crashTest] { tpn::crashtest::crash(crashTest, engine); });
    });
    return app.exec();
}
