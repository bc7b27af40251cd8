#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

// Runs tekpounou-server as a child process over HTTPS with the development certificates, for tests that
// talk to the real server. The server's stderr (its access log) goes to a file, so a chatty server can
// never block on a full pipe; errorString() quotes it when start() fails. Unless extraArgs has its own, the
// server gets --register-limit 100000: tests register far more accounts from 127.0.0.1 than a school would.
class TestServer {
public:
    // Whether the server signs offline content (--signing-key signingKeyPath()); without, downloads 503.
    enum class ContentSigning { On, Off };

    explicit TestServer(QStringList extraArgs = {QStringLiteral("--demo")},
                        ContentSigning signing = ContentSigning::On);
    ~TestServer(); // stop()s
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Waits up to 20 s for the ready line. An empty dataDir means a QTemporaryDir of this object's own,
    // kept across stop()/start() so a restart sees the same database. Port 0 picks a free port.
    bool start(const QString &dataDir = {}, quint16 port = 0);
    void stop(); // SIGTERM, then waits for the exit
    void kill(); // SIGKILL, then waits for the exit
    // SIGSTOP / SIGCONT: a server that holds every connection open and answers nothing, as a
    // stalled network does (a download caught in the middle, for a screenshot).
    void freeze(bool frozen);
    bool isRunning() const;
    // For tests of the process itself: its id (for /proc), SIGTERM without waiting, and its exit code once
    // it exits normally within timeoutMs (nullopt: still running, or killed by a signal).
    qint64 processId() const;
    // The server's peak resident memory (VmHWM) in KiB; -1 when it is not running.
    qint64 peakResidentKiB() const;
    // The next start()s run with this RLIMIT_FSIZE: a write past it fails as on a full disk. 0: none.
    void setFileSizeLimit(qint64 bytes) { m_fileSizeLimit = bytes; }
    void terminate();
    std::optional<int> waitForExit(int timeoutMs);

    quint16 port() const;
    QUrl baseUrl() const; // https://127.0.0.1:PORT
    QUrl url(const QString &pathAndQuery) const;
    QString dataDir() const;
    // What a teacher does beside the running server: `tekpounou-server reset-code EMAIL --data DIR`.
    // The one-time code it prints, or empty when it refused.
    QString resetCode(const QString &email) const;
    QString errorString() const;
    // The bytes of response bodies the server has sent for /mobile-api/content/ requests, over every
    // start() of this object, read from its access log (a line is logged before its answer is sent).
    // A range request counts the range, a gzipped answer its compressed bytes, HEAD and 304 nothing, an
    // error its envelope. The server hands each body to its socket whole, so an answer the client stopped
    // reading halfway still counts in full.
    qint64 contentBytesSent() const;

    // The server tests run on SQLite, and again on PostgreSQL when the environment variable
    // TPN_TEST_POSTGRES names the state folder of tests/support/postgres-cluster.sh (the ctest fixture
    // "postgres"). Each data directory then has a database of its own in that cluster, so that servers
    // started on one data directory share one database, as they share server.sqlite.
    static bool onPostgres();
    // "--database URL" for the server or one of its commands on dataDir (nothing on SQLite). Creates the
    // PostgreSQL database on first use.
    static QStringList databaseArguments(const QString &dataDir);
    // A connection of the calling thread to the database of dataDir, for a test to look into; the caller
    // removes it (QSqlDatabase::removeDatabase) when done.
    static QSqlDatabase openDatabase(const QString &dataDir, const QString &connectionName);
    // The bytes of dataDir's database as stored, for tests of what is never written down: SQLite's file
    // and WAL, or PostgreSQL's files of that database and the cluster's WAL.
    static QByteArray storedBytes(const QString &dataDir);

    static QString caCertPath();     // the development CA that signed the server's certificate
    static QString signingKeyPath(); // the Ed25519 private key the server signs manifests with
    static QString contentKeyPath(); // its public half, which the app trusts (--content-key)

private:
    bool fail(const QString &message);
    QString serverLog() const;
    qint64 contentBytesInLog() const;
    void retireLog();

    QStringList m_extraArgs;
    ContentSigning m_signing;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_ownDataDir;
    QTemporaryDir m_logDir;
    QString m_dataDir;
    quint16 m_port = 0;
    qint64 m_fileSizeLimit = 0;
    QString m_error;
    qint64 m_earlierContentBytes = 0; // sent by the runs before the current one
};

// The default TLS configuration plus the development CA; certificate verification stays on.
QSslConfiguration testTlsConfiguration();
