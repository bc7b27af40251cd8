// Sync benchmark (reported, not asserted): the client pushing 1,000 queued edits to the real
// server on loopback — wall time and number of requests — against a floor measured in the same
// run: 10 sequential health requests on the same client (the cost of 10 round trips alone).
// Then the store alone, without a network: 1,000 edits queued, and the same edits taken in
// batches of 100 and settled as the server would answer them.
#include "datacipher.h"
#include "sqlitedatabase.h"
#include "syncdevice.h"
#include "userdataschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace synctest;

namespace {

double floorMs(Device &device) {
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        bool done = false;
        device.client.api->get(QStringLiteral("/mobile-api/health"), {}, &device.client.courses(),
                               [&](const ApiResult &) { done = true; });
        (void)QTest::qWaitFor([&] { return done; }, kTimeout);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

struct StoreTimes {
    double editMs = 0;  // 1,000 edits: 500 new tasks, 250 second edits of them, 250 sealed journal entries
    double batchMs = 0; // takeBatch(100) + settle of every queued edit, as after a push
};

double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

std::optional<StoreTimes> measureStore() {
    QTemporaryDir dir;
    SqliteDatabase database(dir.filePath(QStringLiteral("userdata.sqlite")),
                            SqliteDatabase::Durability::Precious);
    if (!database.open(userDataMigrations()))
        return std::nullopt;
    const DataCipher cipher(DataCipher::generateKey());
    LocalStore store(database, &cipher);
    StoreTimes times;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 500; ++i) {
        if (!store.edit(Entity::Task, QStringLiteral("t%1").arg(i),
                        {{"title", QStringLiteral("Travay %1").arg(i)}, {"status", "todo"}}))
            return std::nullopt;
    }
    for (int i = 0; i < 250; ++i) {
        if (!store.edit(Entity::Task, QStringLiteral("t%1").arg(i * 2), {{"status", "done"}}))
            return std::nullopt;
    }
    for (int i = 0; i < 250; ++i) {
        if (!store.edit(Entity::Journal, QStringLiteral("j%1").arg(i),
                        {{"date", "2026-11-22"},
                         {"mood", 4},
                         {"text", QStringLiteral("Jodi a m te aprann %1").arg(i)}}))
            return std::nullopt;
    }
    times.editMs = msSince(timer);

    timer.restart();
    for (;;) {
        const QList<Mutation> batch = store.takeBatch(100, 256 * 1024);
        if (batch.isEmpty())
            break;
        QList<PushResult> results;
        for (const Mutation &m : batch)
            results.append(
                {m.mutationId,
                 PushResult::Status::Applied,
                 RemoteRecord{m.entity, m.recordId, 1, false, m.fields, QDateTime::currentDateTimeUtc()},
                 {}});
        if (!store.settle(results))
            return std::nullopt;
    }
    times.batchMs = msSince(timer);
    return store.pendingCount() == 0 ? std::optional(times) : std::nullopt;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    TestServer server{{QStringLiteral("--demo"), QStringLiteral("--login-limit"), QStringLiteral("100")}};
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::vector<double> pushMs, floors;
    int requests = 0;
    for (int run = 0; run < 5; ++run) {
        Device device(server, registerLearner(server), QStringLiteral("lekol-2026"));
        if (!device.opened)
            return 1;
        for (int i = 0; i < 1000; ++i)
            device.sync->store().edit(Entity::Task, uuid(),
                                      {{"title", QStringLiteral("Travay %1").arg(i)}, {"status", "todo"}});
        floors.push_back(floorMs(device));

        QElapsedTimer timer;
        double pushed = -1;
        const int before = device.faults().exchanges;
        QObject::connect(&device.sync->engine(), &SyncEngine::progress, [&](int done, int total, int) {
            if (done == total && pushed < 0) {
                pushed = double(timer.nsecsElapsed()) / 1e6;
                requests = device.faults().exchanges - before;
            }
        });
        timer.start();
        if (device.runSync().error.isError() || pushed < 0)
            return 1;
        pushMs.push_back(pushed);
    }
    std::sort(pushMs.begin(), pushMs.end());
    std::sort(floors.begin(), floors.end());
    const double p = pushMs[2], f = floors[2];
    std::printf("Push of 1,000 queued edits, median of 5 runs (loopback, HTTPS)\n\n");
    std::printf("| | 10 health requests (floor) | push of 1,000 edits | ratio |\n|---|---|---|---|\n");
    std::printf("| time (ms) | %.0f | %.0f | %.1f |\n", f, p, p / f);
    std::printf("| requests | 10 | %d | |\n", requests);

    std::vector<double> editMs, batchMs;
    for (int run = 0; run < 5; ++run) {
        const auto times = measureStore();
        if (!times)
            return 1;
        editMs.push_back(times->editMs);
        batchMs.push_back(times->batchMs);
    }
    std::sort(editMs.begin(), editMs.end());
    std::sort(batchMs.begin(), batchMs.end());
    std::printf("\nThe store alone (no network), median of 5 runs\n\n");
    std::printf("| 1,000 edits queued | take and settle them in batches of 100 |\n|---|---|\n");
    std::printf("| %.0f ms | %.0f ms |\n", editMs[2], batchMs[2]);
    return 0;
}
