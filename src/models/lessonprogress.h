#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <functional>

#include "learnerrepository.h"
#include "recordrules.h"

// The id of a lesson's progress record is part of the sync contract, kept with the other record rules.
using tpn::progressRecordId;

// The lesson page's view of and hand on its progress record: how far the learner has read, whether
// they marked it done, and the time they spend on it. Time is counted only while the page is
// `active` (on screen, app in front) and recorded as deltas, so two devices' time adds up.
class LessonProgress : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LearnerRepository *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString courseId READ courseId WRITE setCourseId NOTIFY courseIdChanged)
    Q_PROPERTY(QString lessonId READ lessonId WRITE setLessonId NOTIFY lessonIdChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(double readFraction READ readFraction WRITE setReadFraction NOTIFY readFractionChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(int percent READ percent NOTIFY progressChanged)
    Q_PROPERTY(bool completed READ completed NOTIFY progressChanged)
    Q_PROPERTY(int timeSpentSeconds READ timeSpentSeconds NOTIFY progressChanged)

public:
    static constexpr int kMinDeltaSeconds = 5;
    static constexpr int kMaxDeltaSeconds = tpn::MaximumTimeSpentDelta; // the server takes no more
    static constexpr int kPercentStep = 10;
    static constexpr int kFlushIntervalMs = 3 * 60 * 1000;

    explicit LessonProgress(QObject *parent = nullptr);
    ~LessonProgress() override;

    LearnerRepository *source() const { return m_source; }
    void setSource(LearnerRepository *source);
    QString courseId() const { return m_courseId; }
    void setCourseId(const QString &courseId);
    QString lessonId() const { return m_lessonId; }
    void setLessonId(const QString &lessonId);
    bool active() const { return m_active; }
    void setActive(bool active);
    double readFraction() const { return m_readFraction; }
    // How much of the lesson has been on screen (0–1). Recorded only when it grows enough.
    void setReadFraction(double fraction);

    bool available() const { return m_attached; }
    int percent() const { return m_percent; }
    bool completed() const { return m_completed; }
    int timeSpentSeconds() const { return m_timeSpent; }

    // The learner says they have finished the lesson: 100 % and the time of completion.
    Q_INVOKABLE bool markDone();
    // Records the time counted so far (done by itself on inactive, destruction and every few minutes).
    Q_INVOKABLE void recordTime();

    // Tests step time by hand; the app reads a monotonic QElapsedTimer.
    void setClock(std::function<qint64()> msSinceStart);

signals:
    void sourceChanged();
    void courseIdChanged();
    void lessonIdChanged();
    void activeChanged();
    void readFractionChanged();
    void availableChanged();
    void progressChanged();

private:
    void attach(); // follows the source to its current learner
    void reload();
    void updateCounting();
    bool record(QJsonObject fields);
    int pendingSeconds() const; // time already waiting in this record's unsent edit

    QPointer<LearnerRepository> m_source;
    bool m_attached = false; // the source has a learner (guest or signed in) whose time is counted
    QString m_courseId;
    QString m_lessonId;
    bool m_active = false;
    double m_readFraction = 0;
    int m_percent = 0;
    bool m_completed = false;
    int m_timeSpent = 0;

    QElapsedTimer m_elapsed;
    std::function<qint64()> m_clock;
    qint64 m_countingSince = -1; // clock time counting started; -1 while not counting
    qint64 m_uncountedMs = 0;    // counted but below the minimum delta, kept for the next record
    QTimer m_flushTimer;
};
