#include "telemetrystore.h"

#include "database.h"
#include "telemetrybatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tpn::server {

namespace {

QString bucketsJson(const QList<QPair<double, qint64>> &buckets) {
    QJsonArray array;
    for (const auto &[le, count] : buckets)
        array.append(QJsonArray{le, count});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

TelemetryStore::TelemetryStore(const Database &database)
    : m_db(database.connection())
    , m_exists(m_db, QStringLiteral("SELECT 1 FROM telemetry_batches WHERE id = ?"))
    , m_insertBatch(m_db,
                    QStringLiteral("INSERT INTO telemetry_batches (id, device, app_version, build_id, os, "
                                   "language, started_at, ended_at, dropped, received_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_insertMetric(m_db,
                     QStringLiteral("INSERT INTO telemetry_metrics (batch_id, name, label, unit, count, sum, "
                                    "min, max, buckets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {}

bool TelemetryStore::contains(const QString &id) {
    m_exists.exec({id});
    const bool found = m_exists.next();
    m_exists.finish();
    return found;
}

void TelemetryStore::insert(const TelemetryBatch &batch, qint64 receivedAt) {
    SqlTransaction transaction(m_db);
    const ReportSource &source = batch.source;
    m_insertBatch.exec({batch.id, source.device, source.appVersion, source.buildId, source.os,
                        source.language, batch.startedAt, batch.endedAt, source.dropped, receivedAt});
    for (const Metric &metric : batch.metrics) {
        m_insertMetric.exec({batch.id, metric.name, metric.label, metric.unit, metric.count, metric.sum,
                             metric.min, metric.max, bucketsJson(metric.buckets)});
    }
    transaction.commit();
}

} // namespace tpn::server
