#include "crashsignature.h"

#include <QHash>
#include <QRegularExpression>

namespace tpn::server {

namespace {

constexpr int SignatureFrames = 3;

// The machinery between the app's frame and the signal, by base name; each with the kind of crash its
// presence says ("" for none).
const QHash<QString, QString> &machinery() {
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> table;
        for (const char *name : {"raise",
                                 "abort",
                                 "gsignal",
                                 "__GI_raise",
                                 "__GI_abort",
                                 "pthread_kill",
                                 "__pthread_kill",
                                 "__pthread_kill_implementation",
                                 "__pthread_kill_internal",
                                 "__restore_rt",
                                 "__libc_message",
                                 "__libc_fatal",
                                 "__fortify_fail",
                                 "__chk_fail",
                                 "__stack_chk_fail",
                                 "malloc_printerr",
                                 "qt_message_output",
                                 "qt_message",
                                 "qBadAlloc",
                                 "qt_check_pointer",
                                 "_Unwind_RaiseException",
                                 "_Unwind_Resume_or_Rethrow"})
            table.insert(QString::fromLatin1(name), QString());
        for (const char *name : {"qt_message_fatal", "QMessageLogger::fatal", "qFatal"})
            table.insert(QString::fromLatin1(name), QStringLiteral("qFatal"));
        for (const char *name : {"qt_assert", "qt_assert_x"})
            table.insert(QString::fromLatin1(name), QStringLiteral("Q_ASSERT"));
        for (const char *name : {"__assert_fail", "__assert_fail_base", "__assert_perror_fail"})
            table.insert(QString::fromLatin1(name), QStringLiteral("assert"));
        for (const char *name :
             {"std::terminate", "std::__terminate", "__cxxabiv1::__terminate", "__cxxabiv1::__unexpected",
              "__gnu_cxx::__verbose_terminate_handler", "__cxa_call_terminate", "__cxa_call_unexpected",
              "__cxa_throw", "__cxa_rethrow", "std::rethrow_exception", "__cxa_bad_cast", "__cxa_bad_typeid",
              "qTerminate", "tpn::crash::(anonymous namespace)::onTerminate"})
            table.insert(QString::fromLatin1(name), QStringLiteral("std::terminate"));
        return table;
    }();
    return names;
}

// The kind a machinery frame says, "" for a frame that says none, or nothing for an app frame.
std::optional<QString> machineryKind(const StackFrame &frame) {
    if (!frame.hasFunction())
        return std::nullopt;
    const QString base = functionBaseName(frame.function);
    const auto found = machinery().constFind(base);
    if (found != machinery().cend())
        return *found;
    if (base.startsWith(u"std::__throw_")) // std::__throw_out_of_range_fmt…: thrown by the library
        return QStringLiteral("std::terminate");
    return std::nullopt;
}

// The C and C++ runtime. Debian's builds are stripped: their symbol files (packaging/store-symbols.sh)
// have unwind tables and exported names only, so a frame inside them is named after the nearest
// exported function, often a wrong one. The app's frame below is what tells crashes apart.
bool isRuntimeModule(const QString &module) {
    static const QRegularExpression runtime(QStringLiteral(
        "^(libc|libpthread|libstdc\\+\\+|libgcc_s|libm|ld-linux.*|linux-gate|linux-vdso)\\.so"));
    return runtime.match(module).hasMatch();
}

// What GCC appends to the parts of a function it splits or specializes: "f(int) [clone .cold]" in C++
// names, "main.cold" or "f.part.0" in C ones. The same function is the same frame whichever part crashed.
QString withoutCloneSuffix(const QString &function) {
    static const QRegularExpression cppClone(QStringLiteral("( \\[clone [^\\]]*\\])+$"));
    static const QRegularExpression cClone(
        QStringLiteral("^([^(]+?)(\\.(cold|part|isra|constprop|lto_priv)(\\.\\d+)?)+$"));
    QString name = function;
    name.remove(cppClone);
    if (const QRegularExpressionMatch match = cClone.match(name); match.hasMatch())
        return match.captured(1);
    return name;
}

// A signature's frame: the function without a compiler clone suffix, or module+0xoffset.
QString signatureName(const StackFrame &frame) {
    return frame.hasFunction() ? withoutCloneSuffix(frame.function) : frame.displayName();
}

} // namespace

QString functionBaseName(const QString &function) {
    const QString name = withoutCloneSuffix(function);
    // The parameter list: the parenthesis that matches the last ')' ("f(int) const", not "(anonymous ...)").
    const qsizetype close = name.lastIndexOf(u')');
    if (close < 0)
        return name;
    int depth = 0;
    for (qsizetype i = close; i >= 0; --i) {
        if (name.at(i) == u')')
            ++depth;
        else if (name.at(i) == u'(' && --depth == 0)
            return i == 0 ? name : name.left(i);
    }
    return name;
}

QList<StackFrame> meaningfulFrames(const QList<StackFrame> &frames) {
    QList<StackFrame> kept;
    for (const StackFrame &frame : frames) {
        if (machineryKind(frame))
            continue;
        if (frame.module.isEmpty() || isRuntimeModule(frame.module))
            continue;
        kept.append(frame);
        if (frame.hasFunction() && functionBaseName(frame.function) == u"main")
            break;
    }
    return kept;
}

CrashSignature crashSignature(const StackWalk &walk) {
    CrashSignature result;
    // The outermost machinery frame above the app's first frame names the kind (qt_assert calls qFatal).
    for (const StackFrame &frame : walk.frames) {
        const std::optional<QString> kind = machineryKind(frame);
        if (!kind && !frame.module.isEmpty() && !isRuntimeModule(frame.module))
            break;
        if (kind && !kind->isEmpty())
            result.kind = *kind;
    }
    const QString signal = walk.reason.section(u' ', 0, 0);
    if (result.kind.isEmpty())
        result.kind = signal.isEmpty() ? QStringLiteral("crash") : signal;
    QList<StackFrame> frames = meaningfulFrames(walk.frames);
    if (frames.isEmpty())
        frames = walk.frames; // nothing but runtime frames: better those than nothing
    QStringList parts{result.kind};
    result.symbolized = !frames.isEmpty();
    for (const StackFrame &frame : frames.first(std::min<qsizetype>(SignatureFrames, frames.size()))) {
        parts.append(signatureName(frame));
        result.symbolized = result.symbolized && frame.hasFunction();
    }
    result.signature = parts.join(QStringLiteral(" | "));
    return result;
}

QString errorSignature(const QString &message) {
    static const QList<QPair<QRegularExpression, QString>> replacements{
        {QRegularExpression(
             QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")),
         QStringLiteral("{uuid}")},
        {QRegularExpression(QStringLiteral("0[xX][0-9a-fA-F]+")), QStringLiteral("{hex}")},
        {QRegularExpression(
             QStringLiteral("\\b(?=[0-9a-fA-F]*[0-9])(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\\b")),
         QStringLiteral("{hex}")},
        {QRegularExpression(QStringLiteral("[0-9]+")), QStringLiteral("{n}")},
    };
    QString text = message.simplified();
    for (const auto &[pattern, replacement] : replacements)
        text.replace(pattern, replacement);
    return QStringLiteral("error: ") + text.left(500);
}

} // namespace tpn::server
