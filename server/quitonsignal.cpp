#include "quitonsignal.h"

#include "serverlog.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace tpn::server {

namespace {

int signalSockets[2] = {-1, -1}; // [0] written by the handler, [1] read by the event loop

} // namespace

QuitOnSignal::QuitOnSignal(std::initializer_list<int> signalNumbers, std::function<void()> stop,
                           QObject *parent)
    : QObject(parent)
    , m_stop(std::move(stop)) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
        qCWarning(lcServer) << "cannot watch signals: socketpair failed";
        return;
    }
    m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char signalNumber = 0;
        if (::read(signalSockets[1], &signalNumber, 1) == 1)
            qCInfo(lcServer) << "signal" << int(signalNumber) << "received; shutting down";
        if (m_stop)
            std::exchange(m_stop, nullptr)();
        else
            QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = &QuitOnSignal::handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : signalNumbers)
        ::sigaction(signalNumber, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal() {
    delete m_notifier;
    for (int &socket : signalSockets) {
        if (socket >= 0)
            ::close(socket);
        socket = -1;
    }
}

void QuitOnSignal::handleSignal(int signalNumber) {
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(signalSockets[0], &byte, 1);
}

} // namespace tpn::server
