#pragma once

#include "breadcrumbs.h"
#include "errorcollector.h"
#include "reportcontext.h"
#include "reportsettings.h"
#include "reportuploader.h"
#include "sentlog.h"
#include "spool.h"
#include "timings.h"
#include "timingsflusher.h"

#include <QElapsedTimer>
#include <QObject>

class ApiClient;
class CourseDownloader;
class CourseRepository;
class DownloadPolicy;
class LanguageController;
class LearnerSession;
class QQuickWindow;

// Crash reports and timings (docs/telemetry.md), composed once: what is measured, where reports
// wait (the spool in <data>/telemetry), how they are sent, and the learner's choice, which gates
// all of it. Nothing is recorded, kept or sent for a kind the learner has not allowed; withdrawing
// deletes what waits. The process-wide parts (the crash handler, the message handler) are the
// app's alone: main.cpp turns them on with installProcessHandlers().
class Reporting : public QObject {
    Q_OBJECT
public:
    Reporting(ApiClient &api, DownloadPolicy &network, LanguageController &language, const QString &dataDir,
              QObject *parent = nullptr);
    ~Reporting() override;

    tpn::telemetry::Timings timings;
    tpn::telemetry::Breadcrumbs breadcrumbs;
    tpn::telemetry::Spool spool;
    tpn::telemetry::SentLog sentLog;
    ReportSettings settings;
    tpn::telemetry::ErrorCollector errors;
    tpn::telemetry::ReportUploader uploader;
    tpn::telemetry::TimingsFlusher flusher; // a batch every 30 minutes and at quit

    QString crashDirectory() const { return m_directory + QStringLiteral("/crashes"); }
    tpn::telemetry::ReportContext context() const;

    // What the services do, measured and noted as breadcrumbs.
    void observe(CourseRepository &courses, CourseDownloader &downloader, LearnerSession &session);
    // Queues the dumps of the last run's crash, then sends what waits.
    void start();

    // The app only: the crash handler (while crash reports are allowed) and the message handler.
    void installProcessHandlers();
    // The app only: start-up to first frame (from `processClock`), and each screen until drawn.
    void watch(QQuickWindow &window, const QElapsedTimer &processClock);

private:
    void record(tpn::telemetry::Metric metric, double value, QStringView label = {});
    void applyChoice();
    void updateCrashMetadata();

    ApiClient &m_api;
    DownloadPolicy &m_network;
    LanguageController &m_language;
    const QString m_directory;
    const QString m_device;
    QString m_screen;
    QSet<QString> m_visited;
    QElapsedTimer m_screenClock;
    bool m_processHandlers = false;
};
