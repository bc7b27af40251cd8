#pragma once

#include "catalogtypes.h"
#include "courserepository.h"
#include "fetchstate.h"

#include <QAbstractListModel>
#include <QColor>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

// One course for its detail page: its description as properties and its lessons as rows. Offline
// it shows the version the device has: perhaps in another language (`languageNote` says so), perhaps
// only the course as the catalog listed it (`lessonsKnown` false: no description, no lesson rows).
class CourseDetailModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CourseRepository *repository READ repository WRITE setRepository NOTIFY repositoryChanged)
    Q_PROPERTY(QString courseId READ courseId WRITE setCourseId NOTIFY courseIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY courseChanged)
    Q_PROPERTY(QString title READ title NOTIFY courseChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY courseChanged)
    Q_PROPERTY(QString description READ description NOTIFY courseChanged)
    Q_PROPERTY(QString icon READ icon NOTIFY courseChanged)
    Q_PROPERTY(QString category READ category NOTIFY courseChanged)
    Q_PROPERTY(QColor color READ color NOTIFY courseChanged)
    Q_PROPERTY(int lessonCount READ lessonCount NOTIFY courseChanged)
    Q_PROPERTY(int durationMinutes READ durationMinutes NOTIFY courseChanged)
    Q_PROPERTY(bool lessonsKnown READ lessonsKnown NOTIFY courseChanged)
    Q_PROPERTY(QString shownLanguage READ shownLanguage NOTIFY courseChanged)
    Q_PROPERTY(QString languageNote READ languageNote NOTIFY courseChanged)
    // The course picture, image://content/<sha256>; empty when the course has none.
    Q_PROPERTY(QUrl imageSource READ imageSource NOTIFY courseChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY offlineChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role { LessonIdRole = Qt::UserRole + 1, PositionRole, TitleRole, SummaryRole, DurationMinutesRole };
    Q_ENUM(Role)

    explicit CourseDetailModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    CourseRepository *repository() const { return m_repository; }
    void setRepository(CourseRepository *repository);
    QString courseId() const { return m_courseId; }
    void setCourseId(const QString &courseId);

    bool found() const { return m_detail.has_value(); }
    QString title() const { return m_detail ? m_detail->course.title : QString(); }
    QString summary() const { return m_detail ? m_detail->course.summary : QString(); }
    QString description() const { return m_detail ? m_detail->description : QString(); }
    QString icon() const { return m_detail ? m_detail->course.icon : QString(); }
    QString category() const { return m_detail ? m_detail->course.category : QString(); }
    QColor color() const { return m_detail ? QColor::fromString(m_detail->course.color) : QColor(); }
    int lessonCount() const;
    int durationMinutes() const { return m_detail ? m_detail->course.durationMinutes : 0; }
    bool lessonsKnown() const { return m_detail && !m_detail->summaryOnly; }
    // The language of what is shown ("ht", "fr", "en"), and why it is not the one asked for.
    QString shownLanguage() const { return m_detail ? m_detail->course.language : QString(); }
    QString languageNote() const;
    QUrl imageSource() const;
    bool loading() const { return m_fetch.loading(); }
    bool offline() const { return m_repository && m_repository->offline(); }
    QString error() const { return m_fetch.error(); }

    Q_INVOKABLE void refresh();

signals:
    void repositoryChanged();
    void courseIdChanged();
    void courseChanged();
    void loadingChanged();
    void offlineChanged();
    void errorChanged();

private:
    void reload();
    void showCached();

    QPointer<CourseRepository> m_repository;
    QString m_courseId;
    std::optional<CourseDetail> m_detail;
    FetchState m_fetch;
};
