#include "crashcollector.h"

#include "minidumpscrub.h"
#include "spool.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCrash, "tpn.crash")

namespace tpn::crash {

namespace {

// Report ids are UUID v5 of the dump's name in this namespace: stable across a retried collection.
const QUuid kReportNamespace(QStringLiteral("{6d3c8f3e-2a0b-4f0e-9d53-7c1b2e4a9f10}"));

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The upload body (docs/telemetry.md) from a dump and its .meta: the reason line, then the
// metadata the app had given CrashHandler.
std::optional<QJsonObject> reportBody(const QFileInfo &dump, const QByteArray &meta) {
    QByteArray minidump = readFile(dump.filePath());
    const qsizetype newline = meta.indexOf('\n');
    if (newline < 0 || !scrubMinidump(minidump))
        return std::nullopt;
    QJsonObject body = QJsonDocument::fromJson(meta.mid(newline + 1)).object();
    body.insert(
        QStringLiteral("id"),
        QUuid::createUuidV5(kReportNamespace, dump.completeBaseName()).toString(QUuid::WithoutBraces));
    body.insert(QStringLiteral("kind"), QStringLiteral("crash"));
    body.insert(QStringLiteral("created_at"), dump.lastModified().toUTC().toString(Qt::ISODate));
    body.insert(QStringLiteral("reason"), QString::fromUtf8(meta.left(newline)));
    body.insert(QStringLiteral("message"), QString());
    body.insert(QStringLiteral("count"), 1);
    body.insert(QStringLiteral("minidump"), QString::fromLatin1(minidump.toBase64()));
    return body;
}

} // namespace

int CrashCollector::collect(telemetry::Spool &spool, bool keep) const {
    int spooled = 0;
    QDir directory(m_directory);
    const QFileInfoList dumps = directory.entryInfoList({QStringLiteral("*.dmp")}, QDir::Files, QDir::Time);
    for (const QFileInfo &dump : dumps) {
        const QString stem = dump.path() + u'/' + dump.completeBaseName();
        const QByteArray meta = readFile(stem + QStringLiteral(".meta"));
        if (keep && !meta.isEmpty()) {
            const std::optional<QJsonObject> body = reportBody(dump, meta);
            QString error;
            if (!body)
                qCWarning(lcCrash) << "An unreadable crash dump was deleted:" << dump.fileName();
            else if (spool.add(QStringLiteral("crash"), *body, &error))
                ++spooled;
            else {
                qCWarning(lcCrash) << "A crash report could not be queued:" << error;
                continue; // keep the dump for the next start
            }
        }
        QFile::remove(dump.filePath());
        QFile::remove(stem + QStringLiteral(".meta"));
        QFile::remove(stem + QStringLiteral(".meta.part"));
    }
    // A .meta.part without its dump: a crash while the metadata was written.
    for (const QString &orphan : directory.entryList({QStringLiteral("*.meta.part")}, QDir::Files))
        QFile::remove(directory.filePath(orphan));
    return spooled;
}

} // namespace tpn::crash
