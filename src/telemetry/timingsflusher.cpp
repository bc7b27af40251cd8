#include "timingsflusher.h"

namespace tpn::telemetry {

TimingsFlusher::TimingsFlusher(Timings &timings, Spool &spool, std::function<ReportContext()> context,
                               QObject *parent)
    : QObject(parent)
    , m_timings(timings)
    , m_spool(spool)
    , m_context(std::move(context)) {
    connect(&m_timer, &QTimer::timeout, this, &TimingsFlusher::flushNow);
}

void TimingsFlusher::start(std::chrono::milliseconds period) {
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_timer.start(period);
}

void TimingsFlusher::flushNow() {
    const QDateTime startedAt = std::exchange(m_startedAt, QDateTime::currentDateTimeUtc());
    if (m_timings.isEmpty())
        return;
    const QJsonArray metrics = m_timings.take();
    if (!m_enabled || metrics.isEmpty())
        return;
    QJsonObject batch = contextFields(m_context ? m_context() : ReportContext{});
    batch.insert(QStringLiteral("id"), newReportId());
    batch.insert(QStringLiteral("started_at"), wireTime(startedAt));
    batch.insert(QStringLiteral("ended_at"), wireTime(m_startedAt));
    batch.insert(QStringLiteral("metrics"), metrics);
    m_spool.addLater(QStringLiteral("timings"), batch, this, [this](bool added) {
        if (added)
            emit spooled();
    });
}

} // namespace tpn::telemetry
