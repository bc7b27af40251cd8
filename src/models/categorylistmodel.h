#pragma once

#include "catalogtypes.h"
#include "courserepository.h"
#include "fetchstate.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

// The catalog's categories for the filter chips: cached first, then refreshed from the server.
class CategoryListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CourseRepository *repository READ repository WRITE setRepository NOTIFY repositoryChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { CategoryIdRole = Qt::UserRole + 1, NameRole, ColorRole, IconRole, CourseCountRole };
    Q_ENUM(Role)

    explicit CategoryListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    CourseRepository *repository() const { return m_repository; }
    void setRepository(CourseRepository *repository);
    bool loading() const { return m_fetch.loading(); }
    QString error() const { return m_fetch.error(); }
    int count() const { return static_cast<int>(m_rows.size()); }

signals:
    void repositoryChanged();
    void loadingChanged();
    void errorChanged();
    void countChanged();

private:
    void reload();
    void showCached();

    QPointer<CourseRepository> m_repository;
    QList<Category> m_rows;
    FetchState m_fetch;
};
