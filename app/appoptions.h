#pragma once

#include <QSize>
#include <QString>
#include <QUrl>
#include <optional>

class QCoreApplication;

// The app's command line. Besides what a learner's launcher passes, it has the switches that
// automation uses (screenshots, self-test, timed quit, first-frame report).
struct AppOptions {
    QUrl apiUrl;
    QString caCertPath;
    QString dataDir;
    QString language; // empty: the saved choice, else the system's
    QSize windowSize;
    QString screen; // empty: the first destination (Courses)
    QString screenshotPath;
    int quitAfterMs = -1;
    bool selfTest = false;
    bool reportFirstFrame = false;

    // Parses the arguments; on a bad one prints why and returns nullopt.
    static std::optional<AppOptions> parse(const QCoreApplication &app);
};
