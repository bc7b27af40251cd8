#include "errorcollector.h"

#include "telemetrylog.h"

#include <QMutex>
#include <QQmlEngine>
#include <QQmlError>
#include <QThread>

namespace tpn::telemetry {

namespace {

// Qt's message handler is one process-wide function pointer, so the installed collector is necessarily
// found through a static. The mutex keeps it alive while a handler on another thread uses it.
struct Installation {
    QMutex mutex;
    ErrorCollector *collector = nullptr;
    std::atomic<QtMessageHandler> previous{nullptr};
};

Installation g_installation;

Installation &installation() {
    return g_installation;
}

// A message logged while handling one (by the context callback, say) is passed on, not collected: no
// recursion, and no second lock of the installation's mutex.
thread_local bool t_handling = false;

} // namespace

ErrorCollector::ErrorCollector(Spool &spool, Breadcrumbs &breadcrumbs, std::function<ReportContext()> context,
                               QObject *parent)
    : QObject(parent)
    , m_spool(spool)
    , m_breadcrumbs(breadcrumbs)
    , m_context(std::move(context)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &ErrorCollector::flush);
}

ErrorCollector::~ErrorCollector() {
    Installation &s = installation();
    {
        QMutexLocker lock(&s.mutex);
        if (s.collector == this) {
            s.collector = nullptr;
            // Whoever installed a handler after us keeps theirs; ours then only passes messages on.
            const QtMessageHandler current = qInstallMessageHandler(s.previous.load());
            if (current != &ErrorCollector::handleMessage)
                qInstallMessageHandler(current);
        }
    }
    flush();
}

void ErrorCollector::install() {
    Installation &s = installation();
    QMutexLocker lock(&s.mutex);
    if (s.collector == this)
        return;
    const QtMessageHandler previous = qInstallMessageHandler(&ErrorCollector::handleMessage);
    if (previous != &ErrorCollector::handleMessage) // another collector installed before: keep its previous
        s.previous = previous;
    s.collector = this;
}

void ErrorCollector::handleMessage(QtMsgType type, const QMessageLogContext &where, const QString &message) {
    Installation &s = installation();
    if (const QtMessageHandler previous = s.previous.load())
        previous(type, where, message);
    if (t_handling || (type != QtCriticalMsg && type != QtFatalMsg))
        return;
    t_handling = true;
    {
        QMutexLocker lock(&s.mutex);
        if (ErrorCollector *collector = s.collector) {
            if (type == QtFatalMsg) {
                if (const FatalHook hook = collector->m_fatalHook.load())
                    hook(message.toLocal8Bit().constData());
            } else if (QThread::currentThread() == collector->thread()) {
                collector->collect(message); // at once: the breadcrumbs and screen of this very moment
            } else {
                QMetaObject::invokeMethod(
                    collector, [collector, message] { collector->collect(message); }, Qt::QueuedConnection);
            }
        }
    }
    t_handling = false;
}

void ErrorCollector::watch(QQmlEngine &engine) {
    connect(&engine, &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings)
            collect(warning.toString());
    });
}

void ErrorCollector::report(const QString &message) {
    collect(message);
}

void ErrorCollector::setFatalHook(FatalHook hook) {
    m_fatalHook = hook;
}

void ErrorCollector::setEnabled(bool enabled) {
    m_enabled = enabled;
    if (!enabled) {
        m_pending.clear();
        m_overflow = 0;
        m_debounce.stop();
    }
}

void ErrorCollector::collect(const QString &message) {
    if (!m_enabled || message.isEmpty())
        return;
    const QString text = message.left(kMaxMessageLength);
    for (Pending &pending : m_pending) {
        if (pending.message == text) {
            ++pending.count;
            return;
        }
    }
    if (m_pending.size() >= kMaxPendingMessages) {
        ++m_overflow;
        return;
    }
    const bool wasHandling = std::exchange(t_handling, true); // the callbacks below may log
    m_pending.append({text, 1, QDateTime::currentDateTimeUtc(), m_context ? m_context() : ReportContext{},
                      m_breadcrumbs.toJson()});
    t_handling = wasHandling;
    if (!m_debounce.isActive())
        m_debounce.start(); // not restarted by later messages: a steady stream still flushes every 2 s
}

void ErrorCollector::flush() {
    m_debounce.stop();
    const QList<Pending> pending = std::exchange(m_pending, {});
    qint64 lost = std::exchange(m_overflow, 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_spooled.removeIf([hourAgo = now.addSecs(-3600)](const QDateTime &at) { return at < hourAgo; });
    for (const Pending &error : pending) {
        if (m_spooled.size() >= kMaxReportsPerHour) {
            ++lost;
            continue;
        }
        m_spooled.append(now);
        QJsonObject body = contextFields(error.context);
        body.insert(QStringLiteral("id"), newReportId());
        body.insert(QStringLiteral("kind"), QStringLiteral("error"));
        body.insert(QStringLiteral("created_at"), wireTime(error.firstAt));
        body.insert(QStringLiteral("screen"), error.context.screen);
        body.insert(QStringLiteral("message"), error.message);
        body.insert(QStringLiteral("count"), error.count);
        body.insert(QStringLiteral("breadcrumbs"), error.breadcrumbs);
        m_spool.addLater(QStringLiteral("error"), body, this, [this](bool added) {
            if (added)
                emit spooled();
        });
    }
    if (lost > 0) {
        qCInfo(lcTelemetry) << "error reports over the caps:" << lost;
        m_spool.countDropped(lost);
    }
}

} // namespace tpn::telemetry
