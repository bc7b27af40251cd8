#pragma once

#include "downloadcenter.h"

#include <QPointer>

// Points a view-model at the Downloads service: drops the previous one's connection, follows every
// move of any download (`revisionChanged`), announces the change and reads once.
template <typename Model>
void bindDownloads(Model *model, QPointer<DownloadCenter> &current, DownloadCenter *next,
                   void (Model::*reload)()) {
    if (current == next)
        return;
    if (current)
        current->disconnect(model);
    current = next;
    if (current)
        QObject::connect(current, &DownloadCenter::revisionChanged, model, reload);
    emit model->downloadsChanged();
    (model->*reload)();
}
