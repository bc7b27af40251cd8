#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace tpn::server {

// Turns SIGTERM/SIGINT into QCoreApplication::quit(), so the server leaves its event loop, closes the
// database and exits 0. A signal handler may do almost nothing, so it only writes a byte to a socket
// pair whose other end the event loop watches (the approach of Qt's "Calling Qt Functions From Unix
// Signal Handlers"). One instance per process.
class QuitOnSignal : public QObject {
    Q_OBJECT

public:
    explicit QuitOnSignal(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void handleSignal(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tpn::server
