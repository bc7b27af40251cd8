#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QProcess;

namespace tpn::server {

// The other processes of a `--processes N` server: each runs this binary with the same options plus
// --worker-port, listens on the same port (Listener::listenShared) and opens the same database, so the
// kernel spreads connections over every core and the database holds what they share. They are started
// once this process is ready, started again if one dies, and stopped with this one. A worker stops on its
// own if this process dies (PR_SET_PDEATHSIG).
class WorkerProcesses : public QObject {
    Q_OBJECT

public:
    WorkerProcesses(QStringList arguments, quint16 port, int count, QObject *parent = nullptr);

    // Starts them and waits until each listens; false (with every one stopped) if one does not.
    bool start(int timeoutMs);
    // SIGTERM to each (they finish their requests); done once all have exited.
    void stop(std::function<void()> done);

    // In a worker: stop when the first process dies.
    static void followParent();

private:
    QProcess *launch();
    void finished(QProcess *process);

    QStringList m_arguments;
    QList<QProcess *> m_processes;
    std::function<void()> m_stopped;
    bool m_stopping = false;
};

} // namespace tpn::server
