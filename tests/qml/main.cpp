// Qt Quick Test for the QML UI, with the real services behind it: the reference server over
// HTTPS (with its demo accounts), a real SQLite cache, the real repository, the real auth service
// on the real keychain, and the signed-in learner's real sync, handed to QML as main.cpp hands them.
#include "clientstack.h"
#include "languagecontroller.h"
#include "learnersync.h"
#include "singletons.h"
#include "syncstatus.h"
#include "testserver.h"

#include <QDir>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(TekPouNou_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(TekPouNouPlugin)

class Setup : public QObject {
    Q_OBJECT
public:
    Setup() {
        // Qt 6.4's waitForRendering() counts frameSwapped with a QSignalSpy that the threaded render
        // loop appends to from its own thread while the test thread frees it: a double free that
        // aborted CI. The basic loop renders, and emits frameSwapped, on the GUI thread.
        qputenv("QSG_RENDER_LOOP", "basic");
    }

public slots:
    void applicationAvailable() {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_server.start()) {
            std::fprintf(stderr, "cannot start the reference server: %s\n",
                         qPrintable(m_server.errorString()));
            std::exit(1);
        }
    }

    void qmlEngineAvailable(QQmlEngine *engine) {
        // Qt 6.4 does not search the resource root for modules by default.
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Each test file gets a fresh client on a fresh data directory, as a first start would.
        m_syncStatus.setLearner(nullptr);
        m_learnerSync.reset();
        m_client.reset();
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_client =
            std::make_unique<ClientStack>(m_server.baseUrl(), m_dataDir->path(), TestServer::caCertPath());
        m_language.setCode(QStringLiteral("en"));
        m_client->courses.setLanguage(LanguageController::contentLanguageTag(m_language.code()));
        connect(&m_language, &LanguageController::codeChanged, m_client.get()->api.get(), [this] {
            m_client->courses.setLanguage(LanguageController::contentLanguageTag(m_language.code()));
        });
        CatalogSingleton::instance = &m_client->courses;
        LanguageSingleton::instance = &m_language;
        AuthSingleton::instance = &m_client->auth;
        // As app/main.cpp: a LearnerSync for whoever signs in, gone before they are signed out.
        connect(&m_client->auth, &AuthService::signedInAs, &m_client->auth, [this](const QString &userId) {
            const QString directory = m_dataDir->path() + QStringLiteral("/learners/") + userId;
            QDir().mkpath(directory);
            m_learnerSync =
                std::make_unique<LearnerSync>(directory, m_client->auth, m_client->auth.dataCipher());
            if (!m_learnerSync->open()) {
                qWarning("cannot open the learner's data: %s", qPrintable(m_learnerSync->errorString()));
                m_learnerSync.reset();
                return;
            }
            m_syncStatus.setLearner(m_learnerSync.get());
            m_learnerSync->scheduler().start();
        });
        connect(&m_client->auth, &AuthService::signedOutOf, &m_client->auth, [this] {
            m_syncStatus.setLearner(nullptr);
            m_learnerSync.reset();
        });
        SyncSingleton::instance = &m_syncStatus;
    }

    void cleanupTestCase() {
        CatalogSingleton::instance = nullptr;
        LanguageSingleton::instance = nullptr;
        AuthSingleton::instance = nullptr;
        SyncSingleton::instance = nullptr;
        m_syncStatus.setLearner(nullptr);
        m_learnerSync.reset();
        m_client.reset();
        m_server.stop();
    }

private:
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ClientStack> m_client;
    LanguageController m_language;
    SyncStatus m_syncStatus;
    std::unique_ptr<LearnerSync> m_learnerSync;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "main.moc"
