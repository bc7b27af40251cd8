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

using namespace Qt::StringLiterals;
using tpn::telemetry::Metric;

namespace {

QString telemetryDirectory(const QString &dataDir) {
    return dataDir + QStringLiteral("/telemetry");
}

} // namespace

Reporting::Reporting(ApiClient &api, DownloadPolicy &network, LanguageController &language,
                     const QString &dataDir, QObject *parent)
    : QObject(parent)
    , spool(telemetryDirectory(dataDir) + QStringLiteral("/spool"))
    , sentLog(telemetryDirectory(dataDir) + QStringLiteral("/sent.jsonl"))
    , settings(dataDir + QStringLiteral("/settings.ini"), sentLog, language)
    , errors(spool, breadcrumbs, [this] { return context(); })
    , uploader(api, spool, sentLog)
    , flusher(timings, spool, [this] { return context(); })
    , m_api(api)
    , m_network(network)
    , m_language(language)
    , m_directory(telemetryDirectory(dataDir))
    , m_device(tpn::telemetry::deviceId(dataDir)) {
    uploader.setAllowed([this] {
        return (settings.crashReports() || settings.timings()) && m_api.reachability().online() &&
               (!m_network.metered() || settings.overMobileData());
    });
    connect(&uploader, &tpn::telemetry::ReportUploader::delivered, this,
            [this] { settings.sent()->reload(); });
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
        breadcrumbs.add("network"_L1, !m_api.reachability().online() ? QStringLiteral("offline")
                                                                     : QStringLiteral("online"));
    });
    connect(&flusher, &tpn::telemetry::TimingsFlusher::spooled, &uploader,
            &tpn::telemetry::ReportUploader::kick);
    connect(&errors, &tpn::telemetry::ErrorCollector::spooled, &uploader,
            &tpn::telemetry::ReportUploader::kick);
    flusher.start();
    applyChoice();
}

Reporting::~Reporting() = default;

tpn::telemetry::ReportContext Reporting::context() const {
    static const QString buildId = tpn::telemetry::currentBuildId();
    static const QString os = tpn::telemetry::osDescription();
    return {m_device, QCoreApplication::applicationVersion(), buildId, os, m_language.code(), m_screen};
}

void Reporting::observe(CourseRepository &courses, CourseDownloader &downloader, LearnerSession &session) {
    courses.setQueryObserver(
        [this](QLatin1StringView query, double ms) { record(Metric::CacheQuery, ms, QString(query)); });
    connect(&downloader, &CourseDownloader::fileFetched, this, [this](qint64 bytes, double ms) {
        if (ms > 0)
            record(Metric::DownloadThroughput, double(bytes) * 1000 / ms);
    });
    connect(&downloader, &CourseDownloader::waitingForNetworkChanged, this, [this, &downloader] {
        breadcrumbs.add("download"_L1, downloader.waitingForNetwork()
                                           ? QStringLiteral("waiting for the network")
                                           : QStringLiteral("resumed"));
    });
    connect(&session, &LearnerSession::accountChanged, this, [this](LearnerSync *account) {
        if (!account)
            return;
        connect(&account->engine(), &SyncEngine::finished, this, [this](const SyncEngine::Result &result) {
            record(Metric::SyncDuration, result.elapsedMs);
            record(Metric::SyncMutations, result.pushed, u"pushed");
            record(Metric::SyncMutations, result.pulled, u"pulled");
            breadcrumbs.add(
                "sync"_L1,
                result.error.isError()
                    ? QStringLiteral("stopped: %1").arg(result.error.code)
                    : QStringLiteral("finished, %1 sent, %2 received").arg(result.pushed).arg(result.pulled));
        });
    });
}

void Reporting::start() {
    tpn::crash::CrashCollector(crashDirectory()).collect(spool, settings.crashReports());
    uploader.kick();
}

void Reporting::installProcessHandlers() {
    m_processHandlers = true;
    errors.install();
    errors.setFatalHook(&tpn::crash::CrashHandler::noteFatalMessage);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        errors.flush();
        flusher.flushNow();
    });
    applyChoice();
}

void Reporting::watch(QQuickWindow &window, const QElapsedTimer &processClock) {
    const double startup = double(processClock.nsecsElapsed()) / 1e6;
    record(Metric::StartupFirstFrame, startup);
    breadcrumbs.add("app"_L1, QStringLiteral("first frame"));
    // frameSwapped comes from the render thread: measured when the GUI thread hears of it.
    connect(
        &window, &QQuickWindow::frameSwapped, this,
        [this] {
            if (!m_screenClock.isValid())
                return;
            const double ms = double(m_screenClock.nsecsElapsed()) / 1e6;
            m_screenClock.invalidate();
            const bool first = !m_visited.contains(m_screen);
            m_visited.insert(m_screen);
            record(first ? Metric::ScreenFirstVisit : Metric::ScreenVisit, ms, m_screen);
        },
        Qt::QueuedConnection);
}

void Reporting::record(Metric metric, double value, QStringView label) {
    // The flusher follows the learner's choice (applyChoice): a flag, where settings.ini would be a
    // QSettings look-up on every API answer and cache read.
    if (flusher.isEnabled())
        timings.record(metric, value, label);
}

void Reporting::applyChoice() {
    errors.setEnabled(settings.crashReports());
    flusher.setEnabled(settings.timings());
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
    QJsonObject metadata = tpn::telemetry::contextFields(context());
    metadata.insert(QStringLiteral("screen"), m_screen);
    metadata.insert(QStringLiteral("breadcrumbs"), breadcrumbs.toJson());
    tpn::crash::CrashHandler::setMetadata(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}
