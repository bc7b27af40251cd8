#include "crashhandler.h"

#include "client/linux/handler/exception_handler.h"

#include <QDir>

#include <atomic>
#include <climits>
#include <csignal>
#include <cstring>
#include <cxxabi.h>
#include <exception>
#include <fcntl.h>
#include <unistd.h>

namespace tpn::crash {

namespace {

constexpr std::size_t kMetadataCapacity = 48 * 1024;
constexpr std::size_t kReasonCapacity = 256;

struct MetadataBuffer {
    char text[kMetadataCapacity];
    std::size_t size = 0;
};

// Two buffers: the GUI thread fills the spare one and flips the index, so the handler always reads
// a complete text. Static storage: nothing to allocate when the process is already broken.
MetadataBuffer g_metadata[2];
std::atomic<int> g_activeMetadata{0};
char g_reason[kReasonCapacity] = {};
std::atomic<bool> g_reasonSet{false};
std::atomic<bool> g_dumping{false};
google_breakpad::ExceptionHandler *g_handler = nullptr;
std::terminate_handler g_previousTerminate = nullptr;

// strncat's semantics without its locale and with a hard bound: safe in a signal handler.
void appendReason(const char *text) {
    std::size_t used = 0;
    while (used < kReasonCapacity - 1 && g_reason[used] != '\0')
        ++used;
    for (std::size_t i = 0; text && text[i] != '\0' && used < kReasonCapacity - 1; ++i) {
        const char c = text[i];
        g_reason[used++] = (c == '\n' || c == '\r') ? ' ' : c;
    }
    g_reason[used] = '\0';
}

void setReason(const char *first, const char *second = nullptr) {
    if (g_reasonSet.exchange(true))
        return; // the first cause wins: abort() after terminate stays "terminate"
    g_reason[0] = '\0';
    appendReason(first);
    appendReason(second);
}

const char *signalName(int signal) {
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV";
    case SIGBUS:
        return "SIGBUS";
    case SIGILL:
        return "SIGILL";
    case SIGFPE:
        return "SIGFPE";
    case SIGABRT:
        return "SIGABRT";
    case SIGTRAP:
        return "SIGTRAP";
    default:
        return "signal";
    }
}

// Runs first in Breakpad's signal handler: only notes which signal it was.
bool noteSignal(int signal, siginfo_t *, void *) {
    setReason(signalName(signal));
    return false; // not handled here: Breakpad goes on and writes the dump
}

bool writeAll(int fd, const char *data, std::size_t size) {
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written <= 0)
            return false;
        data += written;
        size -= std::size_t(written);
    }
    return true;
}

// "<dir>/<guid>.dmp" -> "<dir>/<guid><suffix>", without allocating.
bool siblingPath(const char *dumpPath, const char *suffix, char (&out)[PATH_MAX]) {
    const std::size_t length = std::strlen(dumpPath);
    const std::size_t suffixLength = std::strlen(suffix);
    if (length < 4 || length - 4 + suffixLength >= PATH_MAX)
        return false;
    std::memcpy(out, dumpPath, length - 4);
    std::memcpy(out + length - 4, suffix, suffixLength + 1);
    return true;
}

// Breakpad calls this after the dump is written, still in the signal handler.
bool dumpWritten(const google_breakpad::MinidumpDescriptor &descriptor, void *, bool succeeded) {
    if (!succeeded || g_dumping.exchange(true))
        return false;
    char partial[PATH_MAX];
    char finished[PATH_MAX];
    if (!siblingPath(descriptor.path(), ".meta.part", partial) ||
        !siblingPath(descriptor.path(), ".meta", finished))
        return false;
    const int fd = ::open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    if (!g_reasonSet.load())
        setReason("unknown");
    const MetadataBuffer &metadata = g_metadata[g_activeMetadata.load()];
    const bool written = writeAll(fd, g_reason, std::strlen(g_reason)) && writeAll(fd, "\n", 1) &&
                         writeAll(fd, metadata.text, metadata.size) && ::fsync(fd) == 0;
    ::close(fd);
    if (written)
        ::rename(partial, finished);
    // "Not handled": Breakpad restores the handlers that were there before us and re-raises, so the
    // process ends as it would have (and a chained handler still runs).
    return false;
}

[[noreturn]] void onTerminate() {
    const std::type_info *type = abi::__cxa_current_exception_type();
    setReason("terminate", type ? ": uncaught exception " : ": no active exception");
    if (type)
        appendReason(type->name());
    if (g_previousTerminate)
        g_previousTerminate(); // the C++ runtime's: prints what was thrown, then abort()
    std::abort();
}

} // namespace

bool CrashHandler::install(const QString &directory) {
    if (g_handler)
        return true;
    if (!QDir().mkpath(directory))
        return false;
    google_breakpad::MinidumpDescriptor descriptor(QDir(directory).absolutePath().toStdString());
    // Stack words that are not pointers into the process's mappings become 0x0defaced: a stack can
    // hold a copy of anything the app handled (a token, a sentence of the journal).
    descriptor.set_sanitize_stacks(true);
    descriptor.set_size_limit(3 * 1024 * 1024);
    g_handler = new google_breakpad::ExceptionHandler(descriptor, nullptr, dumpWritten, nullptr, true, -1);
    google_breakpad::SetFirstChanceExceptionHandler(noteSignal);
    g_previousTerminate = std::set_terminate(onTerminate);
    return true;
}

void CrashHandler::uninstall() {
    if (!g_handler)
        return;
    std::set_terminate(g_previousTerminate);
    google_breakpad::SetFirstChanceExceptionHandler(nullptr);
    delete g_handler; // restores the previous signal handlers
    g_handler = nullptr;
}

bool CrashHandler::isInstalled() {
    return g_handler != nullptr;
}

bool CrashHandler::setMetadata(QByteArrayView json) {
    if (std::size_t(json.size()) > kMetadataCapacity)
        return false;
    const int spare = 1 - g_activeMetadata.load();
    std::memcpy(g_metadata[spare].text, json.data(), std::size_t(json.size()));
    g_metadata[spare].size = std::size_t(json.size());
    g_activeMetadata.store(spare);
    return true;
}

void CrashHandler::noteFatalMessage(const char *message) {
    char bounded[200] = {};
    std::strncpy(bounded, message ? message : "", sizeof bounded - 1);
    setReason("qFatal: ", bounded);
}

} // namespace tpn::crash
