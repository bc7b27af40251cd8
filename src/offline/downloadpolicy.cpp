#include "downloadpolicy.h"

#include <QNetworkInformation>

namespace {

QNetworkInformation *reporting(QNetworkInformation::Feature feature) {
    QNetworkInformation *information = QNetworkInformation::instance();
    return information && information->supports(feature) ? information : nullptr;
}

} // namespace

DownloadPolicy::DownloadPolicy(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(settingsPath, QSettings::IniFormat) {
    QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered);
    if (QNetworkInformation *information = QNetworkInformation::instance()) {
        connect(information, &QNetworkInformation::isMeteredChanged, this, &DownloadPolicy::changed);
        connect(information, &QNetworkInformation::transportMediumChanged, this, &DownloadPolicy::changed);
    }
}

bool DownloadPolicy::wifiOnly() const {
    return m_settings.value(QStringLiteral("downloads/wifiOnly"), false).toBool();
}

void DownloadPolicy::setWifiOnly(bool on) {
    if (on == wifiOnly())
        return;
    m_settings.setValue(QStringLiteral("downloads/wifiOnly"), on);
    emit changed();
}

qint64 DownloadPolicy::monthlyBudgetBytes() const {
    return qMax<qint64>(0, m_settings.value(QStringLiteral("downloads/monthlyBudgetBytes"), 0).toLongLong());
}

void DownloadPolicy::setMonthlyBudgetBytes(qint64 bytes) {
    if (bytes == monthlyBudgetBytes())
        return;
    m_settings.setValue(QStringLiteral("downloads/monthlyBudgetBytes"), qMax<qint64>(0, bytes));
    emit changed();
}

bool DownloadPolicy::metered() const {
    if (m_assumedMetered)
        return *m_assumedMetered;
    if (QNetworkInformation *information = reporting(QNetworkInformation::Feature::Metered))
        return information->isMetered();
    if (QNetworkInformation *information = reporting(QNetworkInformation::Feature::TransportMedium))
        return information->transportMedium() == QNetworkInformation::TransportMedium::Cellular;
    return false;
}

bool DownloadPolicy::onWifi() const {
    if (metered())
        return false;
    if (QNetworkInformation *information = reporting(QNetworkInformation::Feature::TransportMedium)) {
        const auto medium = information->transportMedium();
        return medium == QNetworkInformation::TransportMedium::WiFi ||
               medium == QNetworkInformation::TransportMedium::Ethernet ||
               medium == QNetworkInformation::TransportMedium::Unknown;
    }
    return true;
}

void DownloadPolicy::assumeMetered(std::optional<bool> metered) {
    m_assumedMetered = metered;
    emit changed();
}

DownloadPolicy::Verdict DownloadPolicy::verdict(qint64 bytes, qint64 usedThisMonth) const {
    if (wifiOnly() && !onWifi())
        return Verdict::WaitForWifi;
    const qint64 budget = monthlyBudgetBytes();
    if (budget > 0 && usedThisMonth + bytes > budget)
        return Verdict::ConfirmBudget;
    if (metered() && bytes > kMeteredConfirmBytes)
        return Verdict::ConfirmMetered;
    return Verdict::Go;
}
