// Sync benchmark (reported, not asserted): the client pushing 1,000 queued edits to the real
// server on loopback — wall time and number of requests — against a floor measured in the same
// run: 10 sequential health requests on the same client (the cost of 10 round trips alone).
#include "syncdevice.h"

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
    return 0;
}
