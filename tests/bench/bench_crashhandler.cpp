// Crash handler benchmark (reported, not asserted): what installing Breakpad's handler costs at
// start-up, against a floor measured in the same run: making and removing a folder, which every
// start does many times over anyway.
#include "crashhandler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    constexpr int runs = 201;
    std::vector<double> installUs, floorUs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        {
            QTemporaryDir floor; // the same folder work as the handler's, without the handler
        }
        floorUs.push_back(double(clock.nsecsElapsed()) / 1e3);

        QTemporaryDir dir;
        clock.restart();
        tpn::crash::CrashHandler::install(dir.path());
        installUs.push_back(double(clock.nsecsElapsed()) / 1e3);
        tpn::crash::CrashHandler::uninstall();
    }
    const double install = median(installUs), floor = median(floorUs);
    std::printf("Installing the crash handler, median of %d runs\n\n", runs);
    std::printf(
        "| | making a temporary folder (floor) | installing the handler | ratio |\n|---|---|---|---|\n");
    std::printf("| time (µs) | %.0f | %.0f | %.1f |\n", floor, install, install / floor);
    return 0;
}
