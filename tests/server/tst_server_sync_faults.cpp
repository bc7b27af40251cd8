// Fault injection of the reference server (docs/sync.md, Fault injection): the FaultPlan that decides it,
// unit-tested for determinism, and the real process with --fault-rate, where every kind of fault must
// occur, do what it says (committed or not), and leave a client that retries with every edit exactly once.

#include "faultplan.h"
#include "tst_server_sync_support.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTest>

using tpn::server::Fault;
using tpn::server::FaultKind;
using tpn::server::FaultPlan;

namespace {

constexpr quint32 Seed = 2026;

QList<Fault> draw(double rate, quint32 seed, int count) {
    FaultPlan plan(rate, seed);
    QList<Fault> faults;
    for (int i = 0; i < count; ++i)
        faults.append(plan.next());
    return faults;
}

// The task titles the server holds for the user, read from the export (which faults never hit).
QStringList storedTitles(SyncUser &user) {
    QStringList titles;
    const QJsonArray tasks =
        user.exportData().data().toObject().value("sync").toObject().value("tasks").toArray();
    for (const QJsonValue &task : tasks)
        titles.append(task.toObject().value("fields").toObject().value("title").toString());
    return titles;
}

} // namespace

class TestServerSyncFaults : public QObject {
    Q_OBJECT

private slots:
    void planIsDeterministic();
    void planRates_data();
    void planRates();
    void planDrawsEveryKind();
    void badFaultOptions_data();
    void badFaultOptions();
    void everyFaultKindThroughTheServer();
    void retryingClientLosesAndDoublesNothing();

private:
    ApiClient m_client{testTlsConfiguration()};
};

void TestServerSyncFaults::planIsDeterministic() {
    const QList<Fault> first = draw(0.5, Seed, 1000);
    QVERIFY(first == draw(0.5, Seed, 1000));
    QVERIFY(first != draw(0.5, Seed + 1, 1000));
    // Whether a request gets a fault does not shift the choices of later ones: the plan at rate 1 picks
    // the same kinds wherever the plan at rate 0.5 picked a fault.
    const QList<Fault> always = draw(1, Seed, 1000);
    for (int i = 0; i < first.size(); ++i) {
        if (first.at(i).kind != FaultKind::None)
            QVERIFY(first.at(i) == always.at(i));
    }
}

void TestServerSyncFaults::planRates_data() {
    QTest::addColumn<double>("rate");
    QTest::newRow("off") << 0.0;
    QTest::newRow("a tenth") << 0.1;
    QTest::newRow("a third") << 0.3;
    QTest::newRow("always") << 1.0;
}

void TestServerSyncFaults::planRates() {
    QFETCH(double, rate);
    const int count = 10000;
    const QList<Fault> faults = draw(rate, Seed, count);
    const auto injected = std::count_if(faults.cbegin(), faults.cend(),
                                        [](const Fault &f) { return f.kind != FaultKind::None; });
    QVERIFY2(qAbs(double(injected) / count - rate) < 0.02, qPrintable(QString::number(injected)));
    QCOMPARE(FaultPlan(rate, Seed).isActive(), rate > 0);
}

void TestServerSyncFaults::planDrawsEveryKind() {
    QHash<FaultKind, int> counts;
    for (const Fault &fault : draw(1, Seed, 5000)) {
        ++counts[fault.kind];
        if (fault.kind == FaultKind::Delay) {
            QVERIFY(fault.delayMs >= 200 && fault.delayMs <= 1500);
        } else {
            QCOMPARE(fault.delayMs, 0);
        }
    }
    QCOMPARE(counts.value(FaultKind::None), 0);
    for (FaultKind kind : {FaultKind::DropBeforeProcessing, FaultKind::DropAfterCommit,
                           FaultKind::InternalError, FaultKind::RateLimited, FaultKind::Delay}) {
        // About a fifth each.
        QVERIFY2(counts.value(kind) > 850 && counts.value(kind) < 1150, qPrintable(faultName(kind)));
    }
}

void TestServerSyncFaults::badFaultOptions_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("rate above 1") << QStringList{"--fault-rate", "1.5"} << "--fault-rate";
    QTest::newRow("negative rate") << QStringList{"--fault-rate", "-0.1"} << "--fault-rate";
    QTest::newRow("rate not a number") << QStringList{"--fault-rate", "often"} << "--fault-rate";
    QTest::newRow("rate nan") << QStringList{"--fault-rate", "nan"} << "--fault-rate";
    QTest::newRow("negative seed") << QStringList{"--fault-seed", "-1"} << "--fault-seed";
    QTest::newRow("seed too large") << QStringList{"--fault-seed", "4294967296"} << "--fault-seed";
}

void TestServerSyncFaults::badFaultOptions() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(TPN_SERVER_BINARY,
                  QStringList{"--listen", "127.0.0.1:0", "--data", QDir::tempPath()} + arguments);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(message));
}

void TestServerSyncFaults::everyFaultKindThroughTheServer() {
    TestServer server({"--fault-rate", "1", "--fault-seed", QString::number(Seed)});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SyncUser user(server, m_client); // registration is not a sync request: no fault
    QVERIFY(user.isValid());
    FaultPlan expected(1, Seed); // predicts what the server does to each push and pull, in order

    // Pushes, each creating a task, until every kind has happened.
    QSet<FaultKind> seen;
    bool replayed = false;
    for (int i = 0; (seen.size() < 5 || !replayed) && i < 60; ++i) {
        const QString title = QStringLiteral("Fault %1").arg(i);
        const QByteArray body = pushBody({upsert("task", newUuid(), 0, {{"title", title}})});
        const Fault fault = expected.next();
        seen.insert(fault.kind);
        QElapsedTimer timer;
        timer.start();
        const RawReply reply = rawRequest(server, "POST", "/mobile-api/sync/push", user.token(), body);
        const qint64 elapsed = timer.elapsed();
        const bool committed = storedTitles(user).contains(title);
        switch (fault.kind) {
        case FaultKind::DropBeforeProcessing:
            QVERIFY2(reply.bytes.isEmpty(), reply.bytes.constData());
            QVERIFY(!committed);
            break;
        case FaultKind::DropAfterCommit: {
            QVERIFY2(reply.bytes.isEmpty(), reply.bytes.constData());
            QVERIFY(committed);
            // The client never heard back and sends the same push until it gets an answer; the answer
            // says duplicate, with the version the first, lost, one made.
            RawReply answer;
            for (int attempt = 0; answer.status != 200 && attempt < 20; ++attempt) {
                const Fault retryFault = expected.next();
                answer = rawRequest(server, "POST", "/mobile-api/sync/push", user.token(), body);
                QCOMPARE(answer.status == 200, retryFault.kind == FaultKind::Delay);
            }
            QCOMPARE(answer.status, 200);
            const QJsonObject result =
                answer.json().value("data").toObject().value("results").toArray().at(0).toObject();
            QCOMPARE(result.value("status"), QJsonValue("duplicate"));
            QCOMPARE(result.value("first_status"), QJsonValue("applied"));
            QCOMPARE(result.value("version"), QJsonValue(1));
            QCOMPARE(storedTitles(user).count(title), 1);
            replayed = true;
            break;
        }
        case FaultKind::InternalError:
            QCOMPARE(reply.status, 500);
            QCOMPARE(reply.json().value("error").toObject().value("code"), QJsonValue("internal"));
            QVERIFY(!committed);
            break;
        case FaultKind::RateLimited:
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.json().value("error").toObject().value("code"), QJsonValue("rate_limited"));
            QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
            QVERIFY(!committed);
            break;
        case FaultKind::Delay:
            QCOMPARE(reply.status, 200);
            QVERIFY2(elapsed >= fault.delayMs - 20,
                     qPrintable(QStringLiteral("%1 < %2").arg(elapsed).arg(fault.delayMs)));
            QVERIFY(committed);
            break;
        case FaultKind::None:
            QFAIL("rate 1 injects a fault into every request");
        }
    }
    QCOMPARE(seen.size(), 5);
    QVERIFY(replayed);

    // Pulls get faults from the same sequence.
    seen.clear();
    for (int i = 0; seen.size() < 5 && i < 60; ++i) {
        const Fault fault = expected.next();
        seen.insert(fault.kind);
        const RawReply reply = rawRequest(server, "GET", "/mobile-api/sync/pull?cursor=0", user.token());
        switch (fault.kind) {
        case FaultKind::DropBeforeProcessing:
        case FaultKind::DropAfterCommit:
            QVERIFY2(reply.bytes.isEmpty(), reply.bytes.constData());
            break;
        case FaultKind::InternalError:
            QCOMPARE(reply.status, 500);
            break;
        case FaultKind::RateLimited:
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
            break;
        case FaultKind::Delay:
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value("data").toObject().value("changes").toArray().size(),
                     storedTitles(user).size());
            break;
        case FaultKind::None:
            QFAIL("rate 1 injects a fault into every request");
        }
    }
    QCOMPARE(seen.size(), 5);
}

void TestServerSyncFaults::retryingClientLosesAndDoublesNothing() {
    TestServer server({"--fault-rate", "0.5", "--fault-seed", "7"});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SyncUser user(server, m_client);
    QVERIFY(user.isValid());
    // 10 pushes of 5 new tasks each and one edit of an earlier task; each push is sent until it is answered.
    QStringList titles;
    QString firstId;
    int requests = 0;
    for (int batch = 0; batch < 10; ++batch) {
        QJsonArray mutations;
        for (int i = 0; i < 5; ++i) {
            titles.append(QStringLiteral("Task %1.%2").arg(batch).arg(i));
            mutations.append(upsert("task", newUuid(), 0, {{"title", titles.last()}}));
        }
        if (firstId.isEmpty())
            firstId = mutations.first().toObject().value("record_id").toString();
        else
            mutations.append(upsert("task", firstId, 1, {{"notes", QStringLiteral("edit %1").arg(batch)}}));
        const QByteArray body = pushBody(mutations);
        RawReply reply;
        while (reply.status != 200 && requests < 500) {
            ++requests;
            reply = rawRequest(server, "POST", "/mobile-api/sync/push", user.token(), body);
        }
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &result : reply.json().value("data").toObject().value("results").toArray())
            QVERIFY(QStringList({"applied", "duplicate", "conflict"})
                        .contains(result.toObject().value("status").toString()));
    }
    qInfo("50 tasks and 9 edits pushed through faults at rate 0.5 in %d requests", requests);
    QVERIFY(requests > 10);
    QStringList stored = storedTitles(user);
    stored.sort();
    titles.sort();
    QCOMPARE(stored, titles);
    // Each of the 9 edits changed the notes once: version 1 + 9.
    const QJsonArray tasks =
        user.exportData().data().toObject().value("sync").toObject().value("tasks").toArray();
    for (const QJsonValue &task : tasks) {
        if (task.toObject().value("record_id").toString() == firstId)
            QCOMPARE(task.toObject().value("version"), QJsonValue(10));
    }
}

QTEST_GUILESS_MAIN(TestServerSyncFaults)
#include "tst_server_sync_faults.moc"
