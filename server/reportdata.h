#pragma once

#include "stackwalk.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tpn::server {

class Database;

// Reports that share a signature (docs/telemetry.md, "The operator's report").
struct ReportGroup {
    QString signature;
    QString kind;       // crashes: SIGSEGV, qFatal…; errors: "error"
    QString state;      // crashes: symbolized, partial, unreadable or pending; errors: ""
    qint64 count = 0;   // occurrences: an error report may stand for several collapsed ones
    qint64 reports = 0; // rows
    qint64 devices = 0;
    QStringList versions; // ascending
    QString firstSeen;    // created_at, ISO 8601 UTC
    QString lastSeen;
    QList<StackFrame> frames; // crashes: the latest report's top meaningful frames (at most 5)
    QString message;          // errors: the latest report's message
};

// One timing metric (name and label) of one app version, merged over every batch.
struct MetricSummary {
    QString name;
    QString label;
    QString unit;
    QString version;
    qint64 batches = 0;
    qint64 count = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double p50 = 0;
    double p95 = 0;
};

struct OperatorReport {
    QString generatedAt;
    qint64 crashReports = 0;
    qint64 errorReports = 0;
    qint64 timingBatches = 0;
    qint64 devices = 0;         // that sent anything
    qint64 dropped = 0;         // reports the devices' caps dropped, as they said
    QList<ReportGroup> crashes; // most frequent first
    QList<ReportGroup> errors;
    QList<MetricSummary> metrics; // by name, label, then version
};

// Reads and groups everything in the database as it is (walk pending crashes first).
OperatorReport loadOperatorReport(const Database &database);
QJsonObject reportToJson(const OperatorReport &report);

// "1.2 s", "812 ms", "3.4 MB/s", "17": a metric's value for people.
QString formatValue(double value, const QString &unit);

} // namespace tpn::server
