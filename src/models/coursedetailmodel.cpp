#include "coursedetailmodel.h"

#include "contentimage.h"
#include "languagenote.h"
#include "repositorybinding.h"

CourseDetailModel::CourseDetailModel(QObject *parent)
    : QAbstractListModel(parent) {
    connect(&m_fetch, &FetchState::loadingChanged, this, &CourseDetailModel::loadingChanged);
    connect(&m_fetch, &FetchState::errorChanged, this, &CourseDetailModel::errorChanged);
}

int CourseDetailModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_detail ? 0 : static_cast<int>(m_detail->lessons.size());
}

int CourseDetailModel::lessonCount() const {
    if (!m_detail)
        return 0;
    // Only listed so far: the catalog's count stands in for the lessons not saved yet.
    return m_detail->summaryOnly ? m_detail->course.lessonCount : static_cast<int>(m_detail->lessons.size());
}

QString CourseDetailModel::languageNote() const {
    if (!m_detail || !m_repository)
        return {};
    return LanguageNote::forPage(m_repository->language(), m_detail->course.language,
                                 m_detail->course.otherLanguage);
}

QVariant CourseDetailModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const LessonSummary &l = m_detail->lessons.at(index.row());
    switch (role) {
    case LessonIdRole:
        return l.id;
    case PositionRole:
        return l.position;
    case Qt::DisplayRole:
    case TitleRole:
        return l.title;
    case SummaryRole:
        return l.summary;
    case DurationMinutesRole:
        return l.durationMinutes;
    }
    return {};
}

QHash<int, QByteArray> CourseDetailModel::roleNames() const {
    return {{LessonIdRole, "lessonId"},
            {PositionRole, "position"},
            {TitleRole, "title"},
            {SummaryRole, "summary"},
            {DurationMinutesRole, "durationMinutes"}};
}

QUrl CourseDetailModel::imageSource() const {
    return m_detail ? contentImageUrl(m_detail->course.image) : QUrl();
}

void CourseDetailModel::setRepository(CourseRepository *repository) {
    bindRepository(this, m_repository, repository, &CourseDetailModel::reload);
}

void CourseDetailModel::setCourseId(const QString &courseId) {
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    emit courseIdChanged();
    reload();
}

void CourseDetailModel::reload() {
    if (!m_repository || m_courseId.isEmpty())
        return;
    showCached();
    refresh();
}

void CourseDetailModel::refresh() {
    if (!m_repository || m_courseId.isEmpty())
        return;
    m_fetch.run([this](QObject *context,
                       FetchState::Done done) { m_repository->fetchCourse(m_courseId, context, done); },
                [this] { showCached(); });
}

void CourseDetailModel::showCached() {
    beginResetModel();
    m_detail = m_repository->cachedCourse(m_courseId);
    endResetModel();
    emit courseChanged();
}
