#pragma once

#include "stackwalk.h"

#include <QString>

namespace tpn::server {

// How crashes are grouped (docs/telemetry.md, "On the server").
struct CrashSignature {
    QString signature; // "SIGSEGV | crashHere(int*) | caller() | main"
    QString kind;      // the signal, or qFatal, Q_ASSERT, assert, std::terminate when their frames say so
    bool symbolized = false; // every frame of the signature has a function name
};

// The frames that say where the app was: without the frames of the signal, abort, qFatal, assert and
// std::terminate machinery, without unsymbolized frames of the C and C++ runtime or of no module, and
// nothing below main.
QList<StackFrame> meaningfulFrames(const QList<StackFrame> &frames);

// The kind, then the first 3 meaningful frames (function, or module+0xoffset without symbols). So a
// SIGSEGV and an abort in the same function are two groups, and the same crash is one whatever the
// addresses of raise() or abort() in the device's libc.
CrashSignature crashSignature(const StackWalk &walk);

// "error: " and the message with UUIDs, hex numbers and digits replaced, so the same error with other
// numbers in it is one group.
QString errorSignature(const QString &message);

// A function without its parameter list and compiler clone suffix: "QMessageLogger::fatal".
QString functionBaseName(const QString &function);

} // namespace tpn::server
