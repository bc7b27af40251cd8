#pragma once

#include "breadcrumbs.h"
#include "reportcontext.h"
#include "spool.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <functional>

class QQmlEngine;

namespace tpn::telemetry {

// Non-fatal errors: qCritical messages (from any thread), QQmlEngine::warnings, failed migrations and
// recovered damaged databases (SqliteDatabase logs both with qCCritical), and what the app reports itself.
// Identical messages are collapsed with a count and flushed as "error" reports, about 2 s after the first,
// so an error repeated in a loop makes one report. The text is Qt's, as it was logged.
class ErrorCollector : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxMessageLength = 2000; // the server's limit
    // A storm of distinct errors must not push the crash reports out of the spool (oldest dropped
    // first) nor spend the device's 60 reports an hour: what is over these is only counted as dropped.
    static constexpr int kMaxPendingMessages = 20;
    static constexpr int kMaxReportsPerHour = 30;
    static constexpr std::chrono::milliseconds kDebounce{2000};

    ErrorCollector(Spool &spool, Breadcrumbs &breadcrumbs, std::function<ReportContext()> context,
                   QObject *parent = nullptr);
    ~ErrorCollector() override; // uninstalls, spools what is pending

    void install();                      // qInstallMessageHandler, chaining to the previous handler
    void watch(QQmlEngine &engine);      // QQmlEngine::warnings
    void report(const QString &message); // an error the app noticed itself
    // Called for QtFatalMsg before Qt aborts (whether collecting is enabled or not: the hook's owner, the
    // crash handler, is only there with consent).
    using FatalHook = void (*)(const char *message);
    void setFatalHook(FatalHook hook);
    void flush();                  // pending collapsed errors -> spool (debounced ~2 s automatically)
    void setEnabled(bool enabled); // consent for crash reports covers errors too; off until said so
    bool isEnabled() const { return m_enabled; }
    int pendingCount() const { return int(m_pending.size()); } // distinct messages waiting for flush()

signals:
    void spooled(); // an error report is in the spool: a moment to kick the uploader

private:
    struct Pending {
        QString message;
        int count = 1;
        QDateTime firstAt;
        ReportContext context;
        QJsonArray breadcrumbs;
    };

    static void handleMessage(QtMsgType type, const QMessageLogContext &where, const QString &message);
    void collect(const QString &message);

    Spool &m_spool;
    Breadcrumbs &m_breadcrumbs;
    std::function<ReportContext()> m_context;
    QList<Pending> m_pending;
    qint64 m_overflow = 0;      // messages beyond kMaxPendingMessages since the last flush
    QList<QDateTime> m_spooled; // when reports went out in the last hour
    QTimer m_debounce;
    bool m_enabled = false;
    std::atomic<FatalHook> m_fatalHook{nullptr};
};

} // namespace tpn::telemetry
