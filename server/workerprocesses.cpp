#include "workerprocesses.h"

#include "serverlog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace tpn::server {

namespace {

// A worker that dies is started again after this, so a worker that cannot start does not spin.
constexpr int RestartDelayMs = 1000;

} // namespace

WorkerProcesses::WorkerProcesses(QStringList arguments, quint16 port, int count, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments)) {
    m_arguments += {QStringLiteral("--worker-port"), QString::number(port)};
    for (int i = 0; i < count; ++i)
        m_processes.append(nullptr);
}

QProcess *WorkerProcesses::launch() {
    auto *process = new QProcess(this);
    process->setProgram(QCoreApplication::applicationFilePath());
    process->setArguments(m_arguments);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(process, &QProcess::finished, this, [this, process] { finished(process); });
    process->start();
    return process;
}

bool WorkerProcesses::start(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    for (QProcess *&process : m_processes)
        process = launch();
    for (QProcess *process : std::as_const(m_processes)) {
        // The same ready line as this process prints, once the worker listens.
        bool ready = false;
        while (!ready && process->state() != QProcess::NotRunning && !deadline.hasExpired()) {
            if (process->canReadLine() || process->waitForReadyRead(int(deadline.remainingTime())))
                ready = process->readLine().contains("listening on");
        }
        if (!ready) {
            qCCritical(lcServer) << "a worker process did not start";
            stop({});
            return false;
        }
    }
    if (!m_processes.isEmpty())
        qCInfo(lcServer) << m_processes.size() << "worker processes listening on the same port";
    return true;
}

void WorkerProcesses::finished(QProcess *process) {
    const qsizetype index = m_processes.indexOf(process);
    process->deleteLater();
    if (index < 0)
        return;
    if (m_stopping) {
        m_processes.removeAt(index);
        if (m_processes.isEmpty() && m_stopped)
            std::exchange(m_stopped, nullptr)();
        return;
    }
    qCCritical(lcServer) << "worker process" << process->processId() << "exited (status"
                         << process->exitCode() << "); starting another";
    m_processes[index] = nullptr;
    QTimer::singleShot(RestartDelayMs, this, [this, index] {
        if (!m_stopping && index < m_processes.size() && !m_processes[index])
            m_processes[index] = launch();
    });
}

void WorkerProcesses::stop(std::function<void()> done) {
    m_stopping = true;
    m_stopped = std::move(done);
    m_processes.removeAll(nullptr);
    for (QProcess *process : std::as_const(m_processes))
        process->terminate();
    if (m_processes.isEmpty() && m_stopped)
        std::exchange(m_stopped, nullptr)();
}

void WorkerProcesses::followParent() {
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
}

} // namespace tpn::server
