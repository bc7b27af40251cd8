#pragma once

#include "syncstatus.h"

#include <QPointer>

// Points a view-model of the learner's own data at `Sync`: drops the previous one's connection,
// reloads on `when` (by default whenever the learner or their data changes, not on every progress
// step of a sync), then announces the change and reloads once.
// Returns false when `next` is already the current source.
template <typename Model>
bool bindSyncSource(Model *model, QPointer<SyncStatus> &current, SyncStatus *next, void (Model::*reload)(),
                    void (SyncStatus::*when)() = &SyncStatus::dataChanged) {
    if (next == current)
        return false;
    if (current)
        current->disconnect(model);
    current = next;
    if (current)
        QObject::connect(current, when, model, reload);
    emit model->sourceChanged();
    (model->*reload)();
    return true;
}
