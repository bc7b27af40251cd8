#pragma once

#include "coursedownloader.h"
#include "downloadpolicy.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>
#include <functional>

class CourseRepository;
class DownloadPolicy;
class LanguageController;
class OfflineLibrary;

// The learner's side of downloads (QML singleton `Downloads`): what a download would cost before it
// starts (only what the device lacks, each shared file once), the question to ask first on a metered
// network or past the monthly budget, and pause, resume, cancel and remove, always for the course
// in the language the catalog shows. The work itself is CourseDownloader's.
class DownloadCenter : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool planning READ planning NOTIFY planChanged)
    Q_PROPERTY(bool planReady READ planReady NOTIFY planChanged)
    Q_PROPERTY(QString planSummary READ planSummary NOTIFY planChanged)
    Q_PROPERTY(QString planQuestion READ planQuestion NOTIFY planChanged)
    Q_PROPERTY(QString planError READ planError NOTIFY planChanged)
    Q_PROPERTY(double planBytes READ planBytes NOTIFY planChanged)
    Q_PROPERTY(bool wifiOnly READ wifiOnly WRITE setWifiOnly NOTIFY settingsChanged)
    Q_PROPERTY(int budgetMegabytes READ budgetMegabytes WRITE setBudgetMegabytes NOTIFY settingsChanged)
    Q_PROPERTY(QString usageText READ usageText NOTIFY revisionChanged)
    Q_PROPERTY(bool waitingForNetwork READ waitingForNetwork NOTIFY revisionChanged)
    // Bumps whenever any download moves: views that read through invokables bind to it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    DownloadCenter(CourseDownloader &downloader, OfflineLibrary &library, DownloadPolicy &policy,
                   CourseRepository &catalog, LanguageController &language, QObject *parent = nullptr);

    bool available() const { return m_downloader.hasContentKey(); }
    bool planning() const { return m_planning; }
    bool planReady() const { return !m_planning && !m_plan.isEmpty(); }
    QString planSummary() const;
    QString planQuestion() const { return m_planQuestion; }
    QString planError() const { return m_planError; }
    double planBytes() const { return double(m_planBytes); }
    bool wifiOnly() const;
    void setWifiOnly(bool on);
    int budgetMegabytes() const;
    void setBudgetMegabytes(int megabytes);
    QString usageText() const;
    bool waitingForNetwork() const { return m_downloader.waitingForNetwork(); }
    int revision() const { return m_revision; }

    // The plan for one course (title as the catalog shows it), or for every course in the catalog's
    // language; planReady and planSummary then say what it would cost.
    Q_INVOKABLE void prepareCourse(const QString &courseId, const QString &title);
    Q_INVOKABLE void prepareAll();
    Q_INVOKABLE void confirmPlan();
    Q_INVOKABLE void dismissPlan();

    // `language` empty: the course in the catalog's language (or the one the device has).
    Q_INVOKABLE void pause(const QString &courseId, const QString &language = {});
    Q_INVOKABLE void resume(const QString &courseId, const QString &language = {});
    Q_INVOKABLE void cancel(const QString &courseId, const QString &language = {});
    Q_INVOKABLE void remove(const QString &courseId, const QString &language = {});
    // Asks the server whether a downloaded course changed; updateAvailable() then says.
    Q_INVOKABLE void checkForUpdate(const QString &courseId);
    Q_INVOKABLE bool updateAvailable(const QString &courseId) const;
    Q_INVOKABLE QString formatBytes(double bytes) const;

    // The catalog cache's size and how to empty it, lent by the composition.
    void setCatalogCache(std::function<qint64()> bytes, std::function<void()> clear);
    // What the cache of things seen takes: the catalog cache and pictures no download lists.
    qint64 cacheBytes() const;
    // Empties it; downloaded courses go back into the catalog at once. The learner's data is untouched.
    Q_INVOKABLE void clearCache();

    // The package the catalog's language shows for a course, if any.
    const OfflinePackage *packageFor(const QString &courseId, const QString &language = {}) const;
    CourseDownloader &downloader() { return m_downloader; }
    QString languageCode() const;

signals:
    void planChanged();
    void settingsChanged();
    void revisionChanged();

private:
    void planNext();
    void finishPlan();
    void failPlan(const QString &message);
    void bump();
    QString contentLanguage() const; // ht, fr or en

    CourseDownloader &m_downloader;
    OfflineLibrary &m_library;
    DownloadPolicy &m_policy;
    CourseRepository &m_catalog;
    LanguageController &m_language;

    QList<QPair<QString, QString>> m_toPlan; // course id, title
    QList<SignedManifest> m_plan;
    qint64 m_planBytes = 0;
    int m_planFiles = 0;
    bool m_planning = false;
    bool m_planWholeCatalog = false;
    DownloadPolicy::Verdict m_verdict = DownloadPolicy::Verdict::Go;
    QString m_planQuestion, m_planError;
    quint64 m_planGeneration = 0;
    QSet<QString> m_updates; // course ids whose server version differs from the device's
    int m_revision = 0;
    std::function<qint64()> m_catalogCacheBytes;
    std::function<void()> m_clearCatalogCache;
    QTimer m_progressBump; // progress moves many times a second; views need it a few times
};
