#include "testserver.h"

#include <csignal>
#include <sys/resource.h>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr int StartTimeoutMs = 20000;
constexpr int StopTimeoutMs = 10000;

QString certificatePath(const char *file) {
    return QDir(QStringLiteral(TPN_TEST_CERT_DIR)).filePath(QLatin1StringView(file));
}

// The cluster's maintenance database, postgresql://postgres@/postgres?host=SOCKET_DIR (postgres-cluster.sh).
QUrl postgresClusterUrl() {
    QFile file(QDir(qEnvironmentVariable("TPN_TEST_POSTGRES")).filePath(QStringLiteral("url")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("TPN_TEST_POSTGRES is set, but %s cannot be read", qPrintable(file.fileName()));
    return QUrl(QString::fromUtf8(file.readAll()).trimmed());
}

QSqlDatabase openPostgres(const QString &connectionName, const QString &database) {
    const QUrl url = postgresClusterUrl();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
    db.setUserName(url.userName());
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("cannot open PostgreSQL database %s: %s", qPrintable(database),
                 qPrintable(db.lastError().text()));
    return db;
}

QString postgresDatabaseName(const QString &dataDir) {
    return QStringLiteral("tpn_") +
           QString::fromLatin1(
               QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(), QCryptographicHash::Sha1)
                   .toHex()
                   .left(24));
}

} // namespace

bool TestServer::onPostgres() {
    return qEnvironmentVariableIsSet("TPN_TEST_POSTGRES");
}

QStringList TestServer::databaseArguments(const QString &dataDir) {
    if (!onPostgres())
        return {};
    const QString name = postgresDatabaseName(dataDir);
    {
        QSqlDatabase admin = openPostgres(QStringLiteral("tpn-test-admin"), QStringLiteral("postgres"));
        QSqlQuery exists(admin);
        exists.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        exists.addBindValue(name);
        if (exists.exec() && !exists.next()) {
            QSqlQuery create(admin);
            if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                qWarning("cannot create %s: %s", qPrintable(name), qPrintable(create.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tpn-test-admin"));
    QUrl url = postgresClusterUrl();
    url.setPath(u'/' + name);
    return {QStringLiteral("--database"), url.toString()};
}

QSqlDatabase TestServer::openDatabase(const QString &dataDir, const QString &connectionName) {
    if (onPostgres())
        return openPostgres(connectionName, postgresDatabaseName(dataDir));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("server.sqlite")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        qWarning("cannot open %s: %s", qPrintable(db.databaseName()), qPrintable(db.lastError().text()));
    return db;
}

QByteArray TestServer::storedBytes(const QString &dataDir) {
    QStringList files;
    if (onPostgres()) {
        const QString connection = QStringLiteral("tpn-test-stored");
        QString folder;
        {
            QSqlDatabase db = openPostgres(connection, postgresDatabaseName(dataDir));
            QSqlQuery query(db);
            query.exec(QStringLiteral("CHECKPOINT")); // the rows into the table files, not only the WAL
            if (query.exec(QStringLiteral("SELECT current_setting('data_directory') || '/base/' || oid FROM "
                                          "pg_database WHERE datname = current_database()")) &&
                query.next())
                folder = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        for (const QString &dir : {folder, QDir(folder).filePath(QStringLiteral("../../pg_wal"))}) {
            for (const QFileInfo &file : QDir(dir).entryInfoList(QDir::Files))
                files.append(file.filePath());
        }
    } else {
        for (const char *name : {"server.sqlite", "server.sqlite-wal"})
            files.append(QDir(dataDir).filePath(QLatin1StringView(name)));
    }
    QByteArray bytes;
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

TestServer::TestServer(QStringList extraArgs, ContentSigning signing)
    : m_extraArgs(std::move(extraArgs))
    , m_signing(signing) {}

TestServer::~TestServer() {
    stop();
}

bool TestServer::start(const QString &dataDir, quint16 port) {
    stop();
    m_error.clear();
    m_port = 0;
    if (dataDir.isEmpty()) {
        if (!m_ownDataDir)
            m_ownDataDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownDataDir->path();
    } else {
        m_dataDir = dataDir;
    }
    if (!m_logDir.isValid())
        return fail(QStringLiteral("cannot create a directory for the server log"));

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(TPN_SERVER_BINARY));
    QStringList arguments{QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--data"),     m_dataDir,
                          QStringLiteral("--tls-cert"), certificatePath("server.pem"),
                          QStringLiteral("--tls-key"),  certificatePath("server.key")};
    if (m_signing == ContentSigning::On)
        arguments += {QStringLiteral("--signing-key"), signingKeyPath()};
    // Every test registers from 127.0.0.1; tests of the registration limit set their own.
    if (!m_extraArgs.contains(QStringLiteral("--register-limit")))
        arguments += {QStringLiteral("--register-limit"), QStringLiteral("100000")};
    m_process->setArguments(arguments + databaseArguments(m_dataDir) + m_extraArgs);
    m_process->setStandardErrorFile(m_logDir.filePath(QStringLiteral("server.log")));
    if (m_fileSizeLimit > 0) {
        m_process->setChildProcessModifier([limit = rlim_t(m_fileSizeLimit)] {
            const rlimit fileSize{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &fileSize);
        });
    }
    m_process->start();
    if (!m_process->waitForStarted(StartTimeoutMs))
        return fail(QStringLiteral("cannot run %1: %2").arg(m_process->program(), m_process->errorString()));

    static const QRegularExpression readyLine(
        QStringLiteral("^tekpounou-server listening on https://127\\.0\\.0\\.1:(\\d+)\\r?\\n$"));
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!m_process->canReadLine() && m_process->state() == QProcess::Running && !deadline.hasExpired())
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    if (!m_process->canReadLine()) {
        if (m_process->state() == QProcess::Running)
            return fail(QStringLiteral("the server did not become ready within %1 ms").arg(StartTimeoutMs));
        return fail(QStringLiteral("the server exited with code %1").arg(m_process->exitCode()));
    }
    const QString line = QString::fromUtf8(m_process->readLine());
    const QRegularExpressionMatch match = readyLine.match(line);
    if (!match.hasMatch())
        return fail(QStringLiteral("unexpected first line from the server: %1").arg(line.trimmed()));
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

void TestServer::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(StopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(StopTimeoutMs);
        }
    }
    m_process.reset();
    retireLog();
}

void TestServer::kill() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(StopTimeoutMs);
    }
    m_process.reset();
    retireLog();
}

void TestServer::freeze(bool frozen) {
    if (m_process && m_process->state() == QProcess::Running)
        ::kill(pid_t(m_process->processId()), frozen ? SIGSTOP : SIGCONT);
}

bool TestServer::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestServer::processId() const {
    return m_process ? m_process->processId() : 0;
}

qint64 TestServer::peakResidentKiB() const {
    QFile status(QStringLiteral("/proc/%1/status").arg(processId()));
    if (!isRunning() || !status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void TestServer::terminate() {
    if (isRunning())
        m_process->terminate();
}

std::optional<int> TestServer::waitForExit(int timeoutMs) {
    if (!m_process || (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(timeoutMs)))
        return std::nullopt;
    if (m_process->exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    return m_process->exitCode();
}

quint16 TestServer::port() const {
    return m_port;
}

QUrl TestServer::baseUrl() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QUrl TestServer::url(const QString &pathAndQuery) const {
    // Parsed as encoded text, so a test can send exactly the bytes it means (e.g. %FF).
    return QUrl::fromEncoded(baseUrl().toEncoded() + pathAndQuery.toUtf8());
}

QString TestServer::dataDir() const {
    return m_dataDir;
}

QString TestServer::errorString() const {
    return m_error;
}

QString TestServer::caCertPath() {
    return certificatePath("ca.pem");
}

QString TestServer::signingKeyPath() {
    return certificatePath("content-signing.key");
}

QString TestServer::contentKeyPath() {
    return certificatePath("content-key.pem");
}

qint64 TestServer::contentBytesSent() const {
    return m_earlierContentBytes + contentBytesInLog();
}

void TestServer::retireLog() {
    // The next start() truncates the log: keep what this run sent.
    m_earlierContentBytes += contentBytesInLog();
    QFile::remove(m_logDir.filePath(QStringLiteral("server.log")));
}

qint64 TestServer::contentBytesInLog() const {
    // Access log lines: "tpn.server.access: GET /mobile-api/content/<sha256> 206 1000 bytes 0 ms".
    static const QRegularExpression line(
        QStringLiteral("^tpn\\.server\\.access: [A-Z]+ /mobile-api/content/\\S* \\S+ (\\d+) bytes "),
        QRegularExpression::MultilineOption);
    qint64 total = 0;
    const QString log = serverLog();
    for (auto match = line.globalMatch(log); match.hasNext();)
        total += match.next().captured(1).toLongLong();
    return total;
}

bool TestServer::fail(const QString &message) {
    m_error = message;
    const QString log = serverLog().trimmed();
    if (!log.isEmpty())
        m_error += QStringLiteral("\nserver stderr:\n") + log;
    stop();
    return false;
}

QString TestServer::serverLog() const {
    QFile file(m_logDir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSslConfiguration testTlsConfiguration() {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromPath(TestServer::caCertPath()));
    return configuration;
}

QString TestServer::resetCode(const QString &email) const {
    QProcess process;
    process.start(QStringLiteral(TPN_SERVER_BINARY),
                  QStringList{QStringLiteral("reset-code"), email, QStringLiteral("--data"), dataDir()} +
                      databaseArguments(dataDir()));
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}
