#pragma once

#include "downloadcenter.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

// One course's offline state for its card and its page: not downloaded, downloading n %, waiting,
// paused, stopped, available offline, update available; worded in the learner's language.
class OfflineCourse : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DownloadCenter *downloads READ downloads WRITE setDownloads NOTIFY downloadsChanged)
    Q_PROPERTY(QString courseId READ courseId WRITE setCourseId NOTIFY courseIdChanged)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    explicit OfflineCourse(QObject *parent = nullptr);

    DownloadCenter *downloads() const { return m_downloads; }
    void setDownloads(DownloadCenter *downloads);
    QString courseId() const { return m_courseId; }
    void setCourseId(const QString &courseId);

    // none, downloading, waiting, paused, failed, complete or update
    QString state() const { return m_state; }
    double progress() const { return m_progress; }
    QString statusText() const { return m_statusText; }
    bool busy() const {
        return m_state == QLatin1String("downloading") || m_state == QLatin1String("waiting");
    }

signals:
    void downloadsChanged();
    void courseIdChanged();
    void changed();

private:
    void update();

    QPointer<DownloadCenter> m_downloads;
    QString m_courseId;
    QString m_state = QStringLiteral("none");
    double m_progress = 0;
    QString m_statusText;
};
