// Accounts and tokens of the reference server (docs/api.md, Accounts), against the real process over
// HTTPS: register, login, refresh rotation with reuse detection, logout, token expiry, hostile input, and
// what the SQLite file holds afterwards. The login rate limit has tst_server_ratelimit.cpp.

#include "apiclient.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString Password = QStringLiteral("correct horse 1");

struct Session {
    QString access;
    QString refresh;
    QString userId;
};

Session sessionOf(const HttpReply &reply) {
    const QJsonObject data = reply.data().toObject();
    return {stringField(data, "access_token"), stringField(data, "refresh_token"),
            stringField(data.value(QStringLiteral("user")), "id")};
}

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class TestServerAuth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void registerAndLogin();
    void registerAcceptsBoundaries_data();
    void registerAcceptsBoundaries();
    void registerRejectsInvalidFields_data();
    void registerRejectsInvalidFields();
    void emailIsTakenWhateverItsCase();
    void malformedBodies_data();
    void malformedBodies();
    void oversizedBodies_data();
    void oversizedBodies();
    void hugeLoginStrings_data();
    void hugeLoginStrings();
    void sqlMetacharactersInEmails_data();
    void sqlMetacharactersInEmails();
    void wrongPasswordAndUnknownEmailLookAlike();
    void refreshRotatesAndDetectsReuse();
    void refreshRejectsOtherTokens_data();
    void refreshRejectsOtherTokens();
    void logoutRevokesTheSession();
    void refreshTokenExpires();
    void accessTokenExpires();
    void badAccountOptions_data();
    void badAccountOptions();
    void databaseHoldsHashesOnly(); // last: scans for every token issued above

private:
    HttpReply post(TestServer &server, const QString &path, const QByteArray &body);
    HttpReply registerUser(TestServer &server, const QString &email, const QString &password = Password);
    HttpReply login(TestServer &server, const QString &email, const QString &password = Password);
    HttpReply refresh(TestServer &server, const QString &refreshToken);
    HttpReply profile(TestServer &server, const QString &accessToken);
    QString newEmail();

    TestServer m_server{{QStringLiteral("--login-limit"), QStringLiteral("1000")}};
    ApiClient m_client{testTlsConfiguration()};
    QStringList m_issuedTokens;
    int m_emailCount = 0;
};

void TestServerAuth::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

HttpReply TestServerAuth::post(TestServer &server, const QString &path, const QByteArray &body) {
    HttpReply reply = m_client.send("POST", server.url(path), body);
    const Session session = sessionOf(reply);
    for (const QString &token : {session.access, session.refresh}) {
        if (!token.isEmpty())
            m_issuedTokens.append(token);
    }
    return reply;
}

HttpReply TestServerAuth::registerUser(TestServer &server, const QString &email, const QString &password) {
    return post(server, QStringLiteral("/mobile-api/auth/register"),
                compact({{QStringLiteral("email"), email},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("displayName"), QStringLiteral("Tester")},
                         {QStringLiteral("language"), QStringLiteral("ht")}}));
}

HttpReply TestServerAuth::login(TestServer &server, const QString &email, const QString &password) {
    return post(server, QStringLiteral("/mobile-api/auth/login"),
                compact({{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}));
}

HttpReply TestServerAuth::refresh(TestServer &server, const QString &refreshToken) {
    return post(server, QStringLiteral("/mobile-api/auth/refresh"),
                compact({{QStringLiteral("refresh_token"), refreshToken}}));
}

HttpReply TestServerAuth::profile(TestServer &server, const QString &accessToken) {
    return m_client.get(server.url(QStringLiteral("/mobile-api/user/profile")),
                        {{"Authorization", "Bearer " + accessToken.toLatin1()}});
}

QString TestServerAuth::newEmail() {
    return QStringLiteral("learner%1@example.ht").arg(++m_emailCount);
}

void TestServerAuth::registerAndLogin() {
    const HttpReply registered = post(m_server, QStringLiteral("/mobile-api/auth/register"),
                                      R"({"email": "  Marie.Jean@Example.HT ", "password": "pwd-8chr",
                                          "displayName": "  Marie Jean ", "language": "fr"})");
    QCOMPARE(registered.status, 201);
    const QString problem = envelopeProblem(registered, true, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(registered.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject data = registered.data().toObject();
    const QRegularExpression tokenShape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QVERIFY(tokenShape.match(stringField(data, "access_token")).hasMatch());
    QVERIFY(tokenShape.match(stringField(data, "refresh_token")).hasMatch());
    QVERIFY(stringField(data, "access_token") != stringField(data, "refresh_token"));
    QCOMPARE(data.value(QStringLiteral("expires_in")).toInt(), 900);
    const QJsonObject user = data.value(QStringLiteral("user")).toObject();
    QVERIFY(
        QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
            .match(stringField(user, "id"))
            .hasMatch());
    QCOMPARE(stringField(user, "email"), QStringLiteral("marie.jean@example.ht"));
    QCOMPARE(stringField(user, "displayName"), QStringLiteral("Marie Jean"));
    QCOMPARE(stringField(user, "language"), QStringLiteral("fr"));
    QCOMPARE(user.value(QStringLiteral("demo")), QJsonValue(false));
    QCOMPARE(user.size(), 5);

    const HttpReply loggedIn =
        login(m_server, QStringLiteral("MARIE.JEAN@example.ht"), QStringLiteral("pwd-8chr"));
    QCOMPARE(loggedIn.status, 200);
    QCOMPARE(loggedIn.header("Cache-Control"), QByteArray("no-store"));
    const Session session = sessionOf(loggedIn);
    QCOMPARE(session.userId, stringField(user, "id"));
    QVERIFY(session.access != stringField(data, "access_token"));
    QCOMPARE(loggedIn.data().toObject().value(QStringLiteral("user")).toObject(), user);

    // Both sessions' access tokens work.
    QCOMPARE(profile(m_server, session.access).status, 200);
    QCOMPARE(profile(m_server, stringField(data, "access_token")).data().toObject(), user);
}

void TestServerAuth::registerAcceptsBoundaries_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    // 64 + 1 + 189 characters; every row registers a new account, so each value is used once.
    const QString email254 = QStringLiteral("boundary") + QString(56, u'a') + u'@' + QString(63, u'b') +
                             u'.' + QString(61, u'c') + u'.' + QString(60, u'd') + QStringLiteral(".ht");
    QTest::newRow("email of 254 characters") << "email" << email254;
    QTest::newRow("password of 8") << "password" << QString(8, u'p');
    QTest::newRow("password of 256") << "password" << QString(256, u'p');
    QTest::newRow("password of 256 emoji") << "password" << QString(QStringLiteral("😀")).repeated(256);
    QTest::newRow("display name of 1") << "displayName"
                                       << "A";
    QTest::newRow("display name of 100 accented") << "displayName" << QString(100, u'é');
    QTest::newRow("language en") << "language"
                                 << "en";
}

void TestServerAuth::registerAcceptsBoundaries() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QJsonObject body{{QStringLiteral("email"), newEmail()},
                     {QStringLiteral("password"), Password},
                     {QStringLiteral("displayName"), QStringLiteral("Tester")},
                     {QStringLiteral("language"), QStringLiteral("ht")}};
    body.insert(field, value);
    const HttpReply reply = post(m_server, QStringLiteral("/mobile-api/auth/register"), compact(body));
    QVERIFY2(reply.status == 201, reply.body.constData());
    if (field != QLatin1StringView("password")) {
        QCOMPARE(stringField(reply.data().toObject().value(QStringLiteral("user")), qPrintable(field)),
                 value);
    } else {
        QCOMPARE(login(m_server, body.value(QStringLiteral("email")).toString(), value).status, 200);
    }
}

void TestServerAuth::registerRejectsInvalidFields_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("no at sign") << "email"
                                << "learner.example.ht";
    QTest::newRow("two at signs") << "email"
                                  << "a@b@example.ht";
    QTest::newRow("no domain dot") << "email"
                                   << "learner@localhost";
    QTest::newRow("space inside") << "email"
                                  << "lear ner@example.ht";
    QTest::newRow("empty email") << "email"
                                 << "";
    QTest::newRow("email of 255") << "email" << QString(244, u'a') + QStringLiteral("@example.ht");
    QTest::newRow("control character") << "email" << QStringLiteral("lear\u0001ner@example.ht");
    QTest::newRow("sql or") << "email"
                            << "' OR 1=1 --";
    QTest::newRow("sql drop") << "email"
                              << "\"; DROP TABLE users; --";
    QTest::newRow("password of 7") << "password"
                                   << "1234567";
    QTest::newRow("password of 257") << "password" << QString(257, u'p');
    QTest::newRow("empty password") << "password"
                                    << "";
    QTest::newRow("empty display name") << "displayName"
                                        << "";
    QTest::newRow("blank display name") << "displayName"
                                        << "   \t ";
    QTest::newRow("display name of 101") << "displayName" << QString(101, u'n');
    QTest::newRow("display name with newline") << "displayName"
                                               << "Ana\nBel";
    QTest::newRow("language es") << "language"
                                 << "es";
    QTest::newRow("language upper case") << "language"
                                         << "HT";
    QTest::newRow("language tag") << "language"
                                  << "fr-HT";
    QTest::newRow("empty language") << "language"
                                    << "";
}

void TestServerAuth::registerRejectsInvalidFields() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QString email = newEmail();
    QJsonObject body{{QStringLiteral("email"), email},
                     {QStringLiteral("password"), Password},
                     {QStringLiteral("displayName"), QStringLiteral("Tester")},
                     {QStringLiteral("language"), QStringLiteral("ht")}};
    body.insert(field, value);
    const HttpReply reply = post(m_server, QStringLiteral("/mobile-api/auth/register"), compact(body));
    QCOMPARE(reply.status, 400);
    const QString problem = envelopeProblem(reply, false, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_parameter"));
    QVERIFY2(
        stringField(reply.json().value(QStringLiteral("error")), "message").contains(u'\'' + field + u'\''),
        reply.body.constData());
    // Nothing was created: the (valid) email is still free.
    if (field != QLatin1StringView("email"))
        QCOMPARE(login(m_server, email).errorCode(), QStringLiteral("invalid_credentials"));
}

void TestServerAuth::emailIsTakenWhateverItsCase() {
    const QString email = newEmail();
    QCOMPARE(registerUser(m_server, email).status, 201);
    const HttpReply again =
        registerUser(m_server, QStringLiteral(" ") + email.toUpper(), QStringLiteral("other-pass"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("email_taken"));
    // The first account keeps its password.
    QCOMPARE(login(m_server, email).status, 200);
    QCOMPARE(login(m_server, email, QStringLiteral("other-pass")).status, 401);
}

void TestServerAuth::malformedBodies_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named"); // what the message must name; empty: the body as a whole
    const QString reg = QStringLiteral("/mobile-api/auth/register");
    const QString login = QStringLiteral("/mobile-api/auth/login");
    const QString refresh = QStringLiteral("/mobile-api/auth/refresh");
    const QString logout = QStringLiteral("/mobile-api/auth/logout");
    for (const QString &path : {reg, login, refresh, logout}) {
        const QByteArray name = path.section(u'/', -1).toLatin1();
        QTest::addRow("%s: no body", name.constData()) << path << QByteArray() << QString();
        QTest::addRow("%s: not JSON", name.constData()) << path << QByteArray("email=a@b.ht") << QString();
        QTest::addRow("%s: truncated", name.constData())
            << path << QByteArray("{\"email\": \"a@b.h") << QString();
        QTest::addRow("%s: array", name.constData())
            << path << QByteArray("[{\"email\": \"a@b.ht\"}]") << QString();
        QTest::addRow("%s: string", name.constData()) << path << QByteArray("\"a@b.ht\"") << QString();
        QTest::addRow("%s: null", name.constData()) << path << QByteArray("null") << QString();
        QTest::addRow("%s: not UTF-8", name.constData())
            << path << QByteArray("{\"email\": \"\xff\xfe\"}") << QString();
        QTest::addRow("%s: empty object", name.constData())
            << path << QByteArray("{}") << (path == refresh || path == logout ? "refresh_token" : "email");
    }
    QTest::newRow("login: email is a number")
        << login << QByteArray(R"({"email": 5, "password": "x"})") << "email";
    QTest::newRow("login: password is null")
        << login << QByteArray(R"({"email": "a@b.ht", "password": null})") << "password";
    QTest::newRow("login: password missing") << login << QByteArray(R"({"email": "a@b.ht"})") << "password";
    QTest::newRow("login: email is an object")
        << login << QByteArray(R"({"email": {"$ne": ""}, "password": "x"})") << "email";
    QTest::newRow("register: displayName missing")
        << reg << QByteArray(R"({"email": "a@b.ht", "password": "12345678", "language": "ht"})")
        << "displayName";
    QTest::newRow("register: language is an array")
        << reg
        << QByteArray(
               R"({"email": "a@b.ht", "password": "12345678", "displayName": "A", "language": ["ht"]})")
        << "language";
    QTest::newRow("register: password is a boolean")
        << reg << QByteArray(R"({"email": "a@b.ht", "password": true, "displayName": "A", "language": "ht"})")
        << "password";
    QTest::newRow("refresh: token is a number")
        << refresh << QByteArray(R"({"refresh_token": 12})") << "refresh_token";
    QTest::newRow("logout: token is null")
        << logout << QByteArray(R"({"refresh_token": null})") << "refresh_token";
}

void TestServerAuth::malformedBodies() {
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const HttpReply reply = post(m_server, path, body);
    QCOMPARE(reply.status, 400);
    const QString problem = envelopeProblem(reply, false, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_body"));
    const QString message = stringField(reply.json().value(QStringLiteral("error")), "message");
    QVERIFY2(message.contains(named.isEmpty() ? QStringLiteral("JSON object") : u'\'' + named + u'\''),
             qPrintable(message));
}

void TestServerAuth::oversizedBodies_data() {
    QTest::addColumn<QString>("path");
    for (const char *path : {"/mobile-api/auth/register", "/mobile-api/auth/login",
                             "/mobile-api/auth/refresh", "/mobile-api/auth/logout"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestServerAuth::oversizedBodies() {
    QFETCH(QString, path);
    // Valid JSON, just too much of it: the size decides before anything is parsed.
    const QByteArray body =
        "{\"email\": \"" + QByteArray(2 * 1024 * 1024, 'a') + "@b.ht\", \"password\": \"x\"}";
    const HttpReply reply = post(m_server, path, body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/health"))).status, 200);
}

void TestServerAuth::hugeLoginStrings_data() {
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("field");
    QTest::newRow("email of 255") << QString(244, u'a') + QStringLiteral("@example.ht") << Password
                                  << "email";
    QTest::newRow("email of 500 000") << QString(500000, u'a') << Password << "email";
    QTest::newRow("password of 257") << newEmail() << QString(257, u'p') << "password";
    QTest::newRow("password of 500 000") << newEmail() << QString(500000, u'p') << "password";
}

void TestServerAuth::hugeLoginStrings() {
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, field);
    const HttpReply reply = login(m_server, email, password);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_parameter"));
    QVERIFY(
        stringField(reply.json().value(QStringLiteral("error")), "message").contains(u'\'' + field + u'\''));
    QCOMPARE(m_client.get(m_server.url(QStringLiteral("/mobile-api/health"))).status, 200);
}

void TestServerAuth::sqlMetacharactersInEmails_data() {
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("registerStatus"); // 201: a valid address that holds the characters literally
    QTest::newRow("or 1=1") << "' OR 1=1 --" << 400;
    QTest::newRow("drop table") << "\"; DROP TABLE users; --" << 400;
    QTest::newRow("quote in local part") << "o'brien@example.ht" << 201;
    QTest::newRow("comment after domain") << "admin@example.ht'--" << 201;
    QTest::newRow("like wildcards") << "%_%@example.ht" << 201;
    QTest::newRow("semicolon") << "x@y.ht;delete" << 201;
}

void TestServerAuth::sqlMetacharactersInEmails() {
    QFETCH(QString, email);
    QFETCH(int, registerStatus);
    const QString victim = newEmail();
    QCOMPARE(registerUser(m_server, victim).status, 201);

    // Before the account exists: a plain no-match.
    const HttpReply before = login(m_server, email);
    QCOMPARE(before.status, 401);
    QCOMPARE(before.errorCode(), QStringLiteral("invalid_credentials"));

    const HttpReply registered = registerUser(m_server, email);
    QCOMPARE(registered.status, registerStatus);
    if (registerStatus == 201) {
        QCOMPARE(stringField(registered.data().toObject().value(QStringLiteral("user")), "email"), email);
        QCOMPARE(login(m_server, email).status, 200);
        // The wildcard account matches only itself.
        QCOMPARE(login(m_server, QStringLiteral("abc@example.ht")).status, 401);
    } else {
        QCOMPARE(registered.errorCode(), QStringLiteral("invalid_parameter"));
    }
    // The users table is intact and other accounts are unaffected.
    QCOMPARE(login(m_server, victim).status, 200);
    QCOMPARE(login(m_server, victim, QStringLiteral("' OR 1=1 --")).status, 401);
}

void TestServerAuth::wrongPasswordAndUnknownEmailLookAlike() {
    const QString email = newEmail();
    QCOMPARE(registerUser(m_server, email).status, 201);
    QList<qint64> correct;
    QList<qint64> wrong;
    QList<qint64> unknown;
    HttpReply wrongReply;
    HttpReply unknownReply;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(login(m_server, email).status, 200);
        correct.append(timer.restart());
        wrongReply = login(m_server, email, QStringLiteral("not the password"));
        wrong.append(timer.restart());
        unknownReply = login(m_server, QStringLiteral("nobody-%1@example.ht").arg(i),
                             QStringLiteral("not the password"));
        unknown.append(timer.elapsed());
    }
    QCOMPARE(wrongReply.status, 401);
    QCOMPARE(unknownReply.status, wrongReply.status);
    QCOMPARE(unknownReply.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknownReply.body, wrongReply.body);
    QCOMPARE(unknownReply.headers, wrongReply.headers);
    qInfo("median login times (ms, over HTTPS, keep-alive): correct %lld, wrong password %lld, unknown email "
          "%lld",
          median(correct), median(wrong), median(unknown));
    // An unknown email costs an Argon2id verification too, so its time does not tell that it is unknown.
    // (Without it the answer takes about 1 ms against tens of ms.)
    QVERIFY2(median(unknown) * 2 >= median(wrong),
             "an unknown email is answered much faster than a wrong password");
}

void TestServerAuth::refreshRotatesAndDetectsReuse() {
    const QString email = newEmail();
    const Session first = sessionOf(registerUser(m_server, email));
    const Session bystander = sessionOf(login(m_server, email)); // another family of the same user

    const HttpReply rotated = refresh(m_server, first.refresh);
    QCOMPARE(rotated.status, 200);
    QCOMPARE(rotated.header("Cache-Control"), QByteArray("no-store"));
    const Session second = sessionOf(rotated);
    QCOMPARE(second.userId, first.userId);
    QCOMPARE(rotated.data().toObject().value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(stringField(rotated.data().toObject().value(QStringLiteral("user")), "email"), email);
    QVERIFY(second.refresh != first.refresh);
    QVERIFY(second.access != first.access);
    QCOMPARE(profile(m_server, second.access).status, 200);

    const Session third = sessionOf(refresh(m_server, second.refresh));
    QVERIFY(!third.refresh.isEmpty());

    // second.refresh was already exchanged: presenting it again means two holders.
    const HttpReply reused = refresh(m_server, second.refresh);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("refresh_reused"));
    // The whole family is gone: the newest refresh token and every access token of it.
    const HttpReply newest = refresh(m_server, third.refresh);
    QCOMPARE(newest.status, 401);
    QCOMPARE(newest.errorCode(), QStringLiteral("invalid_refresh_token"));
    for (const QString &access : {first.access, second.access, third.access}) {
        const HttpReply reply = profile(m_server, access);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
    }
    // The first token, once used, is now simply unknown.
    QCOMPARE(refresh(m_server, first.refresh).errorCode(), QStringLiteral("invalid_refresh_token"));

    // The user's other session is untouched.
    QCOMPARE(profile(m_server, bystander.access).status, 200);
    QCOMPARE(refresh(m_server, bystander.refresh).status, 200);
}

void TestServerAuth::refreshRejectsOtherTokens_data() {
    QTest::addColumn<QString>("token"); // {access}: a valid access token
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("empty") << "";
    QTest::newRow("well-formed but unknown") << QString(43, u'A');
    QTest::newRow("access token") << "{access}";
    QTest::newRow("sql") << "' OR 1=1 --";
}

void TestServerAuth::refreshRejectsOtherTokens() {
    QFETCH(QString, token);
    const Session session = sessionOf(registerUser(m_server, newEmail()));
    token.replace(QStringLiteral("{access}"), session.access);
    const HttpReply reply = refresh(m_server, token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_refresh_token"));
    // Nothing was revoked by the failed attempt.
    QCOMPARE(profile(m_server, session.access).status, 200);
}

void TestServerAuth::logoutRevokesTheSession() {
    const QString email = newEmail();
    const Session session = sessionOf(registerUser(m_server, email));
    const Session other = sessionOf(login(m_server, email));
    const QString logout = QStringLiteral("/mobile-api/auth/logout");
    const QByteArray body = compact({{QStringLiteral("refresh_token"), session.refresh}});

    const HttpReply reply = post(m_server, logout, body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.data().toObject(), QJsonObject({{QStringLiteral("revoked"), true}}));
    QCOMPARE(refresh(m_server, session.refresh).errorCode(), QStringLiteral("invalid_refresh_token"));
    QCOMPARE(profile(m_server, session.access).errorCode(), QStringLiteral("invalid_token"));

    // Idempotent, and it reveals nothing about tokens it does not know.
    const HttpReply again = post(m_server, logout, body);
    QCOMPARE(again.status, 200);
    const HttpReply unknown = post(m_server, logout, R"({"refresh_token": "never-issued"})");
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.body, again.body);

    QCOMPARE(profile(m_server, other.access).status, 200); // logging out ends one session only
}

void TestServerAuth::refreshTokenExpires() {
    TestServer server({QStringLiteral("--refresh-ttl"), QStringLiteral("2")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString email = newEmail();
    QCOMPARE(registerUser(server, email).status, 201);
    const Session fresh = sessionOf(login(server, email));
    const Session aging = sessionOf(login(server, email));
    QCOMPARE(refresh(server, fresh.refresh).status, 200);

    QTest::qWait(2500); // longer than --refresh-ttl
    const HttpReply expired = refresh(server, aging.refresh);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("invalid_refresh_token"));
}

void TestServerAuth::accessTokenExpires() {
    TestServer server({QStringLiteral("--access-ttl"), QStringLiteral("1")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpReply registered = registerUser(server, newEmail());
    QCOMPARE(registered.data().toObject().value(QStringLiteral("expires_in")).toInt(), 1);
    const Session session = sessionOf(registered);

    QTRY_COMPARE_WITH_TIMEOUT(profile(server, session.access).errorCode(), QStringLiteral("token_expired"),
                              5000);
    const HttpReply expired = profile(server, session.access);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.header("WWW-Authenticate").startsWith("Bearer"));

    // The refresh token still gets a new, working access token.
    const Session renewed = sessionOf(refresh(server, session.refresh));
    QCOMPARE(profile(server, renewed.access).status, 200);
}

void TestServerAuth::badAccountOptions_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("zero access ttl") << QStringList{QStringLiteral("--access-ttl"), QStringLiteral("0")};
    QTest::newRow("negative refresh ttl")
        << QStringList{QStringLiteral("--refresh-ttl"), QStringLiteral("-5")};
    QTest::newRow("word limit") << QStringList{QStringLiteral("--login-limit"), QStringLiteral("five")};
    QTest::newRow("limit too big") << QStringList{QStringLiteral("--login-limit"), QStringLiteral("1001")};
    QTest::newRow("window with unit") << QStringList{QStringLiteral("--login-window"), QStringLiteral("15m")};
    QTest::newRow("ttl of a century")
        << QStringList{QStringLiteral("--access-ttl"), QStringLiteral("3153600000")};
}

void TestServerAuth::badAccountOptions() {
    QFETCH(QStringList, arguments);
    QTemporaryDir data;
    QProcess process;
    process.start(QStringLiteral(TPN_SERVER_BINARY),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--data"), data.path()} +
                      arguments);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(message.contains(arguments.constFirst()), qPrintable(message));
}

void TestServerAuth::databaseHoldsHashesOnly() {
    const QString email = newEmail();
    const Session session = sessionOf(registerUser(m_server, email));
    QVERIFY(m_issuedTokens.size() > 50);

    const QByteArray bytes = TestServer::storedBytes(m_server.dataDir());
    QVERIFY(bytes.size() > 4096);
    // What is stored instead is found, so the scan does look at the right data.
    QVERIFY(bytes.contains(
        QCryptographicHash::hash(session.refresh.toUtf8(), QCryptographicHash::Sha256).toHex()));
    for (const QString &token : std::as_const(m_issuedTokens))
        QVERIFY2(!bytes.contains(token.toLatin1()),
                 qPrintable(QStringLiteral("token in the database: ") + token));
    QVERIFY(!bytes.contains(Password.toUtf8()));

    QSqlDatabase db = TestServer::openDatabase(m_server.dataDir(), QStringLiteral("inspect"));
    QVERIFY(db.isOpen());
    {
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral("SELECT password_hash FROM users WHERE email = ?")));
        query.addBindValue(email);
        QVERIFY(query.exec() && query.next());
        const QString hash = query.value(0).toString();
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(hash));
        QVERIFY(query.exec(
            QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash NOT LIKE '$argon2id$%'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
