#pragma once

#include "appoptions.h"

#include <QObject>

class QQuickWindow;

// Drives the main window for automation: sets its size, and after the first frame either reports
// start-up figures, runs the self-test, or saves a screenshot and quits, as the options ask.
class WindowDriver : public QObject {
    Q_OBJECT
public:
    explicit WindowDriver(const AppOptions &options, QObject *parent = nullptr);

    // Call before loading QML: the self-test counts QML warnings from the very start.
    void startWatchingWarnings();
    void attach(QQuickWindow *window);

private:
    void firstFrameShown();
    int runSelfTest();
    QStringList destinations() const;
    bool showDestination(const QString &name);
    void saveScreenshotAndQuit();

    AppOptions m_options;
    QQuickWindow *m_window = nullptr;
};
