#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tpn::server {

// Limits of docs/telemetry.md, "POST /mobile-api/telemetry".
inline constexpr qsizetype MaximumTelemetryBytes = 256 * 1024;
inline constexpr int MaximumMetrics = 200;
inline constexpr int MaximumBuckets = 64;
inline constexpr int TelemetryBatchesPerHour = 120;

// What a device's app and system are; shared by crash reports and timing batches.
struct ReportSource {
    QString device;
    QString appVersion;
    QString buildId;
    QString os; // token-looking runs redacted
    QString language;
    qint64 dropped = 0;
};

struct Metric {
    QString name;
    QString label;
    QString unit;
    qint64 count = 0;
    double sum = 0;
    double min = 0;
    double max = 0;
    QList<QPair<double, qint64>> buckets; // [le, count], ascending
};

struct TelemetryBatch {
    QString id; // lower case
    ReportSource source;
    QString startedAt; // ISO 8601, UTC
    QString endedAt;
    QList<Metric> metrics;
};

// Checks a batch against docs/telemetry.md and throws 400 invalid_field (or invalid_body) naming the
// first bad field. Label and os are redacted like the crash reports' free text.
TelemetryBatch parseTelemetryBatch(const QByteArray &body);

class ReportFields;
// The device, app, os, language and dropped members of either kind of report.
ReportSource parseReportSource(const ReportFields &fields);

} // namespace tpn::server
