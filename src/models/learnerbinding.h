#pragma once

#include "learnerrepository.h"

#include <QPointer>

// Points a view-model of the learner's own data at `Learner`: drops the previous one's connection,
// reloads on `also` and whenever the learner or their data changes (not on every progress step of a
// sync), then announces the change and reloads once. Returns false when `next` is already the source.
template <typename Model>
bool bindLearnerSource(Model *model, QPointer<LearnerRepository> &current, LearnerRepository *next,
                       void (Model::*reload)(), void (LearnerRepository::*also)() = nullptr) {
    if (next == current)
        return false;
    if (current)
        current->disconnect(model);
    current = next;
    if (current)
        QObject::connect(current, &LearnerRepository::dataChanged, model, reload);
    if (current && also)
        QObject::connect(current, also, model, reload);
    emit model->sourceChanged();
    (model->*reload)();
    return true;
}
