#pragma once

#include <QObject>

#include <functional>
#include <initializer_list>

class QSocketNotifier;

namespace tpn::server {

// Turns SIGTERM/SIGINT into a call of stop on the event loop (by default QCoreApplication::quit()), so
// the server finishes its work, leaves its event loop, closes the database and exits 0. A second signal
// quits at once. A signal handler may do almost nothing, so it only writes a byte to a socket
// pair whose other end the event loop watches (the approach of Qt's "Calling Qt Functions From Unix
// Signal Handlers"). One instance per process.
class QuitOnSignal : public QObject {
    Q_OBJECT

public:
    explicit QuitOnSignal(std::initializer_list<int> signalNumbers, std::function<void()> stop = {},
                          QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void handleSignal(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
    std::function<void()> m_stop;
};

} // namespace tpn::server
