#pragma once

#include "apierror.h"

#include <QObject>
#include <functional>

// A view-model's refreshes from the server: whether one is running, the last one's error in the
// learner's language, and which answer is current — the answer to a superseded request (another
// course, another language) is dropped.
class FetchState : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ApiError &)>;
    using Fetch = std::function<void(QObject *context, Done done)>;

    explicit FetchState(QObject *parent = nullptr);

    bool loading() const { return m_loading; }
    QString error() const { return m_error; }

    // Starts `fetch`; when its answer is the current one, records it and on success calls `onSuccess`.
    void run(const Fetch &fetch, const std::function<void()> &onSuccess);

signals:
    void loadingChanged();
    void errorChanged();

private:
    void setLoading(bool loading);

    bool m_loading = false;
    QString m_error;
    quint64 m_generation = 0;
};
