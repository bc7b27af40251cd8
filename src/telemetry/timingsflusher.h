#pragma once

#include "reportcontext.h"
#include "spool.h"
#include "timings.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace tpn::telemetry {

// Turns what Timings aggregated into "timings" batches in the spool: every 30 minutes of a session and at
// flushNow() (at quit), if anything was recorded. The file is written on the spool's worker.
class TimingsFlusher : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::minutes kPeriod{30};

    TimingsFlusher(Timings &timings, Spool &spool, std::function<ReportContext()> context,
                   QObject *parent = nullptr);

    void start(std::chrono::milliseconds period = kPeriod); // the rhythm; a batch's started_at is from here
    void flushNow();
    // Without consent the timings are still taken, then thrown away: memory stays bounded and nothing
    // recorded before consent is ever sent. Off until said so.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

signals:
    void spooled(); // a batch is in the spool: a moment to kick the uploader

private:
    Timings &m_timings;
    Spool &m_spool;
    std::function<ReportContext()> m_context;
    QTimer m_timer;
    QDateTime m_startedAt = QDateTime::currentDateTimeUtc();
    bool m_enabled = false;
};

} // namespace tpn::telemetry
