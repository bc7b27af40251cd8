#include "telemetrybatch.h"

#include "histogram.h"
#include "reportfields.h"

#include <QRegularExpression>
#include <QSet>

namespace tpn::server {

namespace {

using Presence = ReportFields::Presence;

constexpr qint64 LargestCount = 1'000'000'000'000;

Metric parseMetric(const ReportFields &fields) {
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9_.]{1,64}$"));
    Metric metric;
    metric.name = fields.text(QStringLiteral("name"), 64, Presence::Required);
    if (!namePattern.match(metric.name).hasMatch())
        throw invalidField(fields.path(QStringLiteral("name")),
                           QStringLiteral("must match [a-z0-9_.]{1,64}"));
    metric.label = redactTokens(fields.text(QStringLiteral("label"), 120, Presence::Optional));
    metric.unit = fields.text(QStringLiteral("unit"), 16, Presence::Required);
    if (metric.unit != u"ms" && metric.unit != u"bytes_per_s" && metric.unit != u"count")
        throw invalidField(fields.path(QStringLiteral("unit")),
                           QStringLiteral("must be ms, bytes_per_s or count"));
    metric.count = fields.integer(QStringLiteral("count"), 1, LargestCount);
    metric.sum = fields.number(QStringLiteral("sum"));
    metric.min = fields.number(QStringLiteral("min"));
    metric.max = fields.number(QStringLiteral("max"));
    if (metric.min > metric.max)
        throw invalidField(fields.path(QStringLiteral("min")), QStringLiteral("must not be above max"));

    const QString bucketsPath = fields.path(QStringLiteral("buckets"));
    const QJsonArray buckets = fields.array(QStringLiteral("buckets"), MaximumBuckets, Presence::Required);
    qint64 counted = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(bucketsPath).arg(i);
        const QJsonArray pair = buckets.at(i).toArray();
        if (!buckets.at(i).isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            throw invalidField(path, QStringLiteral("must be a pair [le, count]"));
        const double le = pair.at(0).toDouble();
        if (!isBucketBound(le))
            throw invalidField(path,
                               QStringLiteral("has %1, which is not a bucket bound 2^(k/4) rounded to 2 "
                                              "decimals, nor 0")
                                   .arg(le));
        if (!metric.buckets.isEmpty() && le <= metric.buckets.constLast().first)
            throw invalidField(path, QStringLiteral("must come after the bucket before it (ascending le)"));
        const double count = pair.at(1).toDouble();
        if (count != qint64(count) || count < 1 || count > double(LargestCount))
            throw invalidField(path, QStringLiteral("must have a whole count of at least 1"));
        metric.buckets.append({le, qint64(count)});
        counted += qint64(count);
    }
    if (counted != metric.count)
        throw invalidField(
            bucketsPath, QStringLiteral("must add up to count (%1), not %2").arg(metric.count).arg(counted));
    return metric;
}

} // namespace

ReportSource parseReportSource(const ReportFields &fields) {
    ReportSource source;
    source.device = fields.uuid(QStringLiteral("device"));
    const ReportFields app = fields.object(QStringLiteral("app"));
    source.appVersion = app.text(QStringLiteral("version"), 64, Presence::Required);
    if (source.appVersion.isEmpty())
        throw invalidField(app.path(QStringLiteral("version")), QStringLiteral("must not be empty"));
    source.buildId = app.text(QStringLiteral("build_id"), 64, Presence::Optional);
    source.os = redactTokens(fields.text(QStringLiteral("os"), 200, Presence::Optional));
    source.language = fields.text(QStringLiteral("language"), 35, Presence::Optional);
    source.dropped = fields.integer(QStringLiteral("dropped"), 0, LargestCount, 0);
    return source;
}

TelemetryBatch parseTelemetryBatch(const QByteArray &body) {
    const ReportFields fields = ReportFields::parseBody(body);
    TelemetryBatch batch;
    batch.id = fields.uuid(QStringLiteral("id"));
    batch.source = parseReportSource(fields);
    batch.startedAt = fields.timestamp(QStringLiteral("started_at"));
    batch.endedAt = fields.timestamp(QStringLiteral("ended_at"));
    if (batch.endedAt < batch.startedAt)
        throw invalidField(QStringLiteral("ended_at"), QStringLiteral("must not be before started_at"));
    const QJsonArray metrics = fields.array(QStringLiteral("metrics"), MaximumMetrics, Presence::Required);
    QSet<QString> seen;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString path = QStringLiteral("metrics[%1]").arg(i);
        if (!metrics.at(i).isObject())
            throw invalidField(path, QStringLiteral("must be an object"));
        Metric metric = parseMetric(ReportFields(metrics.at(i).toObject(), path));
        // One entry per name and label: two would be counted twice over the same events or split them.
        const QString key = metric.name + QChar(0) + metric.label;
        if (seen.contains(key))
            throw invalidField(path, QStringLiteral("repeats the name and label of an earlier metric"));
        seen.insert(key);
        batch.metrics.append(std::move(metric));
    }
    return batch;
}

} // namespace tpn::server
