// Qt Quick Test for the QML UI, with the real services behind it: the reference server over
// HTTPS (with its demo accounts), a real SQLite cache, the real repository, the real auth service
// on the real keychain, handed to QML as main.cpp hands them.
#include "clientstack.h"
#include "languagecontroller.h"
#include "singletons.h"
#include "testserver.h"

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
    }

    void cleanupTestCase() {
        CatalogSingleton::instance = nullptr;
        LanguageSingleton::instance = nullptr;
        AuthSingleton::instance = nullptr;
        m_client.reset();
        m_server.stop();
    }

private:
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ClientStack> m_client;
    LanguageController m_language;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "main.moc"
