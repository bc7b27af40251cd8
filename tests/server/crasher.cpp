// A tiny program that crashes on purpose with Breakpad's handler installed, for the crash report tests
// (tst_server_telemetry_report): `tpn_test_crasher DIR segv|abort` writes a minidump into DIR, prints its
// path and dies of SIGSEGV (a write through a null pointer) or SIGABRT (abort()), both in the uniquely
// named tpnCrasherFaultsHere(), which the symbolized report must name.

#include "client/linux/handler/exception_handler.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Not a constant, so the compiler cannot see the null pointer and turn the write into a trap of its own.
volatile int *g_nowhere = nullptr;

bool dumped(const google_breakpad::MinidumpDescriptor &descriptor, void *, bool succeeded) {
    if (succeeded)
        std::printf("%s\n", descriptor.path());
    std::fflush(stdout);
    return false; // not handled: the signal goes on and the process dies of it
}

} // namespace

__attribute__((noinline)) void tpnCrasherFaultsHere(const char *mode) {
    if (std::strcmp(mode, "abort") == 0)
        std::abort();
    *g_nowhere = 42;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DUMP_DIR segv|abort\n", argv[0]);
        return 2;
    }
    google_breakpad::MinidumpDescriptor descriptor(argv[1]);
    google_breakpad::ExceptionHandler handler(descriptor, nullptr, dumped, nullptr, true, -1);
    tpnCrasherFaultsHere(argv[2]);
    return 0;
}
