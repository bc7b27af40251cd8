#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tpn::server {

// One frame of minidump_stackwalk's machine-readable output (-m):
// thread|frame|module|function|file|line|offset. offset is within the function when there is one,
// within the module when there is only that, else the address.
struct StackFrame {
    QString module;
    QString function;
    QString file;
    int line = 0;
    QString offset; // "0x1a2b"

    bool hasFunction() const { return !function.isEmpty(); }
    // "function", or "module+0xoffset" without symbols, or the bare address.
    QString displayName() const;
    // "file:line", or "" without line information.
    QString location() const;
};

// What minidump_stackwalk -m says about a dump: the crash reason (Crash|SIGSEGV /SEGV_MAPERR|0x0|0) and
// the crashing thread's frames, innermost first.
struct StackWalk {
    bool readable = false; // a Crash line and at least one frame of its thread
    QString reason;        // "SIGSEGV /SEGV_MAPERR"
    QList<StackFrame> frames;
};

StackWalk parseStackwalk(const QByteArray &output);
// minidump_stackwalk's arguments; symbolsDir may be empty (module+offset frames only).
QStringList stackwalkArguments(const QString &minidumpPath, const QString &symbolsDir);

QJsonArray framesToJson(const QList<StackFrame> &frames);
QList<StackFrame> framesFromJson(const QJsonArray &array);

} // namespace tpn::server
