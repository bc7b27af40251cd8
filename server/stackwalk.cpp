#include "stackwalk.h"

#include <QDir>
#include <QJsonObject>

namespace tpn::server {

namespace {

// A crashing thread deeper than this is a runaway recursion: its innermost frames are the ones to keep.
constexpr qsizetype MaximumFrames = 64;

} // namespace

QString StackFrame::displayName() const {
    if (hasFunction())
        return function;
    return module.isEmpty() ? offset : module + u'+' + offset;
}

QString StackFrame::location() const {
    // dump_syms keeps the compiler's path, e.g. build/dev/../../src/x.cpp.
    return file.isEmpty() || line <= 0 ? QString() : QDir::cleanPath(file) + u':' + QString::number(line);
}

StackWalk parseStackwalk(const QByteArray &output) {
    StackWalk walk;
    QByteArray crashThread;
    bool crashSeen = false;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split('|');
        if (fields.value(0) == "Crash" && fields.size() >= 4) {
            crashSeen = true;
            walk.reason = QString::fromUtf8(fields.at(1));
            // A dump written on request, not by a crash, names no thread: take the first.
            crashThread = fields.at(3).isEmpty() ? QByteArray("0") : fields.at(3);
        } else if (crashSeen && fields.size() >= 7 && fields.at(0) == crashThread &&
                   walk.frames.size() < MaximumFrames) {
            // A function may hold '|' itself (operator|): it is everything between module and file.
            const qsizetype n = fields.size();
            walk.frames.append({QString::fromUtf8(fields.at(2)),
                                QString::fromUtf8(fields.mid(3, n - 6).join('|')),
                                QString::fromUtf8(fields.at(n - 3)), fields.at(n - 2).toInt(),
                                QString::fromUtf8(fields.at(n - 1))});
        }
    }
    walk.readable = crashSeen && !walk.frames.isEmpty();
    return walk;
}

QStringList stackwalkArguments(const QString &minidumpPath, const QString &symbolsDir) {
    QStringList arguments{QStringLiteral("-m"), minidumpPath};
    if (!symbolsDir.isEmpty())
        arguments.append(symbolsDir);
    return arguments;
}

QJsonArray framesToJson(const QList<StackFrame> &frames) {
    QJsonArray array;
    for (const StackFrame &frame : frames) {
        array.append(QJsonObject{{QStringLiteral("module"), frame.module},
                                 {QStringLiteral("function"), frame.function},
                                 {QStringLiteral("file"), frame.file},
                                 {QStringLiteral("line"), frame.line},
                                 {QStringLiteral("offset"), frame.offset}});
    }
    return array;
}

QList<StackFrame> framesFromJson(const QJsonArray &array) {
    QList<StackFrame> frames;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        frames.append({object.value(QStringLiteral("module")).toString(),
                       object.value(QStringLiteral("function")).toString(),
                       object.value(QStringLiteral("file")).toString(),
                       object.value(QStringLiteral("line")).toInt(),
                       object.value(QStringLiteral("offset")).toString()});
    }
    return frames;
}

} // namespace tpn::server
