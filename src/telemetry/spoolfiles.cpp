#include "spoolfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tpn::telemetry::spoolfiles {

QString format(const Name &name) {
    return QStringLiteral("%1-%2-%3-%4.json")
        .arg(std::max<qint64>(0, name.createdMs), 15, 10, QLatin1Char('0'))
        .arg(name.sequence, 9, 10, QLatin1Char('0'))
        .arg(name.kind, name.id);
}

std::optional<Name> parse(const QString &fileName) {
    if (!fileName.endsWith(QLatin1StringView(".json")))
        return std::nullopt;
    const QStringView stem = QStringView(fileName).chopped(5);
    // The id is a UUID and has dashes of its own: split the first three fields only.
    const qsizetype a = stem.indexOf(u'-');
    const qsizetype b = a < 0 ? -1 : stem.indexOf(u'-', a + 1);
    const qsizetype c = b < 0 ? -1 : stem.indexOf(u'-', b + 1);
    if (c < 0)
        return std::nullopt;
    bool msOk = false;
    bool seqOk = false;
    Name name;
    name.createdMs = stem.left(a).toLongLong(&msOk);
    name.sequence = stem.mid(a + 1, b - a - 1).toUInt(&seqOk);
    name.kind = stem.mid(b + 1, c - b - 1).toString();
    name.id = stem.mid(c + 1).toString();
    if (!msOk || !seqOk || name.kind.isEmpty() || QUuid::fromString(name.id).isNull())
        return std::nullopt;
    return name;
}

bool writeSynced(const QString &tmpPath, const QByteArray &bytes, QString *error) {
    QFile file(tmpPath);
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
    if (ok) {
        file.close();
        return true;
    }
    if (error)
        *error = file.errorString();
    file.close();
    QFile::remove(tmpPath);
    return false;
}

bool renameSynced(const QString &from, const QString &to, QString *error) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int dir =
        ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

} // namespace tpn::telemetry::spoolfiles
