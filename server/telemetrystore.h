#pragma once

#include "sqlstatement.h"

namespace tpn::server {

class Database;
struct TelemetryBatch;

// Timing batches (docs/telemetry.md): one row per batch, one per metric with its buckets as received.
class TelemetryStore {
public:
    explicit TelemetryStore(const Database &database);

    bool contains(const QString &id);
    // The batch and its metrics in one transaction.
    void insert(const TelemetryBatch &batch, qint64 receivedAt);

private:
    QSqlDatabase m_db;
    SqlStatement m_exists;
    SqlStatement m_insertBatch;
    SqlStatement m_insertMetric;
};

} // namespace tpn::server
