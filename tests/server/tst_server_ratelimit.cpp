// The login rate limit of the reference server (docs/api.md, The login limit), against the real process
// over HTTPS: per account, per client address, its window, and that a success clears an account.

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
    void rateLimitWindowAndSuccess();
    void rateLimitPerAddress();

private:
    HttpReply registerUser(TestServer &server, const QString &email);
    HttpReply login(TestServer &server, const QString &email, const QString &password = Password);
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

QString TestServerRateLimit::newEmail() {
    return QStringLiteral("limited%1@example.ht").arg(++m_emailCount);
}

void TestServerRateLimit::rateLimitPerAccount() {
    TestServer server(QStringList{}); // the production limits: 5 per account, 20 per address, 15 minutes
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString target = newEmail();
    const QString other = newEmail();
    QCOMPARE(registerUser(server, target).status, 201);
    QCOMPARE(registerUser(server, other).status, 201);

    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpReply reply = login(server, target, QStringLiteral("guess-%1").arg(attempt));
        QCOMPARE(reply.status, 401);
    }
    const HttpReply limited = login(server, target.toUpper(), QStringLiteral("guess-6"));
    QCOMPARE(limited.status, 429);
    const QString problem = envelopeProblem(limited, false, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    bool isNumber = false;
    const int retryAfter = limited.header("Retry-After").toInt(&isNumber);
    QVERIFY2(isNumber && retryAfter > 880 && retryAfter <= 900, limited.header("Retry-After").constData());

    // Refused before the password is looked at: the right one does not get through either.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(login(server, target).status, 429);
    qInfo("a rate-limited login is answered in %lld ms", timer.elapsed());
    // Another account from the same address is not affected.
    QCOMPARE(login(server, other).status, 200);
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
    TestServer server({QStringLiteral("--login-limit"), QStringLiteral("2")}); // per address: 8
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QStringList emails;
    for (int i = 0; i < 5; ++i) {
        emails.append(newEmail());
        QCOMPARE(registerUser(server, emails.last()).status, 201);
    }
    // Two failures each on four accounts: no account is over its limit, the address reaches its own.
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(login(server, emails.at(i), QStringLiteral("wrong-1")).status, 401);
        QCOMPARE(login(server, emails.at(i), QStringLiteral("wrong-2")).status, 401);
    }
    const HttpReply limited = login(server, emails.at(4));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    // Unknown emails count against the address as well and get the same answer.
    QCOMPARE(login(server, QStringLiteral("nobody@example.ht")).status, 429);
}

QTEST_GUILESS_MAIN(TestServerRateLimit)
#include "tst_server_ratelimit.moc"
