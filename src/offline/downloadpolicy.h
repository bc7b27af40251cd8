#pragma once

#include <QObject>
#include <QSettings>
#include <optional>

// The learner's rules for spending data on downloads, and what the network is like now: "Wi-Fi
// only", a confirmation above 10 MB on a metered network (as the Moodle app asks), and a monthly
// budget that downloads never pass without asking. The OS reports metered and transport through
// QNetworkInformation where it can; where it cannot, the network counts as unmetered Wi-Fi.
class DownloadPolicy : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMeteredConfirmBytes = 10LL * 1000 * 1000;

    enum class Verdict {
        Go,
        ConfirmMetered, // above 10 MB on a metered network: ask first
        ConfirmBudget,  // would pass the monthly budget: ask first
        WaitForWifi,    // "Wi-Fi only" and the network is not Wi-Fi (or is metered)
    };

    explicit DownloadPolicy(const QString &settingsPath, QObject *parent = nullptr);

    bool wifiOnly() const;
    void setWifiOnly(bool on);
    qint64 monthlyBudgetBytes() const; // 0: no budget
    void setMonthlyBudgetBytes(qint64 bytes);

    bool metered() const;
    bool onWifi() const;
    // For tests and people checking a build: CI cannot make the OS report a metered network.
    void assumeMetered(std::optional<bool> metered);

    // Whether `bytes` more may be fetched now, `usedThisMonth` having been fetched already.
    Verdict verdict(qint64 bytes, qint64 usedThisMonth) const;

signals:
    void changed();

private:
    mutable QSettings m_settings;
    std::optional<bool> m_assumedMetered;
};
