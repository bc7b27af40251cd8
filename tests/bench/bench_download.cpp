// Downloading every demo course in Kreyòl over loopback HTTPS, against a floor measured in the same
// run: the same files fetched by one curl process, one URL after another over one kept-alive
// connection. Reports wall time and bytes on the wire (the server's count of body bytes) as ratios.
// Reported in docs/performance.md, never asserted.
#include "clientstack.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

namespace {

// Runs the event loop until `done` holds. (QTest::qWaitFor sleeps 10 ms between looks, which
// would add about that much to every request measured here.)
bool runUntil(const std::function<bool()> &done, int timeoutMs) {
    QEventLoop loop;
    QTimer look;
    look.setInterval(0);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    look.start();
    loop.exec();
    return done();
}

struct Run {
    double seconds = 0;
    qint64 bytes = 0;
    double planSeconds = 0; // of which: fetching and checking the manifests
};

Run downloadAll(TestServer &server, QList<ManifestFile> *files) {
    QTemporaryDir dir;
    ClientOptions options =
        ClientStack::options(server.baseUrl(), dir.path(), TestServer::caCertPath(), {}, false);
    options.contentKeyPath = TestServer::contentKeyPath();
    ClientStack client(options);
    const qint64 before = server.contentBytesSent();
    QElapsedTimer timer;
    timer.start();
    client.downloads().prepareAll();
    runUntil([&] { return client.downloads().planReady() || !client.downloads().planError().isEmpty(); },
             60000);
    const double planned = double(timer.nsecsElapsed()) / 1e9;
    client.downloads().confirmPlan();
    runUntil(
        [&] {
            const auto packages = client.offlineLibrary.packages();
            return !packages.isEmpty() && std::all_of(packages.cbegin(), packages.cend(),
                                                      [](const OfflinePackage &p) { return !p.next; });
        },
        120000);
    Run run{double(timer.nsecsElapsed()) / 1e9, server.contentBytesSent() - before, planned};
    QSet<QString> seen;
    for (const OfflinePackage &package : client.offlineLibrary.packages())
        for (const ManifestFile &file : package.current->files)
            if (!seen.contains(file.sha256)) {
                seen.insert(file.sha256);
                files->append(file);
            }
    return run;
}

Run curlFloor(TestServer &server, const QList<ManifestFile> &files) {
    QStringList arguments = {QStringLiteral("--silent"), QStringLiteral("--fail"), QStringLiteral("--cacert"),
                             TestServer::caCertPath()};
    for (const ManifestFile &file : files)
        arguments << QStringLiteral("-o") << QStringLiteral("/dev/null")
                  << server.url(QStringLiteral("/mobile-api/content/") + file.sha256).toString();
    const qint64 before = server.contentBytesSent();
    QElapsedTimer timer;
    timer.start();
    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments);
    curl.waitForFinished(120000);
    return {double(timer.nsecsElapsed()) / 1e9, server.contentBytesSent() - before};
}

} // namespace

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    constexpr int kRuns = 5;
    QList<double> app_, floor_, plan_;
    qint64 appBytes = 0, floorBytes = 0, fileBytes = 0;
    int fileCount = 0;
    for (int i = 0; i < kRuns; ++i) {
        QList<ManifestFile> files;
        const Run a = downloadAll(server, &files);
        const Run c = curlFloor(server, files);
        app_.append(a.seconds);
        plan_.append(a.planSeconds);
        floor_.append(c.seconds);
        appBytes = a.bytes;
        floorBytes = c.bytes;
        fileCount = int(files.size());
        fileBytes = 0;
        for (const ManifestFile &file : files)
            fileBytes += file.size;
    }
    std::sort(app_.begin(), app_.end());
    std::sort(floor_.begin(), floor_.end());
    std::sort(plan_.begin(), plan_.end());
    const double appMedian = app_.at(kRuns / 2), floorMedian = floor_.at(kRuns / 2);
    std::printf("download all (ht): %d files, %lld bytes of files\n", fileCount, fileBytes);
    std::printf(
        "  app  : median %.3f s (manifests, checks and all), %lld body bytes (%.1f %% of the files)\n",
        appMedian, appBytes, 100.0 * double(appBytes) / double(fileBytes));
    std::printf("         of which planning (35 signed manifests checked): median %.3f s\n",
                plan_.at(kRuns / 2));
    std::printf("  curl : median %.3f s, %lld body bytes\n", floorMedian, floorBytes);
    std::printf("  ratio: %.2f x the floor's time\n", appMedian / floorMedian);
    return 0;
}
