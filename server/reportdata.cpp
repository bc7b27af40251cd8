#include "reportdata.h"

#include "crashsignature.h"
#include "database.h"
#include "histogram.h"
#include "sqlstatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QVersionNumber>

#include <algorithm>
#include <tuple>

namespace tpn::server {

namespace {

constexpr qsizetype ShownFrames = 5;

struct GroupBuilder {
    ReportGroup group;
    QSet<QString> devices;
    QSet<QString> versions;
    qint64 latestReceived = -1;
};

bool versionLess(const QString &a, const QString &b) {
    const int order = QVersionNumber::compare(QVersionNumber::fromString(a), QVersionNumber::fromString(b));
    return order != 0 ? order < 0 : a < b;
}

void addReport(GroupBuilder &builder, const SqlStatement &row) {
    ReportGroup &group = builder.group;
    const QString createdAt = row.value(4).toString();
    group.count += row.value(6).toLongLong();
    ++group.reports;
    builder.devices.insert(row.value(5).toString());
    builder.versions.insert(row.value(3).toString());
    group.firstSeen = group.firstSeen.isEmpty() ? createdAt : std::min(group.firstSeen, createdAt);
    group.lastSeen = std::max(group.lastSeen, createdAt);
    if (row.value(9).toLongLong() > builder.latestReceived) {
        builder.latestReceived = row.value(9).toLongLong();
        group.message = row.value(8).toString();
        const QJsonArray frames = QJsonDocument::fromJson(row.value(7).toString().toUtf8()).array();
        group.frames = meaningfulFrames(framesFromJson(frames));
        group.frames.resize(std::min(ShownFrames, group.frames.size()));
        if (group.kind != u"error")
            group.state = row.value(2).isNull() ? QStringLiteral("pending") : row.value(2).toString();
    }
}

QList<ReportGroup> finish(QHash<QString, GroupBuilder> &builders) {
    QList<ReportGroup> groups;
    for (GroupBuilder &builder : builders) {
        builder.group.devices = builder.devices.size();
        builder.group.versions = QStringList(builder.versions.cbegin(), builder.versions.cend());
        std::sort(builder.group.versions.begin(), builder.group.versions.end(), versionLess);
        groups.append(std::move(builder.group));
    }
    std::sort(groups.begin(), groups.end(), [](const ReportGroup &a, const ReportGroup &b) {
        return std::tie(b.count, b.lastSeen, a.signature) < std::tie(a.count, a.lastSeen, b.signature);
    });
    return groups;
}

void loadGroups(const Database &database, OperatorReport &report, QSet<QString> &devices) {
    SqlStatement rows(database.connection(),
                      QStringLiteral("SELECT kind, signature, stack_state, app_version, created_at, device, "
                                     "count, frames, message, received_at, dropped FROM crash_reports"));
    rows.exec();
    QHash<QString, GroupBuilder> crashes;
    QHash<QString, GroupBuilder> errors;
    while (rows.next()) {
        const bool crash = rows.value(0).toString() == u"crash";
        const QString signature =
            rows.value(1).isNull() ? QStringLiteral("not symbolized yet") : rows.value(1).toString();
        GroupBuilder &builder = (crash ? crashes : errors)[signature];
        builder.group.signature = signature;
        builder.group.kind = crash ? signature.section(QStringLiteral(" | "), 0, 0) : QStringLiteral("error");
        addReport(builder, rows);
        devices.insert(rows.value(5).toString());
        report.dropped += rows.value(10).toLongLong();
        ++(crash ? report.crashReports : report.errorReports);
    }
    report.crashes = finish(crashes);
    report.errors = finish(errors);
}

void loadMetrics(const Database &database, OperatorReport &report, QSet<QString> &devices) {
    SqlStatement batches(database.connection(),
                         QStringLiteral("SELECT device, dropped FROM telemetry_batches"));
    batches.exec();
    while (batches.next()) {
        devices.insert(batches.value(0).toString());
        report.dropped += batches.value(1).toLongLong();
        ++report.timingBatches;
    }
    SqlStatement rows(database.connection(),
                      QStringLiteral("SELECT b.app_version, m.name, m.label, m.unit, m.count, m.sum, m.min, "
                                     "m.max, m.buckets FROM telemetry_metrics m JOIN telemetry_batches b "
                                     "ON b.id = m.batch_id"));
    rows.exec();
    using Key = std::tuple<QString, QString, QString, QString>; // name, label, unit, version
    QMap<Key, QPair<MergedHistogram, qint64>> merged;
    while (rows.next()) {
        QList<QPair<double, qint64>> buckets;
        for (const QJsonValue &pair : QJsonDocument::fromJson(rows.value(8).toString().toUtf8()).array())
            buckets.append({pair.toArray().at(0).toDouble(), qint64(pair.toArray().at(1).toDouble())});
        auto &[histogram, batchCount] = merged[Key{rows.value(1).toString(), rows.value(2).toString(),
                                                   rows.value(3).toString(), rows.value(0).toString()}];
        histogram.add(rows.value(4).toLongLong(), rows.value(5).toDouble(), rows.value(6).toDouble(),
                      rows.value(7).toDouble(), buckets);
        ++batchCount;
    }
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        const auto &[name, label, unit, version] = it.key();
        const MergedHistogram &histogram = it.value().first;
        report.metrics.append({name, label, unit, version, it.value().second, histogram.count(),
                               histogram.min(), histogram.max(), histogram.sum() / double(histogram.count()),
                               histogram.quantile(0.5).value_or(0), histogram.quantile(0.95).value_or(0)});
    }
    std::stable_sort(report.metrics.begin(), report.metrics.end(),
                     [](const MetricSummary &a, const MetricSummary &b) {
                         if (a.name != b.name || a.label != b.label || a.unit != b.unit)
                             return std::tie(a.name, a.label, a.unit) < std::tie(b.name, b.label, b.unit);
                         return versionLess(a.version, b.version);
                     });
}

QJsonObject groupJson(const ReportGroup &group) {
    QJsonArray frames;
    for (const StackFrame &frame : group.frames) {
        frames.append(QJsonObject{{QStringLiteral("function"), frame.displayName()},
                                  {QStringLiteral("location"), frame.location()},
                                  {QStringLiteral("module"), frame.module},
                                  {QStringLiteral("file"), frame.file},
                                  {QStringLiteral("line"), frame.line}});
    }
    QJsonObject object{{QStringLiteral("signature"), group.signature},
                       {QStringLiteral("kind"), group.kind},
                       {QStringLiteral("count"), group.count},
                       {QStringLiteral("reports"), group.reports},
                       {QStringLiteral("devices"), group.devices},
                       {QStringLiteral("app_versions"), QJsonArray::fromStringList(group.versions)},
                       {QStringLiteral("first_seen"), group.firstSeen},
                       {QStringLiteral("last_seen"), group.lastSeen}};
    if (group.kind == u"error") {
        object.insert(QStringLiteral("message"), group.message);
    } else {
        object.insert(QStringLiteral("frames"), frames);
        object.insert(QStringLiteral("state"), group.state);
    }
    return object;
}

} // namespace

OperatorReport loadOperatorReport(const Database &database) {
    OperatorReport report;
    report.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSet<QString> devices;
    loadGroups(database, report, devices);
    loadMetrics(database, report, devices);
    report.devices = devices.size();
    return report;
}

QJsonObject reportToJson(const OperatorReport &report) {
    QJsonArray crashes;
    for (const ReportGroup &group : report.crashes)
        crashes.append(groupJson(group));
    QJsonArray errors;
    for (const ReportGroup &group : report.errors)
        errors.append(groupJson(group));
    QJsonArray metrics;
    for (const MetricSummary &metric : report.metrics) {
        metrics.append(QJsonObject{{QStringLiteral("name"), metric.name},
                                   {QStringLiteral("label"), metric.label},
                                   {QStringLiteral("unit"), metric.unit},
                                   {QStringLiteral("app_version"), metric.version},
                                   {QStringLiteral("batches"), metric.batches},
                                   {QStringLiteral("count"), metric.count},
                                   {QStringLiteral("min"), metric.min},
                                   {QStringLiteral("max"), metric.max},
                                   {QStringLiteral("mean"), metric.mean},
                                   {QStringLiteral("p50"), metric.p50},
                                   {QStringLiteral("p95"), metric.p95}});
    }
    return {{QStringLiteral("generated_at"), report.generatedAt},
            {QStringLiteral("totals"), QJsonObject{{QStringLiteral("crash_reports"), report.crashReports},
                                                   {QStringLiteral("error_reports"), report.errorReports},
                                                   {QStringLiteral("timing_batches"), report.timingBatches},
                                                   {QStringLiteral("devices"), report.devices},
                                                   {QStringLiteral("dropped"), report.dropped}}},
            {QStringLiteral("crash_groups"), crashes},
            {QStringLiteral("error_groups"), errors},
            {QStringLiteral("metrics"), metrics}};
}

QString formatValue(double value, const QString &unit) {
    if (unit == u"ms")
        return value >= 1000 ? QStringLiteral("%1 s").arg(value / 1000, 0, 'f', value >= 10000 ? 1 : 2)
                             : QStringLiteral("%1 ms").arg(value, 0, 'f', value >= 100 ? 0 : 1);
    if (unit == u"bytes_per_s") {
        if (value >= 1e6)
            return QStringLiteral("%1 MB/s").arg(value / 1e6, 0, 'f', 1);
        return value >= 1e3 ? QStringLiteral("%1 kB/s").arg(value / 1e3, 0, 'f', 0)
                            : QStringLiteral("%1 B/s").arg(value, 0, 'f', 0);
    }
    return QString::number(value, 'g', 4);
}

} // namespace tpn::server
