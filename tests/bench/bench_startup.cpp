// Start-up benchmark (reported, not asserted): time from process start to the first frame on
// screen, and peak resident memory, for the app with a warm cache and for a minimal Qt Quick
// window built in the same tree; medians over alternating runs, and their ratios.
#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

struct Sample {
    double ms = -1;
    long long rssKiB = -1;
};

Sample launch(const QString &program, const QStringList &args) {
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    QByteArray out;
    Sample sample;
    while (process.waitForReadyRead(30000) || process.state() == QProcess::Running) {
        out += process.readAllStandardOutput();
        const auto match = QRegularExpression(QStringLiteral("first-frame peak-rss-kib=(-?\\d+)"))
                               .match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            sample.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            sample.rssKiB = match.captured(1).toLongLong();
            break;
        }
        if (timer.elapsed() > 30000)
            break;
    }
    if (!process.waitForFinished(10000))
        process.kill();
    if (sample.ms < 0)
        std::fprintf(stderr, "no first-frame line from %s: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
    return sample;
}

template <typename T> T median(std::vector<T> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? T{} : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int runs = std::max(5, qEnvironmentVariableIntValue("TPN_BENCH_RUNS"));
    TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir dataDir, reportingDataDir;
    const QStringList appArgs{"--api-url",  server.baseUrl().toString(),
                              "--ca-cert",  TestServer::caCertPath(),
                              "--data-dir", dataDir.path(),
                              "--lang",     "ht",
                              "--size",     "390x844",
                              "--consent",  "none"};
    // The same with crash reports and timings allowed: the handler installed, every timing recorded.
    QStringList reportingArgs = appArgs;
    reportingArgs.replace(reportingArgs.indexOf(dataDir.path()), reportingDataDir.path());
    reportingArgs.replace(reportingArgs.indexOf("none"), "crash,timings");
    // Warm the caches: the measured runs show the catalog from SQLite before any network answer.
    QProcess::execute(QStringLiteral(TPN_APP_BINARY), appArgs + QStringList{"--quit-after-ms", "2000"});
    QProcess::execute(QStringLiteral(TPN_APP_BINARY), reportingArgs + QStringList{"--quit-after-ms", "2000"});

    std::vector<double> appMs, floorMs, reportingMs;
    std::vector<long long> appRss, floorRss;
    for (int i = 0; i < runs; ++i) {
        const Sample floor = launch(QStringLiteral(TPN_MINIMAL_BINARY), {});
        const Sample appRun =
            launch(QStringLiteral(TPN_APP_BINARY), appArgs + QStringList{"--report-first-frame"});
        const Sample reportingRun =
            launch(QStringLiteral(TPN_APP_BINARY), reportingArgs + QStringList{"--report-first-frame"});
        if (floor.ms < 0 || appRun.ms < 0 || reportingRun.ms < 0)
            return 1;
        reportingMs.push_back(reportingRun.ms);
        floorMs.push_back(floor.ms);
        appMs.push_back(appRun.ms);
        floorRss.push_back(floor.rssKiB);
        appRss.push_back(appRun.rssKiB);
    }
    const double a = median(appMs), f = median(floorMs);
    const long long ar = median(appRss), fr = median(floorRss);
    std::printf("Start-up to first frame, median of %d alternating runs (390x844, Xvfb, warm cache)\n\n",
                runs);
    std::printf("| | minimal Qt Quick window | Tek Pou Nou | ratio |\n|---|---|---|---|\n");
    std::printf("| first frame (ms) | %.0f | %.0f | %.2f |\n", f, a, a / f);
    std::printf("| peak RSS (MiB) | %.1f | %.1f | %.2f |\n", fr / 1024.0, ar / 1024.0,
                static_cast<double>(ar) / static_cast<double>(fr));
    const double r = median(reportingMs);
    std::printf(
        "\nWith crash reports and timings allowed (handler installed, timings recorded), same runs\n\n");
    std::printf("| | reports off | reports on | ratio |\n|---|---|---|---|\n");
    std::printf("| first frame (ms) | %.0f | %.0f | %.2f |\n", a, r, r / a);
    return 0;
}
