#pragma once

#include <QString>

namespace tpn::telemetry {
class Spool;
}

namespace tpn::crash {

// At start, turns what CrashHandler left in its folder into "crash" reports in the spool
// (docs/telemetry.md): a complete dump (its .meta exists) becomes one report, with its minidump
// scrubbed (minidumpscrub.h); a dump without one was cut short by a kill and is deleted unsent.
// The report's id comes from the dump's name, so a report spooled just before a kill, whose files
// were not yet deleted, is spooled again under the same id and the server keeps it once.
class CrashCollector {
public:
    explicit CrashCollector(QString directory)
        : m_directory(std::move(directory)) {}

    // Returns how many reports were spooled. With `keep` false (no consent) everything is deleted.
    int collect(telemetry::Spool &spool, bool keep) const;

private:
    QString m_directory;
};

} // namespace tpn::crash
