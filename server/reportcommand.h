#pragma once

#include <QStringList>

namespace tpn::server {

// `tekpounou-server report --data DIR [--symbols DIR] [--stackwalk PATH] [--json | --html FILE]`: the
// operator's report of crashes, errors and timings (docs/telemetry.md, "The operator's report"). It first
// walks every stored minidump not walked yet — and, given --symbols, those whose signature lacked symbols
// — with minidump_stackwalk, waiting for each, and stores the result; then prints text, prints JSON, or
// writes one self-contained HTML page. Works next to a running server: both use the same SQLite file.
bool isReportCommand(const QStringList &arguments);

// Exit codes: 0 done; 1 the HTML file could not be written; 2 bad options or a data directory without a
// server database. Progress and problems go to stderr, the report to stdout (or the file).
int runReportCommand(const QStringList &arguments);

} // namespace tpn::server
