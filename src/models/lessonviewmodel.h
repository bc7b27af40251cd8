#pragma once

#include "catalogtypes.h"
#include "courserepository.h"
#include "fetchstate.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

// One lesson for the lesson page: cached text at once, then the server's fresher copy. Offline, in
// a language the device lacks, the version it has, and `languageNote` says so.
class LessonViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CourseRepository *repository READ repository WRITE setRepository NOTIFY repositoryChanged)
    Q_PROPERTY(QString courseId READ courseId WRITE setCourseId NOTIFY courseIdChanged)
    Q_PROPERTY(QString lessonId READ lessonId WRITE setLessonId NOTIFY lessonIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY lessonChanged)
    Q_PROPERTY(QString title READ title NOTIFY lessonChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY lessonChanged)
    Q_PROPERTY(QString body READ body NOTIFY lessonChanged)
    Q_PROPERTY(int position READ position NOTIFY lessonChanged)
    Q_PROPERTY(int durationMinutes READ durationMinutes NOTIFY lessonChanged)
    Q_PROPERTY(QString shownLanguage READ shownLanguage NOTIFY lessonChanged)
    Q_PROPERTY(QString languageNote READ languageNote NOTIFY lessonChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY offlineChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit LessonViewModel(QObject *parent = nullptr);

    CourseRepository *repository() const { return m_repository; }
    void setRepository(CourseRepository *repository);
    QString courseId() const { return m_courseId; }
    void setCourseId(const QString &courseId);
    QString lessonId() const { return m_lessonId; }
    void setLessonId(const QString &lessonId);

    bool found() const { return m_lesson.has_value(); }
    QString title() const { return m_lesson ? m_lesson->title : QString(); }
    QString summary() const { return m_lesson ? m_lesson->summary : QString(); }
    QString body() const { return m_lesson ? m_lesson->body : QString(); }
    int position() const { return m_lesson ? m_lesson->position : 0; }
    int durationMinutes() const { return m_lesson ? m_lesson->durationMinutes : 0; }
    // The language of the text shown ("ht", "fr", "en"), and why it is not the one asked for.
    QString shownLanguage() const { return m_lesson ? m_lesson->language : QString(); }
    QString languageNote() const;
    bool loading() const { return m_fetch.loading(); }
    bool offline() const { return m_repository && m_repository->offline(); }
    QString error() const { return m_fetch.error(); }

    Q_INVOKABLE void refresh();

signals:
    void repositoryChanged();
    void courseIdChanged();
    void lessonIdChanged();
    void lessonChanged();
    void loadingChanged();
    void offlineChanged();
    void errorChanged();

private:
    void reload();
    void showCached();

    QPointer<CourseRepository> m_repository;
    QString m_courseId;
    QString m_lessonId;
    std::optional<Lesson> m_lesson;
    FetchState m_fetch;
};
