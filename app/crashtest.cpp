#include "crashtest.h"

#include <QQmlComponent>
#include <QQmlEngine>

#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace tpn::crashtest {

namespace {

// volatile: the compiler may neither see that it is null nor drop the write.
int *volatile g_nowhere = nullptr;

[[gnu::noinline]] void writeThroughNullPointer() {
    *g_nowhere = 42;
}

[[gnu::noinline]] void abortOnPurpose() {
    std::abort();
}

// Leaving a noexcept function with an exception calls std::terminate: that is the point here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wterminate"
[[gnu::noinline]] void throwPastNoexcept() noexcept {
    throw std::runtime_error("crash test");
}
#pragma GCC diagnostic pop

[[gnu::noinline]] void writeThroughNullPointerOnWorker() {
    *g_nowhere = 7;
}

[[gnu::noinline]] void crashOnWorkerThread() {
    std::thread worker(&writeThroughNullPointerOnWorker);
    worker.join();
}

} // namespace

void QmlProbe::dereferenceNullFromQml() {
    *g_nowhere = 1;
}

void crash(const QString &kind, QQmlEngine &engine) {
    if (kind == QLatin1String("segv"))
        writeThroughNullPointer();
    else if (kind == QLatin1String("abort"))
        abortOnPurpose();
    else if (kind == QLatin1String("terminate"))
        throwPastNoexcept();
    else if (kind == QLatin1String("thread"))
        crashOnWorkerThread();
    else if (kind == QLatin1String("qml")) {
        // Real QML calling into C++: the probe is handed over as a required property, not a global.
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nItem { required property QtObject probe\n"
                          "Component.onCompleted: probe.dereferenceNullFromQml() }",
                          QUrl(QStringLiteral("crashtest.qml")));
        auto *probe = new QmlProbe;
        probe->setParent(&engine);
        component.createWithInitialProperties({{QStringLiteral("probe"), QVariant::fromValue(probe)}});
    }
}

} // namespace tpn::crashtest
