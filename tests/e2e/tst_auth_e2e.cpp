// Accounts end to end: the real reference server's auth endpoints over HTTPS, the real keychain
// (gnome-keyring on the test session's private bus), real per-learner files on disk.
#include "clientstack.h"
#include "datacipher.h"
#include "sessionstorage.h"
#include "testserver.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kTimeout = 20000;
const QString kDemoEmail = QStringLiteral("demo@tekpounou.ht");
const QString kAnaEmail = QStringLiteral("ana@tekpounou.ht");
const QString kPassword = QStringLiteral("lekol-2026");

QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message) {
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

std::optional<Tokens> tokensInKeychain(Keychain &keychain, const QString &userId) {
    std::optional<Keychain::Result> result;
    QObject context;
    keychain.read(QStringLiteral("account:") + userId, &context,
                  [&](const Keychain::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeout) ||
        result->status != Keychain::Status::Ok)
        return std::nullopt;
    return Tokens::fromSecret(result->data);
}

Keychain::Status keychainStatus(Keychain &keychain, const QString &entry) {
    std::optional<Keychain::Result> result;
    QObject context;
    keychain.read(entry, &context, [&](const Keychain::Result &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kTimeout);
    return result ? result->status : Keychain::Status::TimedOut;
}

ApiResult call(ClientStack &client, const QString &path) {
    std::optional<ApiResult> result;
    client.auth.send({"GET", path, {}, std::nullopt, {}, std::chrono::seconds(15)}, &client.courses(),
                     [&](const ApiResult &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kTimeout);
    return result.value_or(ApiResult{});
}

// Counts the calls that reach the network layer, so a test can show that nothing was sent.
class CountingApi : public ApiClient {
public:
    using ApiClient::ApiClient;
    int sent = 0;
    int answered = 0;

    void transmit(const ApiRequest &request, QObject *context, Callback done) override {
        ++sent;
        ApiClient::transmit(request, context, [this, done](const ApiResult &r) {
            ++answered;
            done(r);
        });
    }
};

// A client whose API calls are counted (the counter belongs to the stack).
struct CountedClient {
    CountedClient(const QUrl &url, const QString &dir)
        : stack(url, dir, TestServer::caCertPath(),
                [](QNetworkAccessManager &network, const QUrl &apiUrl, const QSslConfiguration &tls) {
                    return std::make_unique<CountingApi>(network, apiUrl, tls);
                })
        , api(static_cast<CountingApi *>(stack.api.get())) {}
    ClientStack stack;
    CountingApi *api;
};

void waitUntilSettled(ClientStack &client) {
    QTRY_VERIFY_WITH_TIMEOUT(client.auth.signedIn() || !client.auth.error().isEmpty(), kTimeout);
    QVERIFY2(client.auth.signedIn(), qPrintable(client.auth.error()));
}

void signIn(ClientStack &client, const QString &email) {
    client.auth.signIn(email, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(client.auth.signedIn() || !client.auth.error().isEmpty(), kTimeout);
    QVERIFY2(client.auth.signedIn(), qPrintable(client.auth.error()));
}

} // namespace

class TestAuthEndToEnd : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongPasswordIsExplainedAndNothingIsKept();
    void signInThenRestoreOfflineWithTheSameDataKey();
    void expiredAccessTokenIsRefreshedOnceForConcurrentCalls();
    void refusedRefreshEndsTheSessionButKeepsTheLearnersFiles();
    void noTokenReachesFilesOrLogs();
    void twoLearnersOnOneDevice();
    void signUpSignsIn();
    void signUpProblemsAreCaughtLocally_data();
    void signUpProblemsAreCaughtLocally();
    void resetProblemsAreCaughtLocally();
    void resetWithATeachersCode();
    void demoIsOfferedWhenTheServerHasIt();
    void demoIsNotOfferedWithoutIt();

private:
    QString newEmail() { return QStringLiteral("learner%1@lekol.ht").arg(++m_emailCount); }

    int m_emailCount = 0;
    TestServer m_server{{QStringLiteral("--demo"), QStringLiteral("--access-ttl"), QStringLiteral("2"),
                         QStringLiteral("--login-limit"), QStringLiteral("50")}};
};

void TestAuthEndToEnd::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "run inside packaging/headless-session.sh (private bus with gnome-keyring)");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestAuthEndToEnd::wrongPasswordIsExplainedAndNothingIsKept() {
    QTemporaryDir dir;
    ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    client.auth.signIn(kDemoEmail, QStringLiteral("not-the-password"));
    QTRY_VERIFY_WITH_TIMEOUT(!client.auth.error().isEmpty() && !client.auth.busy(), kTimeout);
    QVERIFY(!client.auth.signedIn());
    QVERIFY(!client.accounts.lastUser());
    client.auth.signIn(QString(), QString());
    QVERIFY(!client.auth.error().isEmpty());
}

void TestAuthEndToEnd::signInThenRestoreOfflineWithTheSameDataKey() {
    QTemporaryDir dir;
    QByteArray sealed;
    QString userId;
    {
        ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
        QSignalSpy signedInAs(&client.auth, &AuthService::signedInAs);
        signIn(client, kDemoEmail);
        QCOMPARE(client.auth.displayName(), QStringLiteral("Demo"));
        QCOMPARE(signedInAs.count(), 1);
        userId = client.auth.userId();
        QVERIFY(client.auth.keychainAvailable());
        QVERIFY(tokensInKeychain(client.keychain, userId));
        QVERIFY(client.auth.dataCipher());
        sealed = client.auth.dataCipher()->seal("Mwen te li leson 3 jodi a.", "journal:1");
    }
    // The app starts again with no network at all: the session and the data key come back.
    ClientStack offline(QUrl(QStringLiteral("https://127.0.0.1:1")), dir.path(), TestServer::caCertPath());
    offline.auth.restore();
    QTRY_VERIFY_WITH_TIMEOUT(offline.auth.signedIn(), kTimeout);
    QCOMPARE(offline.auth.userId(), userId);
    QCOMPARE(offline.auth.email(), kDemoEmail);
    QVERIFY(offline.auth.dataCipher());
    QCOMPARE(offline.auth.dataCipher()->open(sealed, "journal:1").value_or(QByteArray()),
             QByteArray("Mwen te li leson 3 jodi a."));
    offline.auth.signOutAndErase();
}

void TestAuthEndToEnd::expiredAccessTokenIsRefreshedOnceForConcurrentCalls() {
    QTemporaryDir dir;
    ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    signIn(client, kDemoEmail);
    const Tokens first = *tokensInKeychain(client.keychain, client.auth.userId());
    QTest::qWait(2500); // the server was started with --access-ttl 2

    QSignalSpy refreshes(&client.auth, &AuthService::refreshStarted);
    QList<ApiResult> results;
    for (int i = 0; i < 5; ++i)
        client.auth.send({"GET",
                          QStringLiteral("/mobile-api/user/profile"),
                          {},
                          std::nullopt,
                          {},
                          std::chrono::seconds(15)},
                         &client.courses(), [&](const ApiResult &r) { results.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, kTimeout);
    for (const ApiResult &r : std::as_const(results))
        QVERIFY2(r.ok(), qPrintable(r.error.code));
    QCOMPARE(refreshes.count(), 1);

    // The rotated tokens replaced the old ones in the keychain; the old refresh token is spent.
    QTRY_VERIFY_WITH_TIMEOUT(
        tokensInKeychain(client.keychain, client.auth.userId())->refresh != first.refresh, kTimeout);
    QVERIFY(client.auth.signedIn());
    client.auth.signOutAndErase();
}

void TestAuthEndToEnd::refusedRefreshEndsTheSessionButKeepsTheLearnersFiles() {
    QTemporaryDir dir;
    ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    SessionStorage storage(dir.path());
    QVERIFY(storage.openGuest());
    connect(&client.auth, &AuthService::signedInAs, &storage, &SessionStorage::openUser);
    connect(&client.auth, &AuthService::signedOutOf, &storage, &SessionStorage::closeUser);
    signIn(client, kDemoEmail);
    const QString userDir = SessionStorage::userDirectory(dir.path(), client.auth.userId());
    QCOMPARE(storage.currentDirectory(), userDir);

    // Someone replays the learner's refresh token after it was rotated: the server revokes the family.
    const Tokens stolen = *tokensInKeychain(client.keychain, client.auth.userId());
    QTest::qWait(2500);
    QVERIFY(call(client, QStringLiteral("/mobile-api/user/profile")).ok()); // rotates
    QTemporaryDir elsewhere;
    ClientStack thief(m_server.baseUrl(), elsewhere.path(), TestServer::caCertPath());
    std::optional<ApiResult> replay;
    thief.api->send({"POST",
                     QStringLiteral("/mobile-api/auth/refresh"),
                     {},
                     QJsonObject{{"refresh_token", QString::fromLatin1(stolen.refresh)}},
                     {},
                     std::chrono::seconds(15)},
                    &thief.courses(), [&](const ApiResult &r) { replay = r; });
    QTRY_VERIFY_WITH_TIMEOUT(replay.has_value(), kTimeout);
    QCOMPARE(replay->error.code, QStringLiteral("refresh_reused"));

    // The learner's next call needs a refresh, which is refused: back to signed out, with a notice.
    QTest::qWait(2500);
    const ApiResult r = call(client, QStringLiteral("/mobile-api/user/profile"));
    QVERIFY(!r.ok());
    QTRY_VERIFY_WITH_TIMEOUT(!client.auth.signedIn(), kTimeout);
    QVERIFY(!client.auth.notice().isEmpty());
    QCOMPARE(client.auth.lastEmail(), kDemoEmail);
    QVERIFY2(QFile::exists(userDir + QStringLiteral("/userdata.sqlite")),
             "the learner's files stay for their return");
    QCOMPARE(storage.currentDirectory(), SessionStorage::guestDirectory(dir.path()));
}

void TestAuthEndToEnd::noTokenReachesFilesOrLogs() {
    capturedLog.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("tpn.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QTemporaryDir dir;
    QSet<QByteArray> tokens;
    {
        ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
        signIn(client, kDemoEmail);
        const Tokens first = *tokensInKeychain(client.keychain, client.auth.userId());
        tokens << first.access << first.refresh;
        QTest::qWait(2500);
        QVERIFY(call(client, QStringLiteral("/mobile-api/user/profile")).ok()); // refresh
        const Tokens second = *tokensInKeychain(client.keychain, client.auth.userId());
        tokens << second.access << second.refresh;
        client.auth.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!client.auth.signedIn(), kTimeout);
        QTest::qWait(300); // let the logout and keychain removal finish
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(tokens.size(), 4);
    QVERIFY(!capturedLog.isEmpty()); // the logs were really captured

    QStringList places{dir.path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                       QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    int filesScanned = 0;
    for (const QString &place : places) {
        QDirIterator it(place, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++filesScanned;
            for (const QByteArray &token : std::as_const(tokens))
                QVERIFY2(!content.contains(token), qPrintable(file.fileName()));
        }
    }
    QVERIFY(filesScanned >= 2); // settings.ini and the cache at least
    const QByteArray log = capturedLog.join(u'\n').toUtf8();
    for (const QByteArray &token : std::as_const(tokens))
        QVERIFY2(!log.contains(token), "a token reached the log");
}

void TestAuthEndToEnd::twoLearnersOnOneDevice() {
    QTemporaryDir dir;
    ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    QVERIFY(client.opened);
    const SessionStorage &storage = client.storage; // the app's own: whose files are open

    signIn(client, kDemoEmail);
    const QString demoId = client.auth.userId();
    std::optional<CourseRepository::PageResult> page;
    client.courses().fetchCourses({}, 1, 20, &client.courses(), [&](const auto &r) { page = r; });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), kTimeout);
    QCOMPARE(client.courses().cachedCourseCount({}), 20);
    client.auth.signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!client.auth.signedIn(), kTimeout);

    signIn(client, kAnaEmail);
    const QString anaId = client.auth.userId();
    QVERIFY(anaId != demoId);
    QCOMPARE(client.auth.displayName(), QStringLiteral("Ana"));
    // The catalog is public: what anyone browsed on this device stays (docs/architecture.md).
    QCOMPARE(client.courses().cachedCourseCount({}), 20);
    QCOMPARE(storage.currentDirectory(), SessionStorage::userDirectory(dir.path(), anaId));

    const ApiResult profile = call(client, QStringLiteral("/mobile-api/user/profile"));
    QVERIFY(profile.ok());
    QCOMPARE(profile.envelope.data.toObject().value(u"email").toString(), kAnaEmail);

    // Ana erases her data from the device: her folder and keychain entries go; Demo's stay.
    client.auth.signOutAndErase();
    QTRY_VERIFY_WITH_TIMEOUT(!client.auth.signedIn(), kTimeout);
    QVERIFY(!QFile::exists(SessionStorage::userDirectory(dir.path(), anaId)));
    QVERIFY(QFile::exists(SessionStorage::userDirectory(dir.path(), demoId)));
    QTRY_COMPARE_WITH_TIMEOUT(keychainStatus(client.keychain, QStringLiteral("account:") + anaId),
                              Keychain::Status::NotFound, kTimeout);
    QCOMPARE(keychainStatus(client.keychain, QStringLiteral("datakey:") + anaId), Keychain::Status::NotFound);
}

void TestAuthEndToEnd::signUpSignsIn() {
    QTemporaryDir dir;
    ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
    QSignalSpy signedInAs(&client.auth, &AuthService::signedInAs);
    const QString email = newEmail();
    QCOMPARE(
        client.auth.signUpProblem(QStringLiteral(" Lena Pierre "), email, QStringLiteral("pen ak papye")),
        QString());
    client.auth.signUp(QStringLiteral(" Lena Pierre "), email.toUpper(), QStringLiteral("pen ak papye"),
                       QStringLiteral("fr"));
    waitUntilSettled(client);
    QCOMPARE(signedInAs.count(), 1);
    QCOMPARE(client.auth.email(), email);
    QCOMPARE(client.auth.displayName(), QStringLiteral("Lena Pierre"));
    QCOMPARE(client.auth.userLanguage(), QStringLiteral("fr"));
    QVERIFY(!client.auth.demoAccount());
    QVERIFY(tokensInKeychain(client.keychain, client.auth.userId()));
    const ApiResult profile = call(client, QStringLiteral("/mobile-api/user/profile"));
    QVERIFY(profile.ok());
    QCOMPARE(profile.envelope.data.toObject().value(u"displayName").toString(),
             QStringLiteral("Lena Pierre"));
    QCOMPARE(profile.envelope.data.toObject().value(u"language").toString(), QStringLiteral("fr"));

    // The same email again, from another device: the server's refusal is explained.
    QTemporaryDir other;
    ClientStack second(m_server.baseUrl(), other.path(), TestServer::caCertPath());
    second.auth.signUp(QStringLiteral("Lena"), email, QStringLiteral("pen ak papye"), QStringLiteral("ht"));
    QTRY_VERIFY_WITH_TIMEOUT(!second.auth.error().isEmpty() && !second.auth.busy(), kTimeout);
    QVERIFY(!second.auth.signedIn());
    client.auth.signOutAndErase();
}

void TestAuthEndToEnd::signUpProblemsAreCaughtLocally_data() {
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("language");
    const QString password = QStringLiteral("pen ak papye");
    const QString email = QStringLiteral("lena@lekol.ht");
    QTest::newRow("no name") << QStringLiteral("   ") << email << password << QStringLiteral("ht");
    QTest::newRow("name on two lines")
        << QStringLiteral("Lena\nPierre") << email << password << QStringLiteral("ht");
    QTest::newRow("name too long") << QString(101, u'a') << email << password << QStringLiteral("ht");
    QTest::newRow("no email") << QStringLiteral("Lena") << QString() << password << QStringLiteral("ht");
    QTest::newRow("no @") << QStringLiteral("Lena") << QStringLiteral("lena.lekol.ht") << password
                          << QStringLiteral("ht");
    QTest::newRow("no dot in the domain")
        << QStringLiteral("Lena") << QStringLiteral("lena@lekol") << password << QStringLiteral("ht");
    QTest::newRow("space in the email")
        << QStringLiteral("Lena") << QStringLiteral("le na@lekol.ht") << password << QStringLiteral("ht");
    QTest::newRow("email too long") << QStringLiteral("Lena")
                                    << QString(250, u'a') + QStringLiteral("@lekol.ht") << password
                                    << QStringLiteral("ht");
    QTest::newRow("password of 7") << QStringLiteral("Lena") << email << QStringLiteral("1234567")
                                   << QStringLiteral("ht");
    QTest::newRow("password of 257") << QStringLiteral("Lena") << email << QString(257, u'x')
                                     << QStringLiteral("ht");
    QTest::newRow("language es") << QStringLiteral("Lena") << email << password << QStringLiteral("es");
}

void TestAuthEndToEnd::signUpProblemsAreCaughtLocally() {
    QFETCH(QString, displayName);
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, language);
    QTemporaryDir dir;
    CountedClient client(m_server.baseUrl(), dir.path());
    const int before = client.api->sent; // the start's question to the server (a demo account?)
    QSignalSpy states(&client.stack.auth, &AuthService::stateChanged);
    const QString problem = client.stack.auth.signUpProblem(displayName, email, password);
    client.stack.auth.signUp(displayName, email, password, language);
    QVERIFY(!client.stack.auth.error().isEmpty());
    if (language == QLatin1String("ht"))
        QCOMPARE(problem, client.stack.auth.error()); // the same words before sending as on the button
    QTest::qWait(50);
    QCOMPARE(client.api->sent, before);
    QCOMPARE(states.count(), 0);
    QVERIFY(!client.stack.auth.signedIn());
}

void TestAuthEndToEnd::resetProblemsAreCaughtLocally() {
    QTemporaryDir dir;
    CountedClient client(m_server.baseUrl(), dir.path());
    const int before = client.api->sent; // the start's question to the server (a demo account?)
    const QString email = QStringLiteral("lena@lekol.ht");
    for (const QString &code : {QStringLiteral("K7QM-3XPA-9"), QStringLiteral("K7QM-3XPA-9R1"),
                                QStringLiteral("O7QM-3XPA-9R"), QString()}) {
        QVERIFY2(!client.stack.auth.resetProblem(email, code, QStringLiteral("pen ak papye")).isEmpty(),
                 qPrintable(code));
        client.stack.auth.resetPassword(email, code, QStringLiteral("pen ak papye"));
        QVERIFY(!client.stack.auth.error().isEmpty());
    }
    client.stack.auth.resetPassword(email, QStringLiteral("k7qm 3xpa 9r"), QStringLiteral("short"));
    QVERIFY(!client.stack.auth.error().isEmpty());
    QCOMPARE(
        client.stack.auth.resetProblem(email, QStringLiteral("k7qm 3xpa 9r"), QStringLiteral("pen ak papye")),
        QString());
    QTest::qWait(50);
    QCOMPARE(client.api->sent, before);
}

void TestAuthEndToEnd::resetWithATeachersCode() {
    const QString email = newEmail();
    const QString oldPassword = QStringLiteral("pen ak papye");
    const QString newPassword = QStringLiteral("kreyon ak liv");
    QTemporaryDir firstDir;
    ClientStack first(m_server.baseUrl(), firstDir.path(), TestServer::caCertPath());
    first.auth.signUp(QStringLiteral("Lena"), email, oldPassword, QStringLiteral("ht"));
    waitUntilSettled(first);
    const QString userId = first.auth.userId();

    // On another device, with the code the teacher printed, typed the way a phone keyboard gives it.
    const QString code = m_server.resetCode(email);
    QVERIFY(!code.isEmpty());
    QTemporaryDir secondDir;
    ClientStack second(m_server.baseUrl(), secondDir.path(), TestServer::caCertPath());
    QSignalSpy signedInAs(&second.auth, &AuthService::signedInAs);
    second.auth.resetPassword(email, code.toLower(), newPassword);
    waitUntilSettled(second);
    QCOMPARE(signedInAs.count(), 1);
    QCOMPARE(second.auth.userId(), userId);
    QVERIFY(call(second, QStringLiteral("/mobile-api/user/profile")).ok());

    // The first device's session was ended by the reset: its next call finds it out.
    QVERIFY(!call(first, QStringLiteral("/mobile-api/user/profile")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!first.auth.signedIn(), kTimeout);
    QVERIFY(!first.auth.notice().isEmpty());
    first.auth.signIn(email, oldPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!first.auth.error().isEmpty() && !first.auth.busy(), kTimeout);
    first.auth.signIn(email, newPassword);
    waitUntilSettled(first);

    // The code worked once.
    second.auth.signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!second.auth.signedIn(), kTimeout);
    second.auth.resetPassword(email, code, QStringLiteral("twazyem modpas"));
    QTRY_VERIFY_WITH_TIMEOUT(!second.auth.error().isEmpty() && !second.auth.busy(), kTimeout);
    QVERIFY(!second.auth.signedIn());
    first.auth.signOutAndErase();
}

void TestAuthEndToEnd::demoIsOfferedWhenTheServerHasIt() {
    QTemporaryDir dir;
    {
        ClientStack client(m_server.baseUrl(), dir.path(), TestServer::caCertPath());
        QVERIFY(!client.auth.demoAvailable());
        QSignalSpy available(&client.auth, &AuthService::demoAvailableChanged);
        client.auth.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(client.auth.demoAvailable(), kTimeout);
        QCOMPARE(available.count(), 1);
        client.auth.signInAsDemo();
        waitUntilSettled(client);
        QCOMPARE(client.auth.email(), kDemoEmail);
        QVERIFY(client.auth.demoAccount());
        // Refused here, without asking the server: still signed in, with a reason.
        client.auth.deleteAccount();
        QVERIFY(!client.auth.error().isEmpty());
        QVERIFY(client.auth.signedIn());
    }
    // The flag survives an offline restart.
    ClientStack offline(QUrl(QStringLiteral("https://127.0.0.1:1")), dir.path(), TestServer::caCertPath());
    offline.auth.restore();
    QTRY_VERIFY_WITH_TIMEOUT(offline.auth.signedIn(), kTimeout);
    QVERIFY(offline.auth.demoAccount());
    offline.auth.signOutAndErase();
}

void TestAuthEndToEnd::demoIsNotOfferedWithoutIt() {
    TestServer plain(QStringList{});
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    QTemporaryDir dir;
    CountedClient client(plain.baseUrl(), dir.path()); // asks the server at start, as the app does
    QTRY_COMPARE_WITH_TIMEOUT(client.api->answered, 1, kTimeout);
    QVERIFY(!client.stack.auth.demoAvailable());
    client.stack.auth.signInAsDemo();
    QVERIFY(!client.stack.auth.error().isEmpty());
    QCOMPARE(client.api->sent, 1); // nothing but the health check
}

QTEST_GUILESS_MAIN(TestAuthEndToEnd)
#include "tst_auth_e2e.moc"
