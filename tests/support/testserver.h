#pragma once

#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Runs tekpounou-server as a child process over HTTPS with the development certificates, for tests that
// talk to the real server. The server's stderr (its access log) goes to a file, so a chatty server can
// never block on a full pipe; errorString() quotes it when start() fails.
class TestServer {
public:
    explicit TestServer(QStringList extraArgs = {QStringLiteral("--demo")});
    ~TestServer(); // stop()s
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Waits up to 20 s for the ready line. An empty dataDir means a QTemporaryDir of this object's own,
    // kept across stop()/start() so a restart sees the same database. Port 0 picks a free port.
    bool start(const QString &dataDir = {}, quint16 port = 0);
    void stop(); // SIGTERM, then waits for the exit
    void kill(); // SIGKILL, then waits for the exit
    bool isRunning() const;

    quint16 port() const;
    QUrl baseUrl() const; // https://127.0.0.1:PORT
    QUrl url(const QString &pathAndQuery) const;
    QString dataDir() const;
    // What a teacher does beside the running server: `tekpounou-server reset-code EMAIL --data DIR`.
    // The one-time code it prints, or empty when it refused.
    QString resetCode(const QString &email) const;
    QString errorString() const;

    static QString caCertPath(); // the development CA that signed the server's certificate

private:
    bool fail(const QString &message);
    QString serverLog() const;

    QStringList m_extraArgs;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_ownDataDir;
    QTemporaryDir m_logDir;
    QString m_dataDir;
    quint16 m_port = 0;
    QString m_error;
};

// The default TLS configuration plus the development CA; certificate verification stays on.
QSslConfiguration testTlsConfiguration();
