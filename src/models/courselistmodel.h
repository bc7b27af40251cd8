#pragma once

#include "catalogtypes.h"
#include "courserepository.h"
#include "fetchstate.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

// The course catalog as the Courses screen shows it: the cache's rows for the current search and
// category at once, refreshed from the server page by page as the learner scrolls. Every course
// the device has seen is listed, in the language asked for where it has it, else in another.
class CourseListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CourseRepository *repository READ repository WRITE setRepository NOTIFY repositoryChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY offlineChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CourseIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        CategoryRole,
        ColorRole,
        IconRole,
        LessonCountRole,
        DurationMinutesRole,
        LanguageRole,
        LanguageNoteRole, // offline, a course saved only in another language says which it is shown in
    };
    Q_ENUM(Role)
    static constexpr int kPageSize = 20;

    explicit CourseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    CourseRepository *repository() const { return m_repository; }
    void setRepository(CourseRepository *repository);
    QString search() const { return m_query.search; }
    void setSearch(const QString &search);
    QString category() const { return m_query.category; }
    void setCategory(const QString &category);
    bool loading() const { return m_fetch.loading(); }
    QString error() const { return m_fetch.error(); }
    bool offline() const { return m_repository && m_repository->offline(); }
    int count() const { return static_cast<int>(m_rows.size()); }

    // Asks the server again for everything shown so far.
    Q_INVOKABLE void refresh();

signals:
    void repositoryChanged();
    void searchChanged();
    void categoryChanged();
    void loadingChanged();
    void errorChanged();
    void offlineChanged();
    void countChanged();

private:
    void scheduleReload();
    void reload();
    void fetchPage(int page);
    void showCached(int limit);
    void setRows(QList<CourseSummary> rows);

    QPointer<CourseRepository> m_repository;
    CourseQuery m_query;
    QList<CourseSummary> m_rows;
    int m_cachedCount = 0;
    int m_serverPages = 0; // pages of this query fetched from the server so far
    bool m_serverHasMore = false;
    FetchState m_fetch;   // answers for an older query or language are dropped
    QTimer m_reloadTimer; // coalesces property changes made together into one reload
};
