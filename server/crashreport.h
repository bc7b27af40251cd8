#pragma once

#include "telemetrybatch.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace tpn::server {

// Limits of docs/telemetry.md, "POST /mobile-api/crash-reports".
inline constexpr qsizetype MaximumCrashReportBytes = 4 * 1024 * 1024;
inline constexpr qsizetype MaximumMinidumpBytes = 3 * 1024 * 1024;
inline constexpr int MaximumBreadcrumbs = 50;
inline constexpr int MaximumBreadcrumbCharacters = 200;
inline constexpr int MaximumMessageCharacters = 2000;
inline constexpr int CrashReportsPerHour = 60;

// A crash (with its minidump) or a non-fatal error, validated, its free text redacted.
struct CrashReport {
    QString id;        // lower case
    QString kind;      // "crash" or "error"
    QString createdAt; // ISO 8601, UTC
    ReportSource source;
    QString screen;
    QString reason;
    QString message;
    qint64 count = 1;
    QJsonArray breadcrumbs; // [{at, category, message}]
    QByteArray minidump;    // a crash's .dmp; empty for an error
};

// The JSON body (minidump in base64), or multipart/form-data: the JSON as the part "metadata" and the
// raw dump as the part "minidump". Throws 400 invalid_field (or invalid_body) naming the first bad field.
CrashReport parseCrashReport(const QByteArray &body, const QByteArray &contentType);

} // namespace tpn::server
