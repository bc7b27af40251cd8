#include "progressmodel.h"

#include "repositorybinding.h"
#include "learnerbinding.h"

#include <QHash>
#include <algorithm>

int ProgressModel::CourseProgress::percent() const {
    if (lessonCount <= 0)
        return 0;
    return std::min(100, qRound(100.0 * lessonsDone / lessonCount));
}

ProgressModel::ProgressModel(QObject *parent)
    : QAbstractListModel(parent) {}

int ProgressModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const CourseProgress &c = m_rows.at(index.row());
    switch (role) {
    case CourseIdRole:
        return c.courseId;
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case ColorRole:
        return c.color;
    case LessonsDoneRole:
        return c.lessonsDone;
    case LessonCountRole:
        return c.lessonCount;
    case PercentRole:
        return c.percent();
    case TimeSpentSecondsRole:
        return c.timeSpentSeconds;
    case LastActivityRole:
        return c.lastActivity;
    }
    return {};
}

QHash<int, QByteArray> ProgressModel::roleNames() const {
    return {{CourseIdRole, "courseId"},
            {TitleRole, "title"},
            {ColorRole, "courseColor"},
            {LessonsDoneRole, "lessonsDone"},
            {LessonCountRole, "lessonCount"},
            {PercentRole, "percent"},
            {TimeSpentSecondsRole, "timeSpentSeconds"},
            {LastActivityRole, "lastActivity"}};
}

void ProgressModel::setSource(LearnerRepository *source) {
    bindLearnerSource(this, m_source, source, &ProgressModel::reload);
}

void ProgressModel::setRepository(CourseRepository *repository) {
    bindRepository(this, m_repository, repository, &ProgressModel::catalogReset);
}

void ProgressModel::catalogReset() {
    m_asked.clear(); // another language or learner: titles may be missing again, and worth asking
    reload();
}

QVariantList ProgressModel::completionsByDay() const {
    const QDate today = QDate::currentDate();
    QVariantList days;
    for (int i = kChartDays - 1; i >= 0; --i) {
        const QDate day = today.addDays(-i);
        days.append(QVariantMap{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                {QStringLiteral("day"), day.day()},
                                {QStringLiteral("count"), int(m_completionDays.count(day))},
                                {QStringLiteral("today"), i == 0}});
    }
    return days;
}

void ProgressModel::reload() {
    LearnerRepository *learner = m_source.data();
    const QList<LocalRecord> records =
        learner ? learner->records(Entity::Progress) : QList<LocalRecord>();

    QList<CourseProgress> rows;
    QHash<QString, qsizetype> rowOf;
    QList<QDate> completionDays;
    int totalTime = 0;
    for (const LocalRecord &r : records) {
        const QString courseId = r.fields.value(u"course_id").toString();
        if (courseId.isEmpty())
            continue;
        auto at = rowOf.constFind(courseId);
        if (at == rowOf.cend()) {
            at = rowOf.insert(courseId, rows.size());
            rows.append({courseId, courseId, {}, 0, 0, 0, {}});
        }
        CourseProgress &course = rows[*at];
        // The server's total plus this device's time not sent yet.
        const int spent = r.fields.value(u"time_spent_seconds").toInt() +
                          r.fields.value(u"time_spent_delta_seconds").toInt();
        course.timeSpentSeconds += spent;
        totalTime += spent;
        course.lastActivity = std::max(course.lastActivity, r.updatedAt);
        const QDateTime completed =
            QDateTime::fromString(r.fields.value(u"completed_at").toString(), Qt::ISODateWithMs);
        if (completed.isValid()) {
            ++course.lessonsDone;
            completionDays.append(completed.toLocalTime().date());
        }
    }
    for (CourseProgress &course : rows)
        describe(course);
    std::stable_sort(rows.begin(), rows.end(), [](const CourseProgress &a, const CourseProgress &b) {
        return a.lastActivity > b.lastActivity;
    });

    if (rows == m_rows && completionDays == m_completionDays && totalTime == m_totalTime)
        return; // Sync reports often; the screen is only redrawn for a real change
    beginResetModel();
    m_rows = rows;
    endResetModel();
    m_completionDays = completionDays;
    m_lessonsCompleted = static_cast<int>(completionDays.size());
    m_totalTime = totalTime;
    emit summaryChanged();
}

void ProgressModel::describe(CourseProgress &course) {
    if (!m_repository)
        return;
    const std::optional<CourseDetail> detail = m_repository->cachedCourse(course.courseId);
    if (!detail) {
        // Progress pulled from another device can name a course this one has never opened.
        if (!m_asked.contains(course.courseId)) {
            m_asked.insert(course.courseId);
            m_repository->fetchCourse(course.courseId, this, [this](const ApiError &error) {
                if (!error.isError())
                    reload();
            });
        }
        return;
    }
    course.title = detail->course.title;
    course.color = detail->course.color;
    course.lessonCount =
        detail->lessons.isEmpty() ? detail->course.lessonCount : static_cast<int>(detail->lessons.size());
}
