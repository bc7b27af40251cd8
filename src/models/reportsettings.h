#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QQmlEngine>
#include <QSettings>

class LanguageController;

namespace tpn::telemetry {
class SentLog;
}

// "What was sent": each upload the server acknowledged, newest first (QML `Reports.sent`).
class SentReportsModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reports.sent")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { WhenRole = Qt::UserRole + 1, KindRole, SizeRole };

    SentReportsModel(tpn::telemetry::SentLog &log, const LanguageController &language,
                     QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reload();
    void retranslate();

signals:
    void countChanged();

private:
    tpn::telemetry::SentLog &m_log;
    const LanguageController &m_language;
    QJsonArray m_entries;
};

// The learner's choice about reports (QML `Reports`): crash reports (which cover non-fatal errors),
// timings, and sending over mobile data. Nothing is collected or sent until the learner has
// chosen; both are off until then. Saved in settings.ini, which holds preferences only.
class ReportSettings : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool asked READ asked NOTIFY changed)
    Q_PROPERTY(bool crashReports READ crashReports WRITE setCrashReports NOTIFY changed)
    Q_PROPERTY(bool timings READ timings WRITE setTimings NOTIFY changed)
    Q_PROPERTY(bool overMobileData READ overMobileData WRITE setOverMobileData NOTIFY changed)
    Q_PROPERTY(SentReportsModel *sent READ sent CONSTANT)

public:
    ReportSettings(const QString &settingsPath, tpn::telemetry::SentLog &log,
                   const LanguageController &language, QObject *parent = nullptr);

    bool asked() const;
    bool crashReports() const;
    bool timings() const;
    bool overMobileData() const;
    void setCrashReports(bool on);
    void setTimings(bool on);
    void setOverMobileData(bool on);
    SentReportsModel *sent() { return &m_sent; }

    // The first-run answer (or --consent): both switches at once, and never asked again.
    Q_INVOKABLE void choose(bool crashReports, bool timings);
    // Main.qml says which destination or page is on screen: a breadcrumb and a timing.
    Q_INVOKABLE void screenShown(const QString &name);

signals:
    void changed();
    void crashReportsWithdrawn();
    void timingsWithdrawn();
    void screenChanged(const QString &name);

private:
    void set(const QString &key, bool on);

    mutable QSettings m_settings;
    SentReportsModel m_sent;
};
