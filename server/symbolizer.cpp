#include "symbolizer.h"

#include "crashstore.h"
#include "serverlog.h"

#include <QTimer>

namespace tpn::server {

namespace {

constexpr int StackwalkTimeoutMs = 60 * 1000;

std::unique_ptr<QProcess> stackwalkProcess(const StackwalkTools &tools, const QString &minidumpPath) {
    auto process = std::make_unique<QProcess>();
    process->setProgram(tools.stackwalk);
    process->setArguments(stackwalkArguments(minidumpPath, tools.symbolsDir));
    // Its stderr is a chatty log of every symbol file it looked for.
    process->setStandardErrorFile(QProcess::nullDevice());
    return process;
}

} // namespace

Symbolizer::Symbolizer(CrashStore &store, StackwalkTools tools, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tools(std::move(tools)) {}

Symbolizer::~Symbolizer() {
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void Symbolizer::enqueue(const QString &id) {
    m_queue.enqueue(id);
    if (!m_process)
        startNext();
}

void Symbolizer::enqueuePending() {
    const QStringList ids = m_store.pending(CrashStore::Walks::NotWalked);
    if (!ids.isEmpty())
        qCInfo(lcServer) << ids.size() << "stored crash reports to symbolize";
    for (const QString &id : ids)
        enqueue(id);
}

void Symbolizer::startNext() {
    if (m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_process = stackwalkProcess(m_tools, m_store.minidumpPath(m_current));
    connect(m_process.get(), &QProcess::finished, this, &Symbolizer::finish);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        qCWarning(lcServer).noquote()
            << "cannot run" << m_tools.stackwalk << "- crash reports stay unsymbolized"
            << "until `tekpounou-server report` walks them";
        m_queue.clear();
        m_process.release()->deleteLater();
    });
    QTimer::singleShot(StackwalkTimeoutMs, m_process.get(), [process = m_process.get()] { process->kill(); });
    m_timer.start();
    m_process->start();
}

void Symbolizer::finish(int exitCode, QProcess::ExitStatus status) {
    const QByteArray output = m_process->readAllStandardOutput();
    m_process.release()->deleteLater();
    const QString id = m_current;
    try {
        if (status == QProcess::NormalExit) {
            const StackWalk walk = parseStackwalk(output);
            m_store.storeWalk(id, walk);
            qCInfo(lcServer).noquote() << "crash report" << id << "walked in" << m_timer.elapsed() << "ms"
                                       << (walk.readable ? "" : "(unreadable minidump)");
            emit walked(id);
        } else {
            qCWarning(lcServer).noquote()
                << "minidump_stackwalk crashed or timed out on" << id << "exit code" << exitCode;
        }
    } catch (const std::exception &exception) {
        qCWarning(lcServer) << "cannot store the stack of" << id << exception.what();
    }
    startNext();
}

std::optional<StackWalk> walkMinidumpNow(const StackwalkTools &tools, const QString &minidumpPath,
                                         QString *error) {
    const std::unique_ptr<QProcess> process = stackwalkProcess(tools, minidumpPath);
    process->start();
    if (!process->waitForStarted()) {
        *error = QStringLiteral("cannot run %1: %2").arg(tools.stackwalk, process->errorString());
        return std::nullopt;
    }
    if (!process->waitForFinished(StackwalkTimeoutMs) || process->exitStatus() != QProcess::NormalExit) {
        process->kill();
        process->waitForFinished();
        *error = QStringLiteral("%1 crashed or took longer than %2 s")
                     .arg(tools.stackwalk)
                     .arg(StackwalkTimeoutMs / 1000);
        return std::nullopt;
    }
    return parseStackwalk(process->readAllStandardOutput());
}

} // namespace tpn::server
