// The figures of docs/sync.md, measured against the real server over HTTPS on loopback: the time of
// 1,000 mutations pushed in 10 requests, and the bytes of a pull of one change in an account of 10,000
// records (which must stay under 4 KB) — with the query plan that makes that pull independent of the
// account's size.

#include "tst_server_sync_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString Task = QStringLiteral("task");

QJsonArray newTasks(int count, const QString &prefix) {
    QJsonArray mutations;
    for (int i = 0; i < count; ++i)
        mutations.append(upsert(Task, newUuid(), 0, {{"title", QStringLiteral("%1 %2").arg(prefix).arg(i)}}));
    return mutations;
}

} // namespace

class TestServerSyncFigures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void pullReadsTheChangeIndex();
    void push1000MutationsIn10Requests();
    void pullOfOneChangeInALargeAccountIsSmall();

private:
    TestServer m_server{QStringList{}};
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerSyncFigures::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerSyncFigures::pullReadsTheChangeIndex() {
    // The cost of a pull follows the changes, not the account: SQLite answers it from the (user_id, seq)
    // index, without scanning or sorting the user's records.
    if (TestServer::onPostgres())
        QSKIP("SQLite's query plan; PostgreSQL's depends on its table statistics");
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "plan");
    db.setDatabaseName(QDir(m_server.dataDir()).filePath("server.sqlite"));
    db.setConnectOptions("QSQLITE_OPEN_READONLY");
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(
        query.exec("EXPLAIN QUERY PLAN SELECT seq, record_id, entity, version, updated_at, deleted, fields, "
                   "server_state FROM sync_records WHERE user_id = 'u' AND seq > 5 ORDER BY seq LIMIT 201"));
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    QVERIFY2(plan.size() == 1 &&
                 plan.first().contains("USING INDEX sync_records_by_seq (user_id=? AND seq>?)"),
             qPrintable(plan.join(" | ")));
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("plan");
}

void TestServerSyncFigures::push1000MutationsIn10Requests() {
    SyncUser user(m_server, m_client);
    QList<QJsonArray> batches;
    for (int i = 0; i < 10; ++i)
        batches.append(newTasks(100, QStringLiteral("Batch %1").arg(i)));
    QElapsedTimer timer;
    timer.start();
    int applied = 0;
    for (const QJsonArray &batch : std::as_const(batches)) {
        for (const QJsonValue &result : user.pushResults(batch))
            applied += result.toObject().value("status") == QJsonValue("applied");
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("pushed 1,000 mutations in 10 requests over HTTPS on loopback in %lld ms", elapsed);
    QCOMPARE(applied, 1000);
    QCOMPARE(user.pullAll(0).size(), 1000);
}

void TestServerSyncFigures::pullOfOneChangeInALargeAccountIsSmall() {
    SyncUser user(m_server, m_client);
    QElapsedTimer timer;
    timer.start();
    QString lastId;
    for (int i = 0; i < 100; ++i) {
        const QJsonArray batch = newTasks(100, QStringLiteral("Record %1").arg(i));
        QCOMPARE(user.pushResults(batch).size(), 100);
        lastId = batch.last().toObject().value("record_id").toString();
    }
    qInfo("10,000 records pushed in 100 requests in %lld ms", timer.elapsed());
    const qint64 before = user.pull(0, 1).data().toObject().value("cursor").toInteger();
    QCOMPARE(before, 1);
    qint64 cursor = 0;
    QCOMPARE(user.pullAll(0, &cursor).size(), 10000);

    // One record changes; a device that is up to date pulls. Measured as it goes over the wire: status
    // line, headers and body (no compression asked for).
    QCOMPARE(user.pushOne(upsert(Task, lastId, 1, {{"status", "done"}})).value("status"),
             QJsonValue("applied"));
    timer.restart();
    const RawReply reply = rawRequest(
        m_server, "GET", QStringLiteral("/mobile-api/sync/pull?cursor=%1").arg(cursor), user.token());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(reply.status, 200);
    const QJsonArray changes = reply.json().value("data").toObject().value("changes").toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().toObject().value("record_id"), QJsonValue(lastId));
    qInfo("pull of 1 change in an account of 10,000 records: %lld bytes on the wire (%lld of them body), "
          "%lld ms",
          qint64(reply.bytes.size()), qint64(reply.body.size()), elapsed);
    QVERIFY2(reply.bytes.size() < 4096, reply.bytes.constData());
}

QTEST_GUILESS_MAIN(TestServerSyncFigures)
#include "tst_server_sync_figures.moc"
