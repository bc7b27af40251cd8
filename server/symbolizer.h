#pragma once

#include "stackwalk.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QQueue>
#include <QString>

#include <memory>
#include <optional>

namespace tpn::server {

class CrashStore;

// Where minidump_stackwalk is and the Breakpad symbol store it reads (DIR/<module>/<ID>/<module>.sym);
// without a store the frames are module+0xoffset.
struct StackwalkTools {
    QString stackwalk;
    QString symbolsDir;
};

// Walks stored minidumps in the background, one at a time, so that answering requests never waits for
// it: minidump_stackwalk runs as a child process and its output is parsed when it exits. The result
// (frames, signature) goes into the CrashStore.
class Symbolizer final : public QObject {
    Q_OBJECT

public:
    Symbolizer(CrashStore &store, StackwalkTools tools, QObject *parent = nullptr);
    ~Symbolizer() override;

    void enqueue(const QString &id);
    // Every crash not walked yet, e.g. those stored while the server was down or the tool was missing.
    void enqueuePending();

signals:
    void walked(const QString &id);

private:
    void startNext();
    void finish(int exitCode, QProcess::ExitStatus status);

    CrashStore &m_store;
    StackwalkTools m_tools;
    QQueue<QString> m_queue;
    std::unique_ptr<QProcess> m_process;
    QString m_current;
    QElapsedTimer m_timer;
};

// For the report command: walks one minidump and waits (at most a minute). Nothing when the tool could
// not be run or took too long; *error says why.
std::optional<StackWalk> walkMinidumpNow(const StackwalkTools &tools, const QString &minidumpPath,
                                         QString *error);

} // namespace tpn::server
