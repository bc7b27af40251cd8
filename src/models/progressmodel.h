#pragma once

#include "courserepository.h"
#include "learnerrepository.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QVariantList>

// The Progress screen: the courses the learner has started, most recent first, with how many of
// their lessons are done, and what that adds up to. Built from the learner's progress records
// (this device's edits included); course titles and lesson counts come from the catalog cache and
// fall back to the course id while a course is not saved on this device.
class ProgressModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LearnerRepository *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(CourseRepository *repository READ repository WRITE setRepository NOTIFY repositoryChanged)
    Q_PROPERTY(int count READ count NOTIFY summaryChanged)
    Q_PROPERTY(int lessonsCompleted READ lessonsCompleted NOTIFY summaryChanged)
    Q_PROPERTY(int totalTimeSeconds READ totalTimeSeconds NOTIFY summaryChanged)
    // The last kChartDays days, oldest first, each {date: "yyyy-MM-dd", day: day of the month,
    // count: lessons completed that day (local time), today: bool}.
    Q_PROPERTY(QVariantList completionsByDay READ completionsByDay NOTIFY summaryChanged)

public:
    enum Role {
        CourseIdRole = Qt::UserRole + 1,
        TitleRole,
        ColorRole,
        LessonsDoneRole,
        LessonCountRole,
        PercentRole,
        TimeSpentSecondsRole,
        LastActivityRole,
    };
    Q_ENUM(Role)
    static constexpr int kChartDays = 14;

    struct CourseProgress {
        QString courseId;
        QString title;
        QString color;
        int lessonsDone = 0;
        int lessonCount = 0; // 0 while the course is not saved on this device
        int timeSpentSeconds = 0;
        QDateTime lastActivity;
        int percent() const;
        friend bool operator==(const CourseProgress &, const CourseProgress &) = default;
    };

    explicit ProgressModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    LearnerRepository *source() const { return m_source; }
    void setSource(LearnerRepository *source);
    CourseRepository *repository() const { return m_repository; }
    void setRepository(CourseRepository *repository);

    int count() const { return static_cast<int>(m_rows.size()); }
    int lessonsCompleted() const { return m_lessonsCompleted; }
    int totalTimeSeconds() const { return m_totalTime; }
    QVariantList completionsByDay() const;

signals:
    void sourceChanged();
    void repositoryChanged();
    void summaryChanged();

private:
    void reload();
    void catalogReset();
    void describe(CourseProgress &course);

    QPointer<LearnerRepository> m_source;
    QPointer<CourseRepository> m_repository;
    QList<CourseProgress> m_rows;
    int m_lessonsCompleted = 0;
    int m_totalTime = 0;
    QList<QDate> m_completionDays; // local dates of every completion
    QSet<QString> m_asked;         // courses fetched once for their title, so a failure does not loop
};
