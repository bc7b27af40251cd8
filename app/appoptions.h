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
    QString contentKeyPath;     // the public key course manifests are signed with
    bool assumeMetered = false; // as if the OS reported a metered network
    QString download;           // a course id, or "all": downloaded at start without asking (automation)
    QString dataDir;
    QString language; // empty: the saved choice, else the system's
    QSize windowSize;
    QString screen; // empty: the first destination (Courses)
    QString screenshotPath;
    int quitAfterMs = -1;
    bool selfTest = false;
    bool reportFirstFrame = false;
    // The learner's choice about reports, given without the first-run dialog: crash reports, timings.
    std::optional<std::pair<bool, bool>> consent;
    QString crashTest; // segv, abort, terminate, thread or qml: crash on purpose after the first frame

    // Parses the arguments; on a bad one prints why and returns nullopt.
    static std::optional<AppOptions> parse(const QCoreApplication &app);
};
