// Qt Quick Test for the QML UI, with the real services behind it, wired by the app's own
// composition (ClientServices): the reference server over HTTPS (with its demo accounts), real
// SQLite files, the real repository, the real auth service on the real keychain, the guest's and
// the signed-in learner's real data and sync, handed to QML as the app hands them.
#include "clientstack.h"
#include "testserver.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(TekPouNou_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(TekPouNouPlugin)

// What a teacher does beside the running server, for the tests (not the app) to call from QML.
class TeacherDesk : public QObject {
    Q_OBJECT
public:
    explicit TeacherDesk(const TestServer &server)
        : m_server(server) {}
    Q_INVOKABLE QString resetCode(const QString &email) const { return m_server.resetCode(email); }

private:
    const TestServer &m_server;
};

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
        ClientServices::withdrawFromQml();
        m_client.reset();
        m_dataDir = std::make_unique<QTemporaryDir>();
        ClientOptions options =
            ClientStack::options(m_server.baseUrl(), m_dataDir->path(), TestServer::caCertPath(), {}, true);
        options.contentKeyPath = TestServer::contentKeyPath();
        m_client = std::make_unique<ClientStack>(options);
        if (!m_client->opened) {
            std::fprintf(stderr, "cannot start the client: %s\n", qPrintable(m_client->errorString()));
            std::exit(1);
        }
        m_client->language.setCode(QStringLiteral("en"));
        // The first-run question about reports, answered "no" as a learner might: the tests of
        // other screens do not tap around it. tst_reports.qml asks it itself.
        m_client->reporting.settings.choose(false, false);
        m_client->provideToQml();
        engine->addImageProvider(QStringLiteral("content"), m_client->makeContentImages());
        engine->rootContext()->setContextProperty(QStringLiteral("teacherDesk"), &m_teacherDesk);
    }

    void cleanupTestCase() {
        ClientServices::withdrawFromQml();
        m_client.reset();
        m_server.stop();
    }

private:
    TestServer m_server;
    TeacherDesk m_teacherDesk{m_server};
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ClientStack> m_client;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "main.moc"
