#pragma once

#include "apierror.h"

#include <QElapsedTimer>
#include <QObject>

class AuthService;
class LocalStore;

// One sync: push every queued edit in batches (at most 100 mutations or 256 KiB each), then pull
// the server's changes page by page. Any failure stops the run where it is; because the outbox,
// its mutation ids and the pull cursor are durable, the next run converges to the same state.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 100;
    static constexpr qint64 kMaxBatchBytes = 256 * 1024;
    static constexpr int kPullPage = 200;

    struct Result {
        ApiError error; // none when the run completed
        int pushed = 0;
        int pulled = 0;
        double elapsedMs = 0; // the whole run, for timings
    };

    SyncEngine(AuthService &auth, LocalStore &store, QObject *parent = nullptr);

    bool running() const { return m_running; }
    // Starts a run; a call while running is ignored (the running one will finish).
    void start();

signals:
    void progress(int pushed, int toPush, int pulled);
    void finished(const SyncEngine::Result &result);

private:
    void pushNext();
    void pullNext();
    void finish(const ApiError &error);

    AuthService &m_auth;
    LocalStore &m_store;
    bool m_running = false;
    int m_toPush = 0;
    Result m_result;
    QElapsedTimer m_clock;
};
