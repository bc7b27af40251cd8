#include "minidumpscrub.h"

#include <QtEndian>

#include <array>

namespace tpn::crash {

namespace {

// The minidump format (Breakpad's minidump_format.h): a 32-byte header whose third and fourth
// words are the stream count and the directory's offset; 12-byte directory entries of type, size
// and offset; all little-endian.
constexpr quint32 kSignature = 0x504d444d; // "MDMP"
constexpr qsizetype kHeaderSize = 32;
constexpr qsizetype kEntrySize = 12;
constexpr std::array<quint32, 3> kBlanked = {
    0x47670006, // MD_LINUX_CMD_LINE
    0x47670007, // MD_LINUX_ENVIRON
    0x47670009, // MD_LINUX_MAPS
};

quint32 word(const QByteArray &bytes, qsizetype offset) {
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

} // namespace

bool scrubMinidump(QByteArray &minidump) {
    if (minidump.size() < kHeaderSize || word(minidump, 0) != kSignature)
        return false;
    const qsizetype count = word(minidump, 8);
    const qsizetype directory = word(minidump, 12);
    if (directory < kHeaderSize || count > (minidump.size() - directory) / kEntrySize)
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype entry = directory + i * kEntrySize;
        const quint32 type = word(minidump, entry);
        const qsizetype size = word(minidump, entry + 4);
        const qsizetype offset = word(minidump, entry + 8);
        if (std::find(kBlanked.begin(), kBlanked.end(), type) == kBlanked.end())
            continue;
        if (offset < 0 || size < 0 || offset > minidump.size() || size > minidump.size() - offset)
            return false;
        std::fill(minidump.begin() + offset, minidump.begin() + offset + size, '\0');
    }
    return true;
}

} // namespace tpn::crash
