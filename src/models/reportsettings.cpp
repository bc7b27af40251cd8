#include "reportsettings.h"

#include "datetext.h"
#include "languagecontroller.h"
#include "offlinetext.h"
#include "sentlog.h"

#include <QJsonObject>

namespace {

const QString kAsked = QStringLiteral("reports/asked");
const QString kCrashes = QStringLiteral("reports/crashes");
const QString kTimings = QStringLiteral("reports/timings");
const QString kMobileData = QStringLiteral("reports/mobileData");

QString kindText(const QString &kind) {
    if (kind == QLatin1String("crash"))
        return ReportSettings::tr("Crash report");
    if (kind == QLatin1String("error"))
        return ReportSettings::tr("Error report");
    return ReportSettings::tr("Timings");
}

} // namespace

SentReportsModel::SentReportsModel(tpn::telemetry::SentLog &log, const LanguageController &language,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_log(log)
    , m_language(language) {
    connect(&language, &LanguageController::codeChanged, this, &SentReportsModel::retranslate);
    reload();
}

int SentReportsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SentReportsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const QJsonObject entry = m_entries.at(index.row()).toObject();
    switch (role) {
    case WhenRole:
        return dateTimeText(QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODate));
    case KindRole:
        return kindText(entry.value(QStringLiteral("kind")).toString());
    case SizeRole:
        return OfflineText::bytes(entry.value(QStringLiteral("bytes")).toInteger(), m_language.code());
    default:
        return {};
    }
}

QHash<int, QByteArray> SentReportsModel::roleNames() const {
    return {{WhenRole, "when"}, {KindRole, "kind"}, {SizeRole, "size"}};
}

void SentReportsModel::reload() {
    beginResetModel();
    m_entries = m_log.entries();
    endResetModel();
    emit countChanged();
}

void SentReportsModel::retranslate() {
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), {KindRole, SizeRole});
}

ReportSettings::ReportSettings(const QString &settingsPath, tpn::telemetry::SentLog &log,
                               const LanguageController &language, QObject *parent)
    : QObject(parent)
    , m_settings(settingsPath, QSettings::IniFormat)
    , m_sent(log, language) {}

bool ReportSettings::asked() const {
    return m_settings.value(kAsked, false).toBool();
}

bool ReportSettings::crashReports() const {
    return asked() && m_settings.value(kCrashes, false).toBool();
}

bool ReportSettings::timings() const {
    return asked() && m_settings.value(kTimings, false).toBool();
}

bool ReportSettings::overMobileData() const {
    return m_settings.value(kMobileData, false).toBool();
}

void ReportSettings::setCrashReports(bool on) {
    const bool was = crashReports();
    set(kCrashes, on);
    if (was && !on)
        emit crashReportsWithdrawn();
}

void ReportSettings::setTimings(bool on) {
    const bool was = timings();
    set(kTimings, on);
    if (was && !on)
        emit timingsWithdrawn();
}

void ReportSettings::setOverMobileData(bool on) {
    set(kMobileData, on);
}

void ReportSettings::choose(bool crashReports, bool timings) {
    m_settings.setValue(kAsked, true);
    setCrashReports(crashReports);
    setTimings(timings);
    emit changed();
}

void ReportSettings::screenShown(const QString &name) {
    emit screenChanged(name);
}

void ReportSettings::set(const QString &key, bool on) {
    if (m_settings.value(key, false).toBool() == on && m_settings.contains(key))
        return;
    m_settings.setValue(key, on);
    m_settings.sync();
    emit changed();
}
