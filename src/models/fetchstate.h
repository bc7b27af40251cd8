#pragma once

#include "apierror.h"

#include <QObject>
#include <functional>

// The one way a view-model holds its loading and error state: whether a refresh from the server is
// running, the last error in the learner's language (a refresh's, or a refused edit's), and which
// answer is current — the answer to a superseded request (another course, another language, another
// query) is dropped. Models relay its loadingChanged/errorChanged as their own properties.
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
    // A fetch is about to start (a debounced reload): show loading at once, and drop any running
    // fetch's answer, which no longer fits what is asked.
    void expect();
    // An error that is not a fetch's (an edit refused before it was stored), or none.
    void setError(const QString &error);

signals:
    void loadingChanged();
    void errorChanged();

private:
    void setLoading(bool loading);

    bool m_loading = false;
    QString m_error;
    quint64 m_generation = 0;
};
