#pragma once

#include <QByteArrayView>
#include <QString>

namespace tpn::crash {

// Writes a minidump (Breakpad) when the process dies on SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT or
// SIGTRAP, on any thread, including std::terminate and qFatal (both end in abort()). Beside
// <guid>.dmp it writes <guid>.meta: the reason on the first line, then the metadata last given to
// setMetadata(). The .meta appears (by a rename) only once both files are complete, so a dump
// without one was cut short and is never sent (CrashCollector).
//
// Everything that runs in the signal handler is async-signal-safe: no allocation, no lock, no Qt.
// Breakpad installs an alternate stack only if the thread has none (Android's runtime has its own)
// and, since the callback says "not handled", puts the previous handlers back and re-raises: the
// process then dies as it would have without us, and a crash while the dump is written cannot loop.
class CrashHandler {
public:
    // One per process; installing twice is a no-op. `directory` is created.
    static bool install(const QString &directory);
    static void uninstall();
    static bool isInstalled();

    // What the next dump's .meta carries (a JSON object, at most 48 KiB; larger is refused and the
    // previous kept). Called on the GUI thread whenever the screen or breadcrumbs change; copied into
    // a spare buffer, then switched to atomically, so a crash on another thread reads a whole one.
    static bool setMetadata(QByteArrayView json);

    // The reason of a qFatal (Qt aborts right after the message handler returns).
    static void noteFatalMessage(const char *message);
};

} // namespace tpn::crash
