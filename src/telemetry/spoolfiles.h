#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// How the spool names and writes its files. A pending report is
// pending/<created, ms since epoch, 15 digits>-<sequence, 9 digits>-<kind>-<id>.json, so a directory
// listing sorted by name is oldest first and says each report's kind and id without opening it.
namespace tpn::telemetry::spoolfiles {

struct Name {
    qint64 createdMs = 0;
    quint32 sequence = 0;
    QString kind;
    QString id;
};

QString format(const Name &name);
std::optional<Name> parse(const QString &fileName);

// Writes `bytes` to tmpPath, flushes and fsyncs it. False with `error` set on failure (nothing is left).
bool writeSynced(const QString &tmpPath, const QByteArray &bytes, QString *error);
// rename(2): atomic, never the copy QFile::rename falls back to. Then fsyncs the target's directory, so
// the new name survives a power cut too.
bool renameSynced(const QString &from, const QString &to, QString *error);

} // namespace tpn::telemetry::spoolfiles
