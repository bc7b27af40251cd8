#include "reporting.h"

#include "apiclient.h"
#include "coursedownloader.h"
#include "courserepository.h"
#include "crashcollector.h"
#include "crashhandler.h"
#include "downloadpolicy.h"
#include "languagecontroller.h"
#include "learnersession.h"
#include "learnersync.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QQuickWindow>
#include <QUuid>

using namespace Qt::StringLiterals;
using tpn::telemetry::Metric;

namespace {

constexpr std::chrono::minutes kFlushPeriod{30};

QString telemetryDirectory(const QString &dataDir) {
    return dataDir + QStringLiteral("/telemetry");
}

} // namespace

Reporting::Reporting(ApiClient &api, DownloadPolicy &network, LanguageController &language, const QString &dataDir,
                     QObject *parent)
    : QObject(parent)
    , spool(telemetryDirectory(dataDir) + QStringLiteral("/spool"))
    , sentLog(telemetryDirectory(dataDir) + QStringLiteral("/sent.jsonl"))
    , settings(dataDir + QStringLiteral("/settings.ini"), sentLog)
    , errors(spool, breadcrumbs, [this] { return context(); })
    , uploader(api, spool, sentLog)
    , m_api(api)
    , m_network(network)
    , m_language(language)
    , m_directory(telemetryDirectory(dataDir))
    , m_device(tpn::telemetry::deviceId(dataDir)) {
    m_sessionClock.start();
    m_batchStart = QDateTime::currentDateTimeUtc();
    uploader.setAllowed([this] {
        return (settings.crashReports() || settings.timings()) && !m_api.reachability().offline()
               && (!m_network.metered() || settings.overMobileData());
    });
    connect(&uploader, &tpn::telemetry::ReportUploader::delivered, this, [this] { settings.sent()->reload(); });
    connect(&settings, &ReportSettings::changed, this, &Reporting::applyChoice);
    connect(&settings, &ReportSettings::crashReportsWithdrawn, this, [this] {
        spool.clear(QStringLiteral("crash"));
        spool.clear(QStringLiteral("error"));
        QDir(crashDirectory()).removeRecursively();
    });
    connect(&settings, &ReportSettings::timingsWithdrawn, this, [this] {
        timings.take();
        spool.clear(QStringLiteral("timings"));
    });
    connect(&settings, &ReportSettings::screenChanged, this, [this](const QString &name) {
        m_screen = name;
        m_screenClock.start();
        breadcrumbs.add("screen"_L1, name);
    });
    connect(&language, &LanguageController::codeChanged, this, &Reporting::updateCrashMetadata);
    connect(&breadcrumbs, &tpn::telemetry::Breadcrumbs::changed, this, &Reporting::updateCrashMetadata);
    connect(&api, &ApiClient::answered, this, [this](const QString &route, int status, double ms) {
        record(Metric::ApiLatency, ms, QString(route + u' ' + QString::number(status)));
    });
    connect(&api.reachability(), &Reachability::onlineChanged, this, [this] {
        breadcrumbs.add("network"_L1, m_api.reachability().offline() ? QStringLiteral("offline")
                                                                     : QStringLiteral("online"));
    });
    m_flushTimer.setInterval(kFlushPeriod);
    connect(&m_flushTimer, &QTimer::timeout, this, &Reporting::flushTimings);
    m_flushTimer.start();
    applyChoice();
}

Reporting::~Reporting() = default;

tpn::telemetry::ReportContext Reporting::context() const {
    static const QString buildId = tpn::telemetry::currentBuildId();
    static const QString os = tpn::telemetry::osDescription();
    return {m_device, QCoreApplication::applicationVersion(), buildId, os,
            m_language.code(), m_screen};
}

void Reporting::observe(CourseRepository &courses, CourseDownloader &downloader, LearnerSession &session) {
    courses.setQueryObserver([this](QLatin1StringView query, double ms) {
        record(Metric::CacheQuery, ms, QString(query));
    });
    connect(&downloader, &CourseDownloader::fileFetched, this, [this](qint64 bytes, double ms) {
        if (ms > 0)
            record(Metric::DownloadThroughput, double(bytes) * 1000 / ms);
    });
    connect(&downloader, &CourseDownloader::waitingForNetworkChanged, this, [this, &downloader] {
        breadcrumbs.add("download"_L1, downloader.waitingForNetwork() ? QStringLiteral("waiting for the network")
                                                                      : QStringLiteral("resumed"));
    });
    connect(&session, &LearnerSession::accountChanged, this, [this](LearnerSync *account) {
        if (!account)
            return;
        connect(&account->engine(), &SyncEngine::finished, this, [this](const SyncEngine::Result &result) {
            record(Metric::SyncDuration, result.elapsedMs);
            record(Metric::SyncMutations, result.pushed, u"pushed");
            record(Metric::SyncMutations, result.pulled, u"pulled");
            breadcrumbs.add("sync"_L1, result.error.isError()
                                           ? QStringLiteral("stopped: %1").arg(result.error.code)
                                           : QStringLiteral("finished, %1 sent, %2 received")
                                                 .arg(result.pushed)
                                                 .arg(result.pulled));
        });
    });
}

void Reporting::start() {
    tpn::crash::CrashCollector(crashDirectory()).collect(spool, settings.crashReports());
    uploader.kick();
}

void Reporting::flushTimings() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!settings.timings() || timings.isEmpty()) {
        m_batchStart = now;
        return;
    }
    const tpn::telemetry::ReportContext about = context();
    const QJsonObject batch{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("device"), about.device},
        {QStringLiteral("app"),
         QJsonObject{{QStringLiteral("version"), about.appVersion}, {QStringLiteral("build_id"), about.buildId}}},
        {QStringLiteral("os"), about.os},
        {QStringLiteral("language"), about.language},
        {QStringLiteral("started_at"), m_batchStart.toString(Qt::ISODate)},
        {QStringLiteral("ended_at"), now.toString(Qt::ISODate)},
        {QStringLiteral("metrics"), timings.take()},
    };
    m_batchStart = now;
    spool.add(QStringLiteral("timings"), batch);
    uploader.kick();
}

void Reporting::installProcessHandlers() {
    m_processHandlers = true;
    errors.install();
    errors.setFatalHook(&tpn::crash::CrashHandler::noteFatalMessage);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        errors.flush();
        flushTimings();
    });
    applyChoice();
}

void Reporting::watch(QQuickWindow &window, const QElapsedTimer &processClock) {
    const double startup = double(processClock.nsecsElapsed()) / 1e6;
    record(Metric::StartupFirstFrame, startup);
    breadcrumbs.add("app"_L1, QStringLiteral("first frame"));
    // frameSwapped comes from the render thread: measured when the GUI thread hears of it.
    connect(&window, &QQuickWindow::frameSwapped, this, [this] {
        if (!m_screenClock.isValid())
            return;
        const double ms = double(m_screenClock.nsecsElapsed()) / 1e6;
        m_screenClock.invalidate();
        const bool first = !m_visited.contains(m_screen);
        m_visited.insert(m_screen);
        record(first ? Metric::ScreenFirstVisit : Metric::ScreenVisit, ms, m_screen);
    }, Qt::QueuedConnection);
}

void Reporting::record(Metric metric, double value, QStringView label) {
    if (settings.timings())
        timings.record(metric, value, label);
}

void Reporting::applyChoice() {
    errors.setEnabled(settings.crashReports());
    if (m_processHandlers) {
        if (settings.crashReports())
            tpn::crash::CrashHandler::install(crashDirectory());
        else
            tpn::crash::CrashHandler::uninstall();
        updateCrashMetadata();
    }
    uploader.kick();
}

void Reporting::updateCrashMetadata() {
    if (!tpn::crash::CrashHandler::isInstalled())
        return;
    const tpn::telemetry::ReportContext about = context();
    const QJsonObject metadata{
        {QStringLiteral("device"), about.device},
        {QStringLiteral("app"),
         QJsonObject{{QStringLiteral("version"), about.appVersion}, {QStringLiteral("build_id"), about.buildId}}},
        {QStringLiteral("os"), about.os},
        {QStringLiteral("language"), about.language},
        {QStringLiteral("screen"), about.screen},
        {QStringLiteral("breadcrumbs"), breadcrumbs.toJson()},
    };
    tpn::crash::CrashHandler::setMetadata(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}
