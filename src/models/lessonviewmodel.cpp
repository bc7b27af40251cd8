#include "lessonviewmodel.h"

#include "languagenote.h"
#include "repositorybinding.h"

LessonViewModel::LessonViewModel(QObject *parent)
    : QObject(parent) {
    connect(&m_fetch, &FetchState::loadingChanged, this, &LessonViewModel::loadingChanged);
    connect(&m_fetch, &FetchState::errorChanged, this, &LessonViewModel::errorChanged);
}

void LessonViewModel::setRepository(CourseRepository *repository) {
    bindRepository(this, m_repository, repository, &LessonViewModel::reload);
}

void LessonViewModel::setCourseId(const QString &courseId) {
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    emit courseIdChanged();
    reload();
}

void LessonViewModel::setLessonId(const QString &lessonId) {
    if (lessonId == m_lessonId)
        return;
    m_lessonId = lessonId;
    emit lessonIdChanged();
    reload();
}

void LessonViewModel::reload() {
    if (!m_repository || m_courseId.isEmpty() || m_lessonId.isEmpty())
        return;
    showCached();
    refresh();
}

void LessonViewModel::refresh() {
    if (!m_repository || m_courseId.isEmpty() || m_lessonId.isEmpty())
        return;
    m_fetch.run(
        [this](QObject *context, FetchState::Done done) {
            m_repository->fetchLesson(m_courseId, m_lessonId, context, done);
        },
        [this] { showCached(); });
}

QString LessonViewModel::languageNote() const {
    if (!m_lesson || !m_repository)
        return {};
    return LanguageNote::forPage(m_repository->language(), m_lesson->language, m_lesson->otherLanguage);
}

void LessonViewModel::showCached() {
    m_lesson = m_repository->cachedLesson(m_courseId, m_lessonId);
    emit lessonChanged();
}
