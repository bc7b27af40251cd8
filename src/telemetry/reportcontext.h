#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tpn::telemetry {

// What every report carries besides its own fields.
struct ReportContext {
    QString device; // random UUID made once per data dir (see deviceId)
    QString appVersion, buildId, os, language, screen;
};

// Reads or creates <dataDir>/telemetry/device-id (a random UUID): it counts devices and keys the server's
// rate limit, and is tied to no account.
QString deviceId(const QString &dataDir);
// The running executable's GNU build id in Breakpad's form, the same string `dump_syms` prints on its
// MODULE line, so a crash's symbols are found by it. Empty when the executable has no build id note.
QString currentBuildId();
QString osDescription(); // QSysInfo::prettyProductName()

// The fields every report shares: device, app {version, build_id}, os, language.
QJsonObject contextFields(const ReportContext &context);
// A time as the wire writes it: UTC, seconds, e.g. "2026-12-02T10:00:00Z".
QString wireTime(const QDateTime &time);
QString newReportId(); // a UUID without braces

} // namespace tpn::telemetry
