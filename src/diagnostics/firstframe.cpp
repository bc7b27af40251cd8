#include "firstframe.h"

#include <QFile>
#include <QQuickWindow>
#include <cstdio>
#include <memory>

void onFirstFrame(QQuickWindow *window, std::function<void()> then) {
    auto done = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [done, connection, then = std::move(then)] {
            if (*done)
                return;
            *done = true;
            QObject::disconnect(*connection);
            then();
        },
        Qt::QueuedConnection); // frameSwapped comes from the render thread
}

long long peakResidentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void printFirstFrameReport() {
    std::printf("first-frame peak-rss-kib=%lld\n", peakResidentKiB());
    std::fflush(stdout);
}
