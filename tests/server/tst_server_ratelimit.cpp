// The login rate limit of the reference server (docs/api.md, The login limit), against the real process
// over HTTPS: a backoff per account and address, a classroom behind one address, the ceiling per address,
// its window, and that a success clears an account.

#include "apiclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString Password = QStringLiteral("correct horse 2");

} // namespace

class TestServerRateLimit : public QObject {
    Q_OBJECT

private slots:
    void rateLimitPerAccount();
    void classroomBehindOneAddress();
    void rateLimitWindowAndSuccess();
    void rateLimitPerAddress();
    void registrationLimitPerAddress();
    void sessionsPerAccountAreCapped();

private:
    HttpReply registerUser(TestServer &server, const QString &email);
    HttpReply login(TestServer &server, const QString &email, const QString &password = Password);
    HttpReply refresh(TestServer &server, const QString &refreshToken);
    QString newEmail();

    ApiClient m_client{testTlsConfiguration()};
    int m_emailCount = 0;
};

HttpReply TestServerRateLimit::registerUser(TestServer &server, const QString &email) {
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), Password},
                           {QStringLiteral("displayName"), QStringLiteral("Tester")},
                           {QStringLiteral("language"), QStringLiteral("ht")}};
    return m_client.send("POST", server.url(QStringLiteral("/mobile-api/auth/register")),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply TestServerRateLimit::login(TestServer &server, const QString &email, const QString &password) {
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    return m_client.send("POST", server.url(QStringLiteral("/mobile-api/auth/login")),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply TestServerRateLimit::refresh(TestServer &server, const QString &refreshToken) {
    const QJsonObject body{{QStringLiteral("refresh_token"), refreshToken}};
    return m_client.send("POST", server.url(QStringLiteral("/mobile-api/auth/refresh")),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString TestServerRateLimit::newEmail() {
    return QStringLiteral("limited%1@example.ht").arg(++m_emailCount);
}

void TestServerRateLimit::rateLimitPerAccount() {
    TestServer server(QStringList{}); // the production limits: 5 per account and address, then a backoff
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString target = newEmail();
    const QString other = newEmail();
    QCOMPARE(registerUser(server, target).status, 201);
    QCOMPARE(registerUser(server, other).status, 201);

    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpReply reply = login(server, target, QStringLiteral("guess-%1").arg(attempt));
        QCOMPARE(reply.status, 401);
    }
    // Each further failure doubles the wait: 1 s, 2 s, 4 s.
    for (int expected = 1; expected <= 4; expected *= 2) {
        const HttpReply limited = login(server, target.toUpper(), QStringLiteral("guess-next"));
        QCOMPARE(limited.status, 429);
        const QString problem = envelopeProblem(limited, false, false);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(limited.header("Retry-After").toInt(), expected);
        // Refused before the password is looked at: the right one does not get through either.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(login(server, target).status, 429);
        qInfo("a rate-limited login is answered in %lld ms", timer.elapsed());
        QTest::qWait(expected * 1000 + 100);
        QCOMPARE(login(server, target, QStringLiteral("guess-after-%1").arg(expected)).status, 401);
    }
    QCOMPARE(login(server, target).status, 429);
    // Another account from the same address is not affected.
    QCOMPARE(login(server, other).status, 200);
}

void TestServerRateLimit::classroomBehindOneAddress() {
    // Thirty pupils behind one school NAT, with the production limits: a few typos each, 45 in all,
    // more than the old ceiling of 20 failures per address; every correct password still gets in.
    TestServer server(QStringList{});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QStringList pupils;
    for (int i = 0; i < 30; ++i) {
        pupils.append(newEmail());
        QCOMPARE(registerUser(server, pupils.last()).status, 201);
    }
    int failures = 0;
    for (int i = 0; i < pupils.size(); ++i) {
        for (int typo = 0; typo < 1 + i % 2; ++typo, ++failures)
            QCOMPARE(login(server, pupils.at(i), QStringLiteral("tyop-%1").arg(typo)).status, 401);
    }
    QCOMPARE(failures, 45);
    for (const QString &pupil : std::as_const(pupils))
        QCOMPARE(login(server, pupil).status, 200);
}

void TestServerRateLimit::rateLimitWindowAndSuccess() {
    TestServer server({QStringLiteral("--login-limit"), QStringLiteral("3"), QStringLiteral("--login-window"),
                       QStringLiteral("2")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString email = newEmail();
    QCOMPARE(registerUser(server, email).status, 201);

    // A successful login clears the account's failures.
    QCOMPARE(login(server, email, QStringLiteral("wrong-one")).status, 401);
    QCOMPARE(login(server, email, QStringLiteral("wrong-two")).status, 401);
    QCOMPARE(login(server, email).status, 200);
    for (int attempt = 1; attempt <= 3; ++attempt)
        QCOMPARE(login(server, email, QStringLiteral("wrong-again")).status, 401);
    const HttpReply limited = login(server, email);
    QCOMPARE(limited.status, 429);
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, limited.header("Retry-After").constData());

    // Once the window has passed, the account works again.
    QTRY_COMPARE_WITH_TIMEOUT(login(server, email).status, 200, 6000);
}

void TestServerRateLimit::rateLimitPerAddress() {
    // Per account and address: 1 failure; per account: 4; per address: 40.
    TestServer server({QStringLiteral("--login-limit"), QStringLiteral("1")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString learner = newEmail();
    QCOMPARE(registerUser(server, learner).status, 201);
    // A spray of one guess each at 40 accounts: no account is over a limit, the address reaches its own.
    for (int i = 0; i < 40; ++i)
        QCOMPARE(
            login(server, QStringLiteral("sprayed%1@example.ht").arg(i), QStringLiteral("123456")).status,
            401);
    const HttpReply limited = login(server, learner);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 880 && retryAfter <= 900, limited.header("Retry-After").constData());
    QCOMPARE(login(server, QStringLiteral("nobody@example.ht")).status, 429);
}

void TestServerRateLimit::registrationLimitPerAddress() {
    // The production limit, which TestServer raises unless told: 10 registrations per address and hour.
    TestServer server({QStringLiteral("--register-limit"), QStringLiteral("10")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(registerUser(server, newEmail()).status, 201);
    QElapsedTimer timer;
    timer.start();
    const HttpReply limited = registerUser(server, newEmail());
    qInfo("a rate-limited registration is answered in %lld ms", timer.elapsed());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 3500 && retryAfter <= 3600, limited.header("Retry-After").constData());
}

void TestServerRateLimit::sessionsPerAccountAreCapped() {
    TestServer server(QStringList{}); // at most 20 sessions per account
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString email = newEmail();
    const HttpReply registered = registerUser(server, email);
    QCOMPARE(registered.status, 201);
    QStringList refreshTokens{stringField(registered.data(), "refresh_token")};
    for (int i = 0; i < 20; ++i) {
        const HttpReply reply = login(server, email);
        QCOMPARE(reply.status, 200);
        refreshTokens.append(stringField(reply.data(), "refresh_token"));
    }
    // 21 sessions: the oldest (the registration's) has been ended, the next oldest and the newest live.
    QCOMPARE(refresh(server, refreshTokens.at(0)).status, 401);
    QCOMPARE(refresh(server, refreshTokens.at(1)).status, 200);
    QCOMPARE(refresh(server, refreshTokens.last()).status, 200);
}

QTEST_GUILESS_MAIN(TestServerRateLimit)
#include "tst_server_ratelimit.moc"
