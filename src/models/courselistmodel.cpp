#include "courselistmodel.h"

#include "fieldrules.h"

#include "languagenote.h"
#include "repositorybinding.h"

#include <QColor>

CourseListModel::CourseListModel(QObject *parent)
    : QAbstractListModel(parent) {
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CourseListModel::reload);
    connect(&m_fetch, &FetchState::loadingChanged, this, &CourseListModel::loadingChanged);
    connect(&m_fetch, &FetchState::errorChanged, this, &CourseListModel::errorChanged);
}

int CourseListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CourseListModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const CourseSummary &c = m_rows.at(index.row());
    switch (role) {
    case CourseIdRole:
        return c.id;
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case SummaryRole:
        return c.summary;
    case CategoryRole:
        return c.category;
    case ColorRole:
        return QColor::fromString(c.color);
    case IconRole:
        return c.icon;
    case LessonCountRole:
        return c.lessonCount;
    case DurationMinutesRole:
        return c.durationMinutes;
    case LanguageRole:
        return c.language;
    case LanguageNoteRole:
        return m_repository ? LanguageNote::forCard(m_repository->language(), c.language, c.otherLanguage)
                            : QString();
    }
    return {};
}

QHash<int, QByteArray> CourseListModel::roleNames() const {
    return {{CourseIdRole, "courseId"},
            {TitleRole, "title"},
            {SummaryRole, "summary"},
            {CategoryRole, "category"},
            {ColorRole, "color"},
            {IconRole, "icon"},
            {LessonCountRole, "lessonCount"},
            {DurationMinutesRole, "durationMinutes"},
            {LanguageRole, "language"},
            {LanguageNoteRole, "languageNote"}};
}

void CourseListModel::setRepository(CourseRepository *repository) {
    bindRepository(this, m_repository, repository, &CourseListModel::scheduleReload);
}

void CourseListModel::setSearch(const QString &text) {
    // The server refuses a longer search; the field already stops there, this keeps any other caller to it.
    const QString search = tpn::firstCharacters(text, tpn::MaximumSearchLength);
    if (search == m_query.search)
        return;
    m_query.search = search;
    emit searchChanged();
    scheduleReload();
}

void CourseListModel::setCategory(const QString &category) {
    if (category == m_query.category)
        return;
    m_query.category = category;
    emit categoryChanged();
    scheduleReload();
}

void CourseListModel::scheduleReload() {
    // Rows on screen no longer answer the query: say so at once, even before the reload runs.
    if (m_repository)
        m_fetch.expect();
    m_reloadTimer.start();
}

void CourseListModel::reload() {
    if (!m_repository)
        return;
    m_serverPages = 0;
    m_serverHasMore = false;
    m_fetch.setError({});
    showCached(kPageSize); // what was seen before shows at once, even offline
    fetchPage(1);
}

void CourseListModel::refresh() {
    if (m_repository && !m_fetch.loading())
        fetchPage(1);
}

void CourseListModel::fetchPage(int page) {
    auto hasMore = std::make_shared<bool>(false);
    m_fetch.run(
        [this, page, hasMore](QObject *context, const FetchState::Done &done) {
            m_repository->fetchCourses(m_query, page, kPageSize, context,
                                       [done, hasMore](const CourseRepository::PageResult &result) {
                                           *hasMore = result.hasMore;
                                           done(result.error);
                                       });
        },
        [this, page, hasMore] {
            m_serverPages = page;
            m_serverHasMore = *hasMore;
            showCached(std::max(count(), page * kPageSize));
        });
}

bool CourseListModel::canFetchMore(const QModelIndex &parent) const {
    if (parent.isValid() || !m_repository || m_fetch.loading())
        return false;
    return count() < m_cachedCount || (m_serverHasMore && !m_repository->offline());
}

void CourseListModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    // Online, the next page comes from the server (and lands in the cache); offline, it is simply
    // more of what the cache already holds.
    if (m_serverHasMore && !m_repository->offline())
        fetchPage(m_serverPages + 1);
    else
        showCached(count() + kPageSize);
}

void CourseListModel::showCached(int limit) {
    m_cachedCount = m_repository->cachedCourseCount(m_query);
    setRows(m_repository->cachedCourses(m_query, limit));
}

void CourseListModel::setRows(QList<CourseSummary> rows) {
    const qsizetype shared = std::min(rows.size(), m_rows.size());
    bool samePrefix = true;
    for (qsizetype i = 0; i < shared && samePrefix; ++i)
        samePrefix = rows.at(i).id == m_rows.at(i).id;
    const int oldCount = count();

    if (!samePrefix) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    } else {
        // Same courses in the same order: update in place and grow or shrink at the end, so the
        // list keeps its scroll position while fresher data arrives.
        if (rows.size() < m_rows.size()) {
            beginRemoveRows({}, static_cast<int>(rows.size()), oldCount - 1);
            m_rows.resize(rows.size());
            endRemoveRows();
        }
        for (qsizetype i = 0; i < shared; ++i)
            m_rows[i] = rows.at(i);
        if (shared > 0)
            emit dataChanged(index(0), index(static_cast<int>(shared) - 1));
        if (rows.size() > shared) {
            beginInsertRows({}, static_cast<int>(shared), static_cast<int>(rows.size()) - 1);
            m_rows.append(rows.mid(shared));
            endInsertRows();
        }
    }
    if (count() != oldCount)
        emit countChanged();
}
