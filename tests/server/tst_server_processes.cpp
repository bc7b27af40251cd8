// A server of several processes (--processes, docs/deployment.md): they share the port and the database,
// so they answer as one server. Every request here goes over a connection of its own, which the kernel
// gives to either process.

#include "tst_server_sync_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

const HeaderList OwnConnection{{"Connection", "close"}};

QList<qint64> childrenOf(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> children;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &child : file.readAll().simplified().split(' '))
            if (!child.isEmpty())
                children.append(child.toLongLong());
    }
    return children;
}

// User and system CPU clock ticks the process has used.
qint64 cpuTicks(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime, stime
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerProcesses : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyProcessAnswers();
    void syncConvergesAcrossProcesses();
    void loginLimitCountsAcrossProcesses();
    void revokedRefreshTokenStaysRevoked();
    void sigtermStopsEveryProcess();

private:
    HttpReply post(const QString &path, const QJsonObject &body, const HeaderList &headers = {});

    TestServer m_server{{QStringLiteral("--demo"), QStringLiteral("--processes"), QStringLiteral("2"),
                         QStringLiteral("--login-limit"), QStringLiteral("3")}};
    ApiClient m_client{testTlsConfiguration()};
    qint64 m_worker = 0;
};

HttpReply TestServerProcesses::post(const QString &path, const QJsonObject &body, const HeaderList &headers) {
    return m_client.send("POST", m_server.url(path), json(body), headers + OwnConnection);
}

void TestServerProcesses::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QList<qint64> workers = childrenOf(m_server.processId());
    QCOMPARE(workers.size(), 1);
    m_worker = workers.first();
}

void TestServerProcesses::everyProcessAnswers() {
    const qint64 first = cpuTicks(m_server.processId());
    const qint64 worker = cpuTicks(m_worker);
    for (int i = 0; i < 150; ++i) {
        const HttpReply reply =
            m_client.get(m_server.url(QStringLiteral("/mobile-api/courses?limit=50&page=%1").arg(i % 3 + 1)),
                         OwnConnection);
        QCOMPARE(reply.status, 200);
    }
    // Each process spent CPU on its share (TLS handshakes, queries): the kernel spread the connections.
    QVERIFY2(cpuTicks(m_server.processId()) > first, "the first process answered nothing");
    QVERIFY2(cpuTicks(m_worker) > worker, "the worker answered nothing");
}

void TestServerProcesses::syncConvergesAcrossProcesses() {
    const QString email = QStringLiteral("processes-%1@example.ht").arg(newUuid().left(8));
    const HttpReply registered =
        post(QStringLiteral("/mobile-api/auth/register"),
             {{"email", email}, {"password", "lekol-sync-2026"}, {"displayName", "P"}, {"language", "ht"}});
    QCOMPARE(registered.status, 201);
    const QString token = stringField(registered.data(), "access_token");
    // Two devices push alternately, each push over a new connection; each push is also sent twice.
    QSet<QString> taskIds;
    for (int i = 0; i < 30; ++i) {
        const QString device = i % 2 ? QStringLiteral("device-a") : QStringLiteral("device-b");
        const QString taskId = newUuid();
        taskIds.insert(taskId);
        const QByteArray body =
            pushBody({upsert(QStringLiteral("task"), taskId, 0, {{"title", QString::number(i)}})}, device);
        for (int attempt = 0; attempt < 2; ++attempt) {
            const HttpReply pushed =
                m_client.send("POST", m_server.url(QStringLiteral("/mobile-api/sync/push")), body,
                              bearer(token) + OwnConnection);
            QCOMPARE(pushed.status, 200);
            const QString status =
                stringField(pushed.data().toObject().value("results").toArray().at(0), "status");
            QCOMPARE(status, attempt == 0 ? QStringLiteral("applied") : QStringLiteral("duplicate"));
        }
    }
    const HttpReply pulled =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/sync/pull?cursor=0&limit=500")),
                     bearer(token) + OwnConnection);
    QCOMPARE(pulled.status, 200);
    QSet<QString> seen;
    const QJsonArray changes = pulled.data().toObject().value("changes").toArray();
    for (const QJsonValue &change : changes)
        seen.insert(stringField(change, "record_id"));
    QCOMPARE(changes.size(), 30); // none lost, none doubled
    QCOMPARE(seen, taskIds);
}

void TestServerProcesses::loginLimitCountsAcrossProcesses() {
    // --login-limit 3: three wrong passwords, then the account waits, whichever process is asked. With
    // the counts in each process's memory, twice as many would be let through.
    int refused = 0;
    int limited = 0;
    for (int i = 0; i < 10; ++i) {
        const int status = post(QStringLiteral("/mobile-api/auth/login"),
                                {{"email", "ana@tekpounou.ht"}, {"password", "not-the-password"}})
                               .status;
        refused += status == 401;
        limited += status == 429;
    }
    QCOMPARE(refused, 3);
    QCOMPARE(limited, 7);
}

void TestServerProcesses::revokedRefreshTokenStaysRevoked() {
    const HttpReply login = post(QStringLiteral("/mobile-api/auth/login"),
                                 {{"email", "sam@tekpounou.ht"}, {"password", "lekol-2026"}});
    QCOMPARE(login.status, 200);
    const QString first = stringField(login.data(), "refresh_token");
    const HttpReply rotated = post(QStringLiteral("/mobile-api/auth/refresh"), {{"refresh_token", first}});
    QCOMPARE(rotated.status, 200);
    // The rotated-out token is refused by every process (and, reused, revokes its family).
    for (int i = 0; i < 6; ++i)
        QCOMPARE(post(QStringLiteral("/mobile-api/auth/refresh"), {{"refresh_token", first}}).status, 401);
    const QString second = stringField(rotated.data(), "refresh_token");
    for (int i = 0; i < 4; ++i)
        QCOMPARE(post(QStringLiteral("/mobile-api/auth/refresh"), {{"refresh_token", second}}).status, 401);
}

void TestServerProcesses::sigtermStopsEveryProcess() {
    m_server.terminate();
    QCOMPARE(m_server.waitForExit(15000), std::optional<int>(0));
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1/stat").arg(m_worker)), 10000);
}

QTEST_GUILESS_MAIN(TestServerProcesses)
#include "tst_server_processes.moc"
