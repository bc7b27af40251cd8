// The floor for the start-up benchmark: the smallest Qt Quick window with text, built with the
// same compiler, flags and Qt as the app, reporting its first frame exactly as the app does.
#include "firstframe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\n"
                    "Window { visible: true; width: 390; height: 844\n"
                    "  Text { anchors.centerIn: parent; text: \"Tek Pou Nou\" } }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    onFirstFrame(window, [] {
        printFirstFrameReport();
        QCoreApplication::exit(0);
    });
    return app.exec();
}
