// The auth service's refresh logic against a scripted server, to inject what the real server
// cannot produce on demand: access tokens that die mid-flight, refreshes that fail this way or
// that. Tokens are still kept in the real keychain.
#include "accountstore.h"
#include "apiclient.h"
#include "authservice.h"
#include "keychain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

ApiResult envelope(int status, const QJsonObject &body) {
    QJsonObject root = body;
    return parseEnvelope(QJsonDocument(root).toJson(), status);
}

ApiResult failure(int status, const QString &code) {
    return envelope(status, {{"success", false}, {"error", QJsonObject{{"code", code}, {"message", code}}}});
}

// Answers like the reference server would, from a script the test controls.
class ScriptedApi : public ApiClient {
public:
    ScriptedApi(QNetworkAccessManager &nam)
        : ApiClient(nam, QUrl(QStringLiteral("https://example.invalid")), {}) {}

    QByteArray validAccess = "access-1";
    int generation = 1;
    enum class RefreshAnswer { Rotate, Refuse, Offline } refreshAnswer = RefreshAnswer::Rotate;
    int refreshCalls = 0;
    int profileCalls = 0;

    void transmit(const ApiRequest &request, QObject *context, Callback done) override {
        ApiResult result;
        if (request.path.endsWith(u"/auth/login")) {
            result = tokens();
        } else if (request.path.endsWith(u"/auth/refresh")) {
            ++refreshCalls;
            if (refreshAnswer == RefreshAnswer::Rotate) {
                ++generation;
                validAccess = "access-" + QByteArray::number(generation);
                result = tokens();
            } else if (refreshAnswer == RefreshAnswer::Refuse) {
                result = failure(401, QStringLiteral("refresh_reused"));
            } else {
                result.error = {ApiError::Kind::Offline, 0, QStringLiteral("network"), {}};
            }
        } else if (request.path.endsWith(u"/auth/logout")) {
            result = envelope(200, {{"success", true}, {"data", QJsonObject{{"revoked", true}}}});
        } else {
            ++profileCalls;
            result = request.bearerToken == validAccess ? envelope(200, {{"success", true}, {"data", user()}})
                                                        : failure(401, QStringLiteral("token_expired"));
        }
        // Answer later, as a network would, so concurrent calls really overlap.
        QTimer::singleShot(20, context, [done, result] { done(result); });
    }

private:
    static QJsonObject user() {
        return {{"id", "0b3c7c1e-1111-4222-8333-444455556666"},
                {"email", "demo@tekpounou.ht"},
                {"displayName", "Demo"},
                {"language", "ht"}};
    }
    ApiResult tokens() const {
        return envelope(200,
                        {{"success", true},
                         {"data", QJsonObject{{"access_token", QString::fromLatin1(validAccess)},
                                              {"refresh_token", QStringLiteral("refresh-%1").arg(generation)},
                                              {"expires_in", 900},
                                              {"user", user()}}}});
    }
};

} // namespace

class TestAuthService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void concurrent401sShareOneRefresh();
    void refusedRefreshEndsTheSessionOnce();
    void offlineRefreshKeepsTheSession();

private:
    void signIn();
    QList<ApiResult> sendProfiles(int count);

    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedApi> m_api;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<AuthService> m_auth;
};

void TestAuthService::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_api = std::make_unique<ScriptedApi>(m_nam);
    m_keychain = std::make_unique<Keychain>(QStringLiteral("tekpounou-test"));
    m_accounts = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_auth = std::make_unique<AuthService>(*m_api, *m_keychain, *m_accounts);
    signIn();
}

void TestAuthService::cleanup() {
    if (m_auth->signedIn())
        m_auth->signOutAndErase();
    QTest::qWait(200);
    m_auth.reset();
}

void TestAuthService::signIn() {
    m_auth->signIn(QStringLiteral("demo@tekpounou.ht"), QStringLiteral("lekol-2026"));
    QTRY_VERIFY_WITH_TIMEOUT(m_auth->signedIn(), 10000);
}

QList<ApiResult> TestAuthService::sendProfiles(int count) {
    QList<ApiResult> results;
    for (int i = 0; i < count; ++i)
        m_auth->send({"GET",
                      QStringLiteral("/mobile-api/user/profile"),
                      {},
                      std::nullopt,
                      {},
                      std::chrono::seconds(5)},
                     this, [&results](const ApiResult &r) { results.append(r); });
    (void)QTest::qWaitFor([&] { return results.size() == count; }, 10000);
    return results;
}

void TestAuthService::concurrent401sShareOneRefresh() {
    m_api->validAccess = "revoked-on-the-server"; // every call with the current token now gets 401
    QSignalSpy refreshes(m_auth.get(), &AuthService::refreshStarted);
    const QList<ApiResult> results = sendProfiles(5);
    QCOMPARE(results.size(), 5);
    // Rotate makes a fresh valid token; everyone retries once with it.
    for (const ApiResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.code));
    QCOMPARE(m_api->refreshCalls, 1);
    QCOMPARE(refreshes.count(), 1);
    QCOMPARE(m_api->profileCalls, 10); // five 401s, five retries
    QVERIFY(m_auth->signedIn());
}

void TestAuthService::refusedRefreshEndsTheSessionOnce() {
    m_api->validAccess = "revoked-on-the-server";
    m_api->refreshAnswer = ScriptedApi::RefreshAnswer::Refuse;
    QSignalSpy signedOut(m_auth.get(), &AuthService::signedOutOf);
    const QList<ApiResult> results = sendProfiles(4);
    QCOMPARE(results.size(), 4);
    for (const ApiResult &r : results)
        QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(m_api->refreshCalls, 1);
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(signedOut.first().at(1).toBool(), false); // not erased: queued work stays
    QVERIFY(!m_auth->signedIn());
    QVERIFY(!m_auth->notice().isEmpty());
    QCOMPARE(m_auth->lastEmail(), QStringLiteral("demo@tekpounou.ht"));
}

void TestAuthService::offlineRefreshKeepsTheSession() {
    m_api->validAccess = "revoked-on-the-server";
    m_api->refreshAnswer = ScriptedApi::RefreshAnswer::Offline;
    const QList<ApiResult> results = sendProfiles(3);
    QCOMPARE(results.size(), 3);
    QCOMPARE(m_api->refreshCalls, 1);
    QVERIFY(m_auth->signedIn()); // offline is not a reason to sign anyone out

    m_api->refreshAnswer = ScriptedApi::RefreshAnswer::Rotate; // back online
    for (const ApiResult &r : sendProfiles(2))
        QVERIFY(r.ok());
    QCOMPARE(m_api->refreshCalls, 2);
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
