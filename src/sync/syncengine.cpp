#include "syncengine.h"

#include "authservice.h"
#include "localstore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "tpn.sync")

namespace {

// A 4xx other than 408 (timeout) or 429 (slow down) means the request itself is wrong: sending it
// again cannot help. (401 never gets here: the auth service refreshes or ends the session.)
bool isFinal(const ApiError &error) {
    return error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 408 &&
           error.httpStatus != 429 && error.httpStatus != 401;
}

ApiError malformed(const QString &detail) {
    return {ApiError::Kind::Malformed, 200, QStringLiteral("invalid_sync_answer"), detail};
}

} // namespace

SyncEngine::SyncEngine(AuthService &auth, LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_store(store) {}

void SyncEngine::start() {
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    m_clock.start();
    m_toPush = m_store.pendingCount();
    emit progress(0, m_toPush, 0);
    pushNext();
}

void SyncEngine::pushNext() {
    const QList<Mutation> batch = m_store.takeBatch(kMaxBatch, kMaxBatchBytes);
    if (batch.isEmpty()) {
        pullNext();
        return;
    }
    QJsonArray mutations;
    QStringList ids;
    for (const Mutation &m : batch) {
        mutations.append(m.toJson());
        ids.append(m.mutationId);
    }
    const QJsonObject body{{QStringLiteral("client_id"), m_store.clientId()},
                           {QStringLiteral("mutations"), mutations}};
    m_auth.send(
        {"POST", QStringLiteral("/mobile-api/sync/push"), {}, body, {}, std::chrono::seconds(30)}, this,
        [this, ids](const ApiResult &result) {
            if (!result.ok()) {
                if (isFinal(result.error)) {
                    qCWarning(lcSync) << "push refused:" << result.error.code;
                    m_store.reject(ids, result.error.code);
                    pushNext();
                } else {
                    finish(result.error);
                }
                return;
            }
            QString problem;
            const auto results = SyncJson::pushResults(result.envelope.data, &problem);
            if (!results) {
                finish(malformed(problem));
                return;
            }
            if (!m_store.settle(*results)) {
                finish({ApiError::Kind::Malformed, 0, QStringLiteral("store_failed"), m_store.errorString()});
                return;
            }
            m_result.pushed += static_cast<int>(results->size());
            emit progress(m_result.pushed, m_toPush, m_result.pulled);
            pushNext();
        });
}

void SyncEngine::pullNext() {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), QString::number(m_store.cursor()));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPullPage));
    m_auth.send(
        {"GET", QStringLiteral("/mobile-api/sync/pull"), query, std::nullopt, {}, std::chrono::seconds(30)},
        this, [this](const ApiResult &result) {
            if (!result.ok()) {
                finish(result.error);
                return;
            }
            QString problem;
            const auto page = SyncJson::pullPage(result.envelope.data, &problem);
            if (!page) {
                finish(malformed(problem));
                return;
            }
            if (!m_store.applyPull(*page)) {
                finish({ApiError::Kind::Malformed, 0, QStringLiteral("store_failed"), m_store.errorString()});
                return;
            }
            m_result.pulled += static_cast<int>(page->changes.size());
            emit progress(m_result.pushed, m_toPush, m_result.pulled);
            if (page->hasMore)
                pullNext();
            else
                finish({});
        });
}

void SyncEngine::finish(const ApiError &error) {
    m_result.error = error;
    m_result.elapsedMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_running = false;
    if (error.isError())
        qCInfo(lcSync) << "sync stopped:" << error.code << "after" << m_result.pushed << "pushed,"
                       << m_result.pulled << "pulled";
    emit finished(m_result);
}
