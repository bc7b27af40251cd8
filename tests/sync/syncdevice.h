#pragma once

// A learner's device for sync tests: the real client stack (auth on the real keychain, its own
// userdata.sqlite and data key) against the real server, behind a wrapper that can fail chosen
// sync exchanges.
#include "clientstack.h"
#include "learnersync.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace synctest {

inline constexpr int kTimeout = 30000;

// Fails the k-th sync exchange: before it is sent, or after the server handled it (answer lost).
class FaultyApi : public ApiClient {
public:
    using ApiClient::ApiClient;
    enum class Mode { None, Before, After } mode = Mode::None;
    int failAt = 0;
    int exchanges = 0;

    void transmit(const ApiRequest &request, QObject *context, Callback done) override {
        if (!request.path.startsWith(u"/mobile-api/sync/")) {
            ApiClient::transmit(request, context, std::move(done));
            return;
        }
        ++exchanges;
        const ApiResult lost{
            {ApiError::Kind::Offline, 0, QStringLiteral("network"), QStringLiteral("injected")}, {}};
        if (mode == Mode::Before && exchanges == failAt) {
            QTimer::singleShot(0, context, [done, lost] { done(lost); });
            return;
        }
        if (mode == Mode::After && exchanges == failAt) {
            ApiClient::transmit(request, context, [done, lost](const ApiResult &) { done(lost); });
            return;
        }
        ApiClient::transmit(request, context, std::move(done));
    }
};

// Runs one sync of `learner` to its end and returns how it ended.
inline SyncEngine::Result runSyncOf(LearnerSync &learner) {
    std::optional<SyncEngine::Result> result;
    QMetaObject::Connection c = QObject::connect(&learner.engine(), &SyncEngine::finished,
                                                 [&](const SyncEngine::Result &r) { result = r; });
    learner.engine().start();
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kTimeout);
    QObject::disconnect(c);
    return result.value_or(SyncEngine::Result{{ApiError::Kind::Timeout, 0, "test_timeout", {}}, 0, 0});
}

struct Device {
    Device(const TestServer &server, const QString &email, const QString &password)
        : client(
              server.baseUrl(), dir.path(), TestServer::caCertPath(),
              [](QNetworkAccessManager &network, const QUrl &url, const QSslConfiguration &tls) {
                  return std::make_unique<FaultyApi>(network, url, tls);
              },
              false) {
        client.auth.signIn(email, password);
        QTRY_VERIFY_WITH_TIMEOUT(client.auth.signedIn() || !client.auth.error().isEmpty(), kTimeout);
        restart();
    }
    // Drops the learner's sync machinery wherever it is (mid-request included) and opens it again
    // from the files on disk, as a crashed and restarted app would.
    void restart() {
        sync.reset();
        sync = std::make_unique<LearnerSync>(
            dir.path(), client.auth, client.auth.dataCipher(),
            SyncScheduler::Timing{std::chrono::hours(1), std::chrono::hours(1), std::chrono::hours(1),
                                  std::chrono::hours(1)});
        opened = sync->open();
    }
    static TlsTrust trustFor() { return TlsTrust::withExtraCa(TestServer::caCertPath()); }
    FaultyApi &faults() { return static_cast<FaultyApi &>(*client.api); }

    // Runs one sync to its end and returns how it ended.
    SyncEngine::Result runSync() { return runSyncOf(*sync); }
    QJsonObject fields(Entity e, const QString &id) {
        const auto r = sync->store().record(e, id);
        return r ? r->fields : QJsonObject();
    }

    QNetworkAccessManager network;
    QTemporaryDir dir;
    ClientStack client;
    std::unique_ptr<LearnerSync> sync;
    bool opened = false;
};

inline QString uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Registers a fresh learner so each test starts from an empty account.
inline QString registerLearner(const TestServer &server) {
    const QString email = QStringLiteral("learner-%1@example.ht").arg(uuid().left(8));
    QNetworkAccessManager nam;
    ApiClient api(nam, server.baseUrl(), TlsTrust::withExtraCa(TestServer::caCertPath()).configuration);
    std::optional<ApiResult> result;
    QObject context;
    api.send({"POST",
              QStringLiteral("/mobile-api/auth/register"),
              {},
              QJsonObject{
                  {"email", email}, {"password", "lekol-2026"}, {"displayName", "Elèv"}, {"language", "ht"}},
              {},
              std::chrono::seconds(15)},
             &context, [&](const ApiResult &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kTimeout);
    return result && result->ok() ? email : QString();
}

} // namespace synctest
