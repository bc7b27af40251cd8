#pragma once

#include "courserepository.h"

#include <QPointer>

// Points a view-model at a repository: drops the previous one's connections, reloads whenever the
// repository's content is reset (language, learner), forwards `offlineChanged` for models that
// show the offline banner, then announces the change and reloads once. Returns false when
// `next` is already the current repository.
template <typename Model>
bool bindRepository(Model *model, QPointer<CourseRepository> &current, CourseRepository *next,
                    void (Model::*reload)()) {
    if (next == current)
        return false;
    if (current)
        current->disconnect(model);
    current = next;
    constexpr bool showsOffline = requires {
        &Model::offlineChanged;
    };
    if (current) {
        QObject::connect(current, &CourseRepository::contentReset, model, reload);
        if constexpr (showsOffline)
            QObject::connect(current, &CourseRepository::offlineChanged, model, &Model::offlineChanged);
    }
    emit model->repositoryChanged();
    if constexpr (showsOffline)
        emit model->offlineChanged();
    (model->*reload)();
    return true;
}
