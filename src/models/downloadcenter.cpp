#include "downloadcenter.h"

#include "courserepository.h"
#include "downloadpolicy.h"
#include "errortext.h"
#include "languagecontroller.h"
#include "offlinelibrary.h"
#include "offlinetext.h"

#include <QCoreApplication>

namespace {

constexpr int kCoursesPerPage = 50;
constexpr qint64 kMegabyte = 1000 * 1000;

} // namespace

DownloadCenter::DownloadCenter(CourseDownloader &downloader, OfflineLibrary &library, DownloadPolicy &policy,
                               CourseRepository &catalog, LanguageController &language, QObject *parent)
    : QObject(parent)
    , m_downloader(downloader)
    , m_library(library)
    , m_policy(policy)
    , m_catalog(catalog)
    , m_language(language) {
    connect(&m_library, &OfflineLibrary::changed, this, &DownloadCenter::bump);
    m_progressBump.setSingleShot(true);
    m_progressBump.setInterval(250);
    connect(&m_progressBump, &QTimer::timeout, this, &DownloadCenter::bump);
    connect(&m_downloader, &CourseDownloader::progressed, this, [this] {
        if (!m_progressBump.isActive())
            m_progressBump.start();
    });
    connect(&m_downloader, &CourseDownloader::waitingForNetworkChanged, this, &DownloadCenter::bump);
    connect(&m_policy, &DownloadPolicy::changed, this, &DownloadCenter::settingsChanged);
    connect(&m_language, &LanguageController::codeChanged, this, [this] {
        bump(); // every offline line is worded anew
        emit settingsChanged();
    });
    connect(&m_catalog, &CourseRepository::languageChanged, this, [this] {
        dismissPlan();
        bump();
    });
}

void DownloadCenter::bump() {
    ++m_revision;
    emit revisionChanged();
}

QString DownloadCenter::languageCode() const {
    return m_language.code().isEmpty() ? QStringLiteral("ht") : m_language.code();
}

QString DownloadCenter::contentLanguage() const {
    return m_catalog.language().section(u'-', 0, 0).toLower();
}

const OfflinePackage *DownloadCenter::packageFor(const QString &courseId, const QString &language) const {
    return language.isEmpty() ? m_library.bestPackage(courseId, contentLanguage())
                              : m_library.package(courseId, language);
}

QString DownloadCenter::formatBytes(double bytes) const {
    return OfflineText::bytes(qint64(bytes), languageCode());
}

bool DownloadCenter::wifiOnly() const {
    return m_policy.wifiOnly();
}

void DownloadCenter::setWifiOnly(bool on) {
    m_policy.setWifiOnly(on);
}

int DownloadCenter::budgetMegabytes() const {
    return int(m_policy.monthlyBudgetBytes() / kMegabyte);
}

void DownloadCenter::setBudgetMegabytes(int megabytes) {
    m_policy.setMonthlyBudgetBytes(qMax(0, megabytes) * kMegabyte);
}

QString DownloadCenter::usageText() const {
    const qint64 used = m_library.bytesThisMonth();
    const qint64 budget = m_policy.monthlyBudgetBytes();
    if (budget <= 0)
        return tr("Downloaded this month: %1").arg(formatBytes(double(used)));
    return tr("Downloaded this month: %1 of %2").arg(formatBytes(double(used)), formatBytes(double(budget)));
}

void DownloadCenter::prepareCourse(const QString &courseId, const QString &title) {
    dismissPlan();
    m_planning = true;
    m_planWholeCatalog = false;
    m_toPlan = {{courseId, title}};
    emit planChanged();
    planNext();
}

void DownloadCenter::prepareAll() {
    dismissPlan();
    m_planning = true;
    m_planWholeCatalog = true;
    emit planChanged();
    // Every course in the catalog's language, page by page, into the cache; then their manifests.
    const quint64 generation = m_planGeneration;
    auto fetchPage = std::make_shared<std::function<void(int)>>();
    *fetchPage = [this, generation, fetchPage](int page) {
        m_catalog.fetchCourses(
            {}, page, kCoursesPerPage, this,
            [this, generation, fetchPage, page](const CourseRepository::PageResult &result) {
                if (generation != m_planGeneration)
                    return;
                if (result.error.isError())
                    return failPlan(errorText(result.error));
                if (result.hasMore)
                    return (*fetchPage)(page + 1);
                for (const CourseSummary &course : m_catalog.cachedCourses({}, 100000))
                    m_toPlan.append({course.id, course.title});
                planNext();
            });
    };
    (*fetchPage)(1);
}

void DownloadCenter::planNext() {
    if (m_toPlan.isEmpty())
        return finishPlan();
    const auto [courseId, title] = m_toPlan.takeFirst();
    const quint64 generation = m_planGeneration;
    m_downloader.fetchManifest(
        courseId, m_catalog.language(), this,
        [this, generation, title](const std::optional<SignedManifest> &manifest, const ApiError &error) {
            if (generation != m_planGeneration)
                return;
            if (!manifest) {
                return failPlan(error.code == QLatin1String("manifest")
                                    ? tr("The server sent a course that is not signed "
                                         "correctly. Nothing was downloaded.")
                                    : errorText(error));
            }
            SignedManifest planned = *manifest;
            planned.title = title;
            if (planned.title.isEmpty()) {
                const auto cached = m_catalog.cachedCourse(planned.manifest.courseId);
                planned.title = cached ? cached->course.title : planned.manifest.courseId;
            }
            const OfflinePackage *package =
                m_library.package(planned.manifest.courseId, planned.manifest.language);
            const bool current =
                package && package->current && package->current->version == planned.manifest.version;
            if (package && !current)
                m_updates.insert(planned.manifest.courseId);
            if (!current || !m_planWholeCatalog)
                m_plan.append(planned);
            planNext();
        });
}

void DownloadCenter::finishPlan() {
    QSet<QString> counted;
    m_planBytes = 0;
    m_planFiles = 0;
    for (const SignedManifest &planned : std::as_const(m_plan)) {
        m_planBytes += m_downloader.missingBytes(planned.manifest, &counted);
    }
    m_planFiles = int(counted.size());
    m_planning = false;
    if (m_plan.isEmpty()) {
        m_planError = tr("Every course in this language is already on this device.");
        emit planChanged();
        return;
    }
    const qint64 room = m_downloader.freeBytes() - CourseDownloader::kReserveBytes;
    if (m_planBytes > room) {
        m_plan.clear();
        m_planError = tr("Not enough space on this device: %1 needed, %2 free.")
                          .arg(formatBytes(double(m_planBytes)), formatBytes(double(qMax<qint64>(0, room))));
        emit planChanged();
        return;
    }
    m_verdict = m_policy.verdict(m_planBytes, m_library.bytesThisMonth());
    if (m_verdict == DownloadPolicy::Verdict::ConfirmMetered)
        m_planQuestion = tr("You are on a metered connection, which may cost money. Download %1 anyway?")
                             .arg(formatBytes(double(m_planBytes)));
    else if (m_verdict == DownloadPolicy::Verdict::ConfirmBudget)
        m_planQuestion = tr("This goes past your monthly data budget (%1). Download %2 anyway?")
                             .arg(usageText(), formatBytes(double(m_planBytes)));
    else if (m_verdict == DownloadPolicy::Verdict::WaitForWifi)
        m_planQuestion = tr("You asked for Wi-Fi only: the download will start on Wi-Fi.");
    emit planChanged();
}

QString DownloadCenter::planSummary() const {
    if (!planReady())
        return {};
    const int courses = int(m_plan.size());
    if (m_planBytes == 0)
        return tr("%n course(s), already on this device: nothing to download.", nullptr, courses);
    return tr("%n course(s): %1 to download.", nullptr, courses).arg(formatBytes(double(m_planBytes)));
}

void DownloadCenter::failPlan(const QString &message) {
    m_planning = false;
    m_plan.clear();
    m_toPlan.clear();
    m_planError = message;
    emit planChanged();
}

void DownloadCenter::confirmPlan() {
    const bool overBudget = m_verdict == DownloadPolicy::Verdict::ConfirmBudget;
    const QList<SignedManifest> plan = m_plan;
    dismissPlan();
    for (const SignedManifest &planned : plan) {
        m_updates.remove(planned.manifest.courseId);
        m_downloader.enqueue(planned, overBudget);
    }
}

void DownloadCenter::dismissPlan() {
    ++m_planGeneration;
    m_plan.clear();
    m_toPlan.clear();
    m_planBytes = 0;
    m_planning = false;
    m_planQuestion.clear();
    m_planError.clear();
    m_verdict = DownloadPolicy::Verdict::Go;
    emit planChanged();
}

void DownloadCenter::pause(const QString &courseId, const QString &language) {
    if (const OfflinePackage *package = packageFor(courseId, language))
        m_downloader.pause(package->courseId, package->language);
}

void DownloadCenter::resume(const QString &courseId, const QString &language) {
    if (const OfflinePackage *package = packageFor(courseId, language))
        m_downloader.resume(package->courseId, package->language);
}

void DownloadCenter::cancel(const QString &courseId, const QString &language) {
    if (const OfflinePackage *package = packageFor(courseId, language))
        m_downloader.cancel(package->courseId, package->language);
}

void DownloadCenter::remove(const QString &courseId, const QString &language) {
    const OfflinePackage *package =
        language.isEmpty() ? packageFor(courseId) : m_library.package(courseId, language);
    if (package)
        m_downloader.remove(package->courseId, package->language);
}

void DownloadCenter::checkForUpdate(const QString &courseId) {
    const OfflinePackage *package = packageFor(courseId);
    if (!package || !package->current)
        return;
    m_downloader.fetchManifest(
        courseId, m_catalog.language(), this,
        [this, courseId](const std::optional<SignedManifest> &manifest, const ApiError &) {
            const OfflinePackage *package = packageFor(courseId);
            if (!manifest || !package || !package->current)
                return;
            if (manifest->manifest.version != package->current->version)
                m_updates.insert(courseId);
            else
                m_updates.remove(courseId);
            bump();
        });
}

bool DownloadCenter::updateAvailable(const QString &courseId) const {
    const OfflinePackage *package = packageFor(courseId);
    return m_updates.contains(courseId) && package && package->current && !package->next;
}

void DownloadCenter::setCatalogCache(std::function<qint64()> bytes, std::function<void()> clear) {
    m_catalogCacheBytes = std::move(bytes);
    m_clearCatalogCache = std::move(clear);
}

qint64 DownloadCenter::cacheBytes() const {
    return (m_catalogCacheBytes ? m_catalogCacheBytes() : 0) + m_downloader.unreferencedBytes();
}

void DownloadCenter::clearCache() {
    m_downloader.clearUnreferenced();
    if (m_clearCatalogCache)
        m_clearCatalogCache();
    m_downloader.reinstallAll();
    bump();
}
