#include "fetchstate.h"

#include "errortext.h"

FetchState::FetchState(QObject *parent)
    : QObject(parent) {}

void FetchState::setLoading(bool loading) {
    if (loading != m_loading) {
        m_loading = loading;
        emit loadingChanged();
    }
}

void FetchState::run(const Fetch &fetch, const std::function<void()> &onSuccess) {
    setLoading(true);
    const quint64 generation = ++m_generation;
    fetch(this, [this, generation, onSuccess](const ApiError &error) {
        if (generation != m_generation)
            return;
        setLoading(false);
        setError(errorText(error));
        if (!error.isError())
            onSuccess();
    });
}

void FetchState::expect() {
    ++m_generation;
    setLoading(true);
}

void FetchState::setError(const QString &error) {
    if (error != m_error) {
        m_error = error;
        emit errorChanged();
    }
}
