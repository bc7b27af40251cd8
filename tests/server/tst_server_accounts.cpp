// Password reset codes and the demo account (docs/api.md, Password reset and Demo accounts), against the
// real process over HTTPS: the reset-code command, POST /auth/reset-password with its limit, the health
// check's demo_account, what the demo account refuses, and its per-address login limit.

#include "apiclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Password = QStringLiteral("correct horse 3");
const QString NewPassword = QStringLiteral("new horse 4");
const QString DemoEmail = QStringLiteral("demo@tekpounou.ht");
const QString DemoPassword = QStringLiteral("lekol-2026");
// The other client address of the per-address tests: all of 127.0.0.0/8 reaches the loopback server.
const QHostAddress OtherAddress(QStringLiteral("127.0.0.2"));

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct CommandResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CommandResult runServerCommand(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(TPN_SERVER_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// An HTTP reply read from raw bytes (status and body are all these tests need).
HttpReply parseRaw(const QByteArray &raw) {
    HttpReply reply;
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = raw.left(raw.indexOf("\r\n")).split(' ');
    reply.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    reply.body = headerEnd < 0 ? QByteArray() : raw.mid(headerEnd + 4);
    return reply;
}

} // namespace

class TestServerAccounts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void resetCodeWorksOnce();
    void resetEndsEverySession();
    void refusedCodes();
    void newCodeReplacesTheOld();
    void expiredCode();
    void wrongCodesAreRateLimited();
    void resetCodeCommandRefuses_data();
    void resetCodeCommandRefuses();
    void healthAdvertisesTheDemoAccount();
    void healthWithoutDemoAccount();
    void demoAccountIsProtected();
    void demoFailuresCountPerAddress();

private:
    HttpReply post(TestServer &server, const QString &path, const QJsonObject &body);
    HttpReply postFrom(const QHostAddress &source, TestServer &server, const QString &path,
                       const QJsonObject &body);
    QString registerUser(TestServer &server, const QString &email); // the new user's access token
    HttpReply login(TestServer &server, const QString &email, const QString &password);
    HttpReply reset(TestServer &server, const QString &email, const QString &code,
                    const QString &newPassword = NewPassword);
    HttpReply profile(TestServer &server, const QString &accessToken);
    QString issueCode(TestServer &server, const QString &email, const QStringList &extra = {});
    QString newEmail();

    TestServer m_server{{QStringLiteral("--demo"), QStringLiteral("--login-limit"), QStringLiteral("1000")}};
    ApiClient m_client{testTlsConfiguration()};
    int m_emailCount = 0;
};

void TestServerAccounts::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

HttpReply TestServerAccounts::post(TestServer &server, const QString &path, const QJsonObject &body) {
    return m_client.send("POST", server.url(path), compact(body));
}

HttpReply TestServerAccounts::postFrom(const QHostAddress &source, TestServer &server, const QString &path,
                                       const QJsonObject &body) {
    const QByteArray json = compact(body);
    const QByteArray request =
        "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
        "\r\nConnection: close\r\n\r\n" + json;
    return parseRaw(rawExchange(server.port(), request, testTlsConfiguration(), source));
}

QString TestServerAccounts::registerUser(TestServer &server, const QString &email) {
    const HttpReply reply = post(server, QStringLiteral("/mobile-api/auth/register"),
                                 {{QStringLiteral("email"), email},
                                  {QStringLiteral("password"), Password},
                                  {QStringLiteral("displayName"), QStringLiteral("Lena")},
                                  {QStringLiteral("language"), QStringLiteral("ht")}});
    if (reply.status != 201)
        qWarning("register %s: %d %s", qPrintable(email), reply.status, reply.body.constData());
    return stringField(reply.data(), "access_token");
}

HttpReply TestServerAccounts::login(TestServer &server, const QString &email, const QString &password) {
    return post(server, QStringLiteral("/mobile-api/auth/login"),
                {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

HttpReply TestServerAccounts::reset(TestServer &server, const QString &email, const QString &code,
                                    const QString &newPassword) {
    return post(server, QStringLiteral("/mobile-api/auth/reset-password"),
                {{QStringLiteral("email"), email},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("new_password"), newPassword}});
}

HttpReply TestServerAccounts::profile(TestServer &server, const QString &accessToken) {
    return m_client.get(server.url(QStringLiteral("/mobile-api/user/profile")),
                        {{"Authorization", "Bearer " + accessToken.toLatin1()}});
}

QString TestServerAccounts::issueCode(TestServer &server, const QString &email, const QStringList &extra) {
    const CommandResult result = runServerCommand(
        QStringList{QStringLiteral("reset-code"), email, QStringLiteral("--data"), server.dataDir()} +
        TestServer::databaseArguments(server.dataDir()) + extra);
    if (result.exitCode != 0)
        qWarning("reset-code %s: exit %d: %s", qPrintable(email), result.exitCode, qPrintable(result.err));
    return result.out.trimmed();
}

QString TestServerAccounts::newEmail() {
    return QStringLiteral("learner%1@school.ht").arg(++m_emailCount);
}

void TestServerAccounts::resetCodeWorksOnce() {
    const QString email = newEmail();
    QVERIFY(!registerUser(m_server, email).isEmpty());
    const QString code = issueCode(m_server, email.toUpper());
    // Easy to read aloud: no 0/O/1/I/L, grouped 4-4-2.
    QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$"))
                 .match(code)
                 .hasMatch(),
             qPrintable(code));

    // Typed on a phone: lower case, spaces instead of dashes.
    const HttpReply done = reset(m_server, email, code.toLower().replace(u'-', u' '));
    QCOMPARE(done.status, 200);
    QVERIFY(envelopeProblem(done, true, false).isEmpty());
    const QString access = stringField(done.data(), "access_token");
    QVERIFY(!access.isEmpty());
    QVERIFY(!stringField(done.data(), "refresh_token").isEmpty());
    QCOMPARE(stringField(done.data().toObject().value(QStringLiteral("user")), "email"), email);
    QCOMPARE(profile(m_server, access).status, 200);
    QCOMPARE(login(m_server, email, NewPassword).status, 200);
    QCOMPARE(login(m_server, email, Password).status, 401);

    // Once only.
    const HttpReply again = reset(m_server, email, code, QStringLiteral("third horse 5"));
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), QStringLiteral("reset_code_expired"));
    QCOMPARE(login(m_server, email, NewPassword).status, 200);
}

void TestServerAccounts::resetEndsEverySession() {
    const QString email = newEmail();
    const QString firstAccess = registerUser(m_server, email);
    const HttpReply second = login(m_server, email, Password);
    QCOMPARE(second.status, 200);
    const QString secondAccess = stringField(second.data(), "access_token");
    const QString secondRefresh = stringField(second.data(), "refresh_token");
    QCOMPARE(profile(m_server, firstAccess).status, 200);

    const HttpReply done = reset(m_server, email, issueCode(m_server, email));
    QCOMPARE(done.status, 200);
    for (const QString &old : {firstAccess, secondAccess}) {
        const HttpReply refused = profile(m_server, old);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_token"));
    }
    const HttpReply refreshed = post(m_server, QStringLiteral("/mobile-api/auth/refresh"),
                                     {{QStringLiteral("refresh_token"), secondRefresh}});
    QCOMPARE(refreshed.status, 401);
    // The new session works, refresh included.
    QCOMPARE(profile(m_server, stringField(done.data(), "access_token")).status, 200);
    QCOMPARE(post(m_server, QStringLiteral("/mobile-api/auth/refresh"),
                  {{QStringLiteral("refresh_token"), stringField(done.data(), "refresh_token")}})
                 .status,
             200);
}

void TestServerAccounts::refusedCodes() {
    const QString email = newEmail();
    const QString other = newEmail();
    QVERIFY(!registerUser(m_server, email).isEmpty());
    QVERIFY(!registerUser(m_server, other).isEmpty());
    const QString code = issueCode(m_server, email);
    const QString othersCode = issueCode(m_server, other);
    QVERIFY(!code.isEmpty() && code != othersCode);

    const HttpReply wrong = reset(m_server, email, QStringLiteral("2222-2222-22"));
    QCOMPARE(wrong.status, 401);
    QVERIFY(envelopeProblem(wrong, false, false).isEmpty());
    QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_reset_code"));
    QCOMPARE(reset(m_server, email, othersCode).errorCode(), QStringLiteral("invalid_reset_code"));
    QCOMPARE(reset(m_server, QStringLiteral("nobody@school.ht"), code).errorCode(),
             QStringLiteral("invalid_reset_code"));
    // Malformed input is refused before the code is looked at, and does not spend it.
    const HttpReply malformed = reset(m_server, email, QStringLiteral("K7QM-3XPA-9"));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("invalid_parameter"));
    const HttpReply shortPassword = reset(m_server, email, code, QStringLiteral("short"));
    QCOMPARE(shortPassword.status, 400);
    QCOMPARE(shortPassword.errorCode(), QStringLiteral("invalid_parameter"));
    QCOMPARE(reset(m_server, email, code).status, 200);
}

void TestServerAccounts::newCodeReplacesTheOld() {
    const QString email = newEmail();
    QVERIFY(!registerUser(m_server, email).isEmpty());
    const QString first = issueCode(m_server, email);
    const QString second = issueCode(m_server, email);
    QCOMPARE(reset(m_server, email, first).errorCode(), QStringLiteral("invalid_reset_code"));
    QCOMPARE(reset(m_server, email, second).status, 200);
}

void TestServerAccounts::expiredCode() {
    const QString email = newEmail();
    QVERIFY(!registerUser(m_server, email).isEmpty());
    const QString code = issueCode(m_server, email, {QStringLiteral("--valid-for"), QStringLiteral("1")});
    QVERIFY(!code.isEmpty());
    QTest::qWait(1300);
    const HttpReply expired = reset(m_server, email, code);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("reset_code_expired"));
    QCOMPARE(login(m_server, email, Password).status, 200);
}

void TestServerAccounts::wrongCodesAreRateLimited() {
    TestServer server({QStringLiteral("--login-limit"), QStringLiteral("3")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString email = newEmail();
    QVERIFY(!registerUser(server, email).isEmpty());
    const QString code = issueCode(server, email);
    for (int attempt = 0; attempt < 3; ++attempt)
        QCOMPARE(reset(server, email, QStringLiteral("2222-2222-2%1").arg(attempt + 2)).status, 401);
    // Refused before the code is looked at: the right one does not get through either.
    const HttpReply limited = reset(server, email, code);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    // Wrong codes are counted apart from failed logins: signing in still works.
    QCOMPARE(login(server, email, Password).status, 200);
}

void TestServerAccounts::resetCodeCommandRefuses_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrMentions");
    const QString data = m_server.dataDir();
    const QStringList database = TestServer::databaseArguments(data);
    QTest::newRow("unknown email") << QStringList{QStringLiteral("nobody@school.ht"),
                                                  QStringLiteral("--data"), data} +
                                          database
                                   << QStringLiteral("no account");
    QTest::newRow("demo account") << QStringList{DemoEmail, QStringLiteral("--data"), data} + database
                                  << QStringLiteral("demo account");
    QTest::newRow("no database") << QStringList{DemoEmail, QStringLiteral("--data"),
                                                data + QStringLiteral("/none")}
                                 << QStringLiteral("server.sqlite");
    QTest::newRow("no email") << QStringList{QStringLiteral("--data"), data} << QStringLiteral("EMAIL");
}

void TestServerAccounts::resetCodeCommandRefuses() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrMentions);
    const CommandResult result = runServerCommand(QStringList{QStringLiteral("reset-code")} + arguments);
    QVERIFY2(result.exitCode > 0, qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(stderrMentions), qPrintable(result.err));
}

void TestServerAccounts::healthAdvertisesTheDemoAccount() {
    const HttpReply health = m_client.get(m_server.url(QStringLiteral("/mobile-api/health")));
    QCOMPARE(health.status, 200);
    QVERIFY(envelopeProblem(health, true, false).isEmpty());
    const QJsonObject demo =
        health.json().value(QStringLiteral("metadata")).toObject().value(u"demo_account").toObject();
    QCOMPARE(stringField(demo, "email"), DemoEmail);
    QCOMPARE(stringField(demo, "password"), DemoPassword);
    // What it advertises signs in, as the demo account.
    const HttpReply demoLogin = login(m_server, stringField(demo, "email"), stringField(demo, "password"));
    QCOMPARE(demoLogin.status, 200);
    QCOMPARE(demoLogin.data().toObject().value(u"user").toObject().value(u"demo"), QJsonValue(true));
}

void TestServerAccounts::healthWithoutDemoAccount() {
    TestServer server(QStringList{});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpReply health = m_client.get(server.url(QStringLiteral("/mobile-api/health")));
    QCOMPARE(health.status, 200);
    const QJsonObject metadata = health.json().value(QStringLiteral("metadata")).toObject();
    QVERIFY(metadata.contains(u"apiVersion"));
    QVERIFY(!metadata.contains(u"demo_account"));
    // An account someone registered with the demo email is not the demo account.
    QVERIFY(!registerUser(server, DemoEmail).isEmpty());
    server.stop();
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpReply again = m_client.get(server.url(QStringLiteral("/mobile-api/health")));
    QVERIFY(!again.json().value(QStringLiteral("metadata")).toObject().contains(u"demo_account"));
}

void TestServerAccounts::demoAccountIsProtected() {
    const HttpReply demoLogin = login(m_server, DemoEmail, DemoPassword);
    QCOMPARE(demoLogin.status, 200);
    const QString access = stringField(demoLogin.data(), "access_token");
    const HttpReply demoProfile = profile(m_server, access);
    QCOMPARE(demoProfile.data().toObject().value(u"demo"), QJsonValue(true));

    const HttpReply deleted = m_client.send("DELETE", m_server.url(QStringLiteral("/mobile-api/user")), {},
                                            {{"Authorization", "Bearer " + access.toLatin1()}});
    QCOMPARE(deleted.status, 403);
    QVERIFY(envelopeProblem(deleted, false, false).isEmpty());
    QCOMPARE(deleted.errorCode(), QStringLiteral("demo_account"));
    const HttpReply resetDemo = reset(m_server, DemoEmail, QStringLiteral("2222-2222-22"));
    QCOMPARE(resetDemo.status, 403);
    QCOMPARE(resetDemo.errorCode(), QStringLiteral("demo_account"));
    QCOMPARE(login(m_server, DemoEmail, DemoPassword).status, 200);

    // Everyone else's account says it is not the demo, and can be deleted.
    const QString learner = registerUser(m_server, newEmail());
    QCOMPARE(profile(m_server, learner).data().toObject().value(u"demo"), QJsonValue(false));
    QCOMPARE(m_client
                 .send("DELETE", m_server.url(QStringLiteral("/mobile-api/user")), {},
                       {{"Authorization", "Bearer " + learner.toLatin1()}})
                 .status,
             200);
}

void TestServerAccounts::demoFailuresCountPerAddress() {
    TestServer server({QStringLiteral("--demo"), QStringLiteral("--login-limit"), QStringLiteral("3")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString path = QStringLiteral("/mobile-api/auth/login");
    const QJsonObject wrong{{QStringLiteral("email"), DemoEmail},
                            {QStringLiteral("password"), QStringLiteral("typo")}};
    const QJsonObject right{{QStringLiteral("email"), DemoEmail}, {QStringLiteral("password"), DemoPassword}};
    QVERIFY2(postFrom(OtherAddress, server, path, right).status == 200, "cannot connect from 127.0.0.2");

    for (int attempt = 0; attempt < 3; ++attempt)
        QCOMPARE(login(server, DemoEmail, QStringLiteral("typo")).status, 401);
    QCOMPARE(login(server, DemoEmail, DemoPassword).status, 429);      // address A is limited
    QCOMPARE(postFrom(OtherAddress, server, path, right).status, 200); // address B is not
    QCOMPARE(postFrom(OtherAddress, server, path, wrong).status, 401);

    // Other accounts keep a per-account limit, whatever the address: 4 × 3 failures from four addresses
    // (guessing from many machines) lock the account from a fifth as well.
    const QString email = newEmail();
    QVERIFY(!registerUser(server, email).isEmpty());
    const QJsonObject learnerWrong{{QStringLiteral("email"), email},
                                   {QStringLiteral("password"), QStringLiteral("typo")}};
    const QJsonObject learnerRight{{QStringLiteral("email"), email}, {QStringLiteral("password"), Password}};
    for (int source = 2; source <= 5; ++source) {
        const QHostAddress address(QStringLiteral("127.0.0.%1").arg(source));
        for (int attempt = 0; attempt < 3; ++attempt)
            QCOMPARE(postFrom(address, server, path, learnerWrong).status, 401);
        QCOMPARE(postFrom(address, server, path, learnerRight).status, 429); // this address backs off
    }
    QCOMPARE(login(server, email, Password).status, 429);
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
