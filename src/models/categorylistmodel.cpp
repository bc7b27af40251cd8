#include "categorylistmodel.h"

#include "repositorybinding.h"

#include <QColor>

CategoryListModel::CategoryListModel(QObject *parent)
    : QAbstractListModel(parent) {
    connect(&m_fetch, &FetchState::loadingChanged, this, &CategoryListModel::loadingChanged);
    connect(&m_fetch, &FetchState::errorChanged, this, &CategoryListModel::errorChanged);
}

int CategoryListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Category &c = m_rows.at(index.row());
    switch (role) {
    case CategoryIdRole:
        return c.id;
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case ColorRole:
        return QColor::fromString(c.color);
    case IconRole:
        return c.icon;
    case CourseCountRole:
        return c.courseCount;
    }
    return {};
}

QHash<int, QByteArray> CategoryListModel::roleNames() const {
    return {{CategoryIdRole, "categoryId"},
            {NameRole, "name"},
            {ColorRole, "color"},
            {IconRole, "icon"},
            {CourseCountRole, "courseCount"}};
}

void CategoryListModel::setRepository(CourseRepository *repository) {
    bindRepository(this, m_repository, repository, &CategoryListModel::reload);
}

void CategoryListModel::reload() {
    if (!m_repository)
        return;
    showCached();
    m_fetch.run(
        [this](QObject *context, FetchState::Done done) { m_repository->fetchCategories(context, done); },
        [this] { showCached(); });
}

void CategoryListModel::showCached() {
    const int oldCount = count();
    beginResetModel();
    m_rows = m_repository->cachedCategories();
    endResetModel();
    if (count() != oldCount)
        emit countChanged();
}
