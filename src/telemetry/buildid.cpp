#include "reportcontext.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>
#include <elf.h>
#include <link.h>

namespace tpn::telemetry {

namespace {

// The NT_GNU_BUILD_ID note of the main executable, read from its mapped program headers: no file is
// opened, and it is the build id of the code actually running, even if the file was replaced since.
QByteArray mainExecutableBuildId() {
    QByteArray id;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *out) -> int {
            // The first object reported is the executable itself.
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                const ElfW(Phdr) &segment = info->dlpi_phdr[i];
                if (segment.p_type != PT_NOTE)
                    continue;
                const char *at = reinterpret_cast<const char *>(info->dlpi_addr + segment.p_vaddr);
                const char *end = at + segment.p_memsz;
                while (at + sizeof(ElfW(Nhdr)) <= end) {
                    ElfW(Nhdr) note;
                    std::memcpy(&note, at, sizeof note);
                    const char *name = at + sizeof note;
                    const char *desc = name + ((note.n_namesz + 3) & ~3u);
                    if (desc + note.n_descsz > end)
                        break;
                    if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
                        std::memcmp(name, "GNU", 4) == 0) {
                        *static_cast<QByteArray *>(out) = QByteArray(desc, int(note.n_descsz));
                        return 1;
                    }
                    at = desc + ((note.n_descsz + 3) & ~3u);
                }
            }
            return 1;
        },
        &id);
    return id;
}

} // namespace

QString currentBuildId() {
    const QByteArray id = mainExecutableBuildId();
    if (id.isEmpty())
        return {};
    // Breakpad's FileID::ConvertIdentifierToUUIDString: the first 16 bytes read as a GUID whose first three
    // fields were stored little-endian, printed big-endian; then the age, always 0 on Linux.
    QByteArray guid(16, '\0');
    std::copy_n(id.constData(), std::min<qsizetype>(16, id.size()), guid.data());
    std::reverse(guid.begin(), guid.begin() + 4);
    std::reverse(guid.begin() + 4, guid.begin() + 6);
    std::reverse(guid.begin() + 6, guid.begin() + 8);
    return QString::fromLatin1(guid.toHex().toUpper()) + u'0';
}

} // namespace tpn::telemetry
