#pragma once

#include <QByteArray>

namespace tpn::crash {

// Blanks the streams of a Linux minidump that describe the process's surroundings rather than its
// crash: the environment (it can hold anything), the command line and the memory map (both name
// the learner's data folder). Breakpad always writes them. Bytes are overwritten in place, so
// every offset in the file stays valid. Returns false for something that is not a minidump.
bool scrubMinidump(QByteArray &minidump);

} // namespace tpn::crash
