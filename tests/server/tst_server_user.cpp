// The signed-in user's endpoints of the reference server (docs/api.md, Accounts), against the real
// process over HTTPS: bearer authentication, the profile, the export, deleting the account, that each
// user reaches only their own data, and the demo accounts.

#include "apiclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString Password = QStringLiteral("lakay-se-lakay");

struct Session {
    QString access;
    QString refresh;
    QJsonObject user;
};

Session sessionOf(const HttpReply &reply) {
    const QJsonObject data = reply.data().toObject();
    return {stringField(data, "access_token"), stringField(data, "refresh_token"),
            data.value(QStringLiteral("user")).toObject()};
}

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HeaderList bearer(const QString &token) {
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

} // namespace

class TestServerUser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void profile();
    void updateProfile_data();
    void updateProfile();
    void updateProfileRejects_data();
    void updateProfileRejects();
    void exportHoldsEverythingButSecrets();
    void deleteErasesTheAccount();
    void usersReachOnlyTheirOwnData();
    void bearerTokenIsRequired_data();
    void bearerTokenIsRequired();
    void authenticationComesBeforeTheBody();
    void wrongMethods_data();
    void wrongMethods();
    void demoAccounts();

private:
    Session registerUser(const QString &displayName = QStringLiteral("Tester"));
    HttpReply login(TestServer &server, const QString &email, const QString &password);
    HttpReply patchProfile(const QString &token, const QByteArray &body);
    HttpReply exportData(const QString &token);

    TestServer m_server{{QStringLiteral("--login-limit"), QStringLiteral("1000")}};
    ApiClient m_client{testTlsConfiguration()};
    int m_emailCount = 0;
};

void TestServerUser::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

Session TestServerUser::registerUser(const QString &displayName) {
    const QJsonObject body{{QStringLiteral("email"), QStringLiteral("user%1@example.ht").arg(++m_emailCount)},
                           {QStringLiteral("password"), Password},
                           {QStringLiteral("displayName"), displayName},
                           {QStringLiteral("language"), QStringLiteral("ht")}};
    return sessionOf(
        m_client.send("POST", m_server.url(QStringLiteral("/mobile-api/auth/register")), compact(body)));
}

HttpReply TestServerUser::login(TestServer &server, const QString &email, const QString &password) {
    return m_client.send("POST", server.url(QStringLiteral("/mobile-api/auth/login")),
                         compact({{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}));
}

HttpReply TestServerUser::patchProfile(const QString &token, const QByteArray &body) {
    return m_client.send("PATCH", m_server.url(QStringLiteral("/mobile-api/user/profile")), body,
                         bearer(token));
}

HttpReply TestServerUser::exportData(const QString &token) {
    return m_client.get(m_server.url(QStringLiteral("/mobile-api/user/export")), bearer(token));
}

void TestServerUser::profile() {
    const Session session = registerUser(QStringLiteral("Jacques"));
    QVERIFY(!session.access.isEmpty());
    const HttpReply reply =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/user/profile")), bearer(session.access));
    QCOMPARE(reply.status, 200);
    const QString problem = envelopeProblem(reply, true, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(reply.data().toObject(), session.user);
    QCOMPARE(stringField(reply.data(), "displayName"), QStringLiteral("Jacques"));
    // Personal data: no HTTP cache may keep it.
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!reply.hasHeader("ETag"));
}

void TestServerUser::updateProfile_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("language");
    QTest::newRow("display name") << QByteArray(R"({"displayName": "Rose-Marie"})") << "Rose-Marie"
                                  << "ht";
    QTest::newRow("language") << QByteArray(R"({"language": "en"})") << "Tester"
                              << "en";
    QTest::newRow("both") << QByteArray(R"({"displayName": "Ti Jan", "language": "fr"})") << "Ti Jan"
                          << "fr";
    QTest::newRow("trimmed") << QByteArray(R"({"displayName": "  Wòch  "})") << "Wòch"
                             << "ht";
    QTest::newRow("unknown member ignored")
        << QByteArray(R"({"language": "fr", "theme": "dark"})") << "Tester"
        << "fr";
}

void TestServerUser::updateProfile() {
    QFETCH(QByteArray, body);
    QFETCH(QString, displayName);
    QFETCH(QString, language);
    const Session session = registerUser();
    const HttpReply reply = patchProfile(session.access, body);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QJsonObject expected = session.user;
    expected.insert(QStringLiteral("displayName"), displayName);
    expected.insert(QStringLiteral("language"), language);
    QCOMPARE(reply.data().toObject(), expected);
    const HttpReply read =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/user/profile")), bearer(session.access));
    QCOMPARE(read.data().toObject(), expected);
}

void TestServerUser::updateProfileRejects_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("no field") << QByteArray("{}") << "invalid_body"
                              << "displayName";
    QTest::newRow("only unknown fields") << QByteArray(R"({"email": "new@example.ht"})") << "invalid_body"
                                         << "language";
    QTest::newRow("not JSON") << QByteArray("displayName=x") << "invalid_body"
                              << "JSON object";
    QTest::newRow("array") << QByteArray(R"([{"displayName": "x"}])") << "invalid_body"
                           << "JSON object";
    QTest::newRow("number") << QByteArray(R"({"displayName": 5})") << "invalid_body"
                            << "displayName";
    QTest::newRow("null language") << QByteArray(R"({"language": null})") << "invalid_body"
                                   << "language";
    QTest::newRow("empty name") << QByteArray(R"({"displayName": ""})") << "invalid_parameter"
                                << "displayName";
    QTest::newRow("blank name") << QByteArray(R"({"displayName": "   "})") << "invalid_parameter"
                                << "displayName";
    QTest::newRow("101 characters") << compact({{QStringLiteral("displayName"), QString(101, u'x')}})
                                    << "invalid_parameter"
                                    << "displayName";
    QTest::newRow("huge name") << compact({{QStringLiteral("displayName"), QString(900000, u'x')}})
                               << "invalid_parameter"
                               << "displayName";
    QTest::newRow("bad language") << QByteArray(R"({"language": "es"})") << "invalid_parameter"
                                  << "language";
    // One bad field refuses the whole change.
    QTest::newRow("good name, bad language")
        << QByteArray(R"({"displayName": "Ok", "language": "xx"})") << "invalid_parameter"
        << "language";
}

void TestServerUser::updateProfileRejects() {
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, named);
    const Session session = registerUser();
    const HttpReply reply = patchProfile(session.access, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY2(stringField(reply.json().value(QStringLiteral("error")), "message").contains(named),
             reply.body.constData());
    const HttpReply read =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/user/profile")), bearer(session.access));
    QCOMPARE(read.data().toObject(), session.user);
}

void TestServerUser::exportHoldsEverythingButSecrets() {
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Session session = registerUser(QStringLiteral("Exportè"));
    const QString email = stringField(session.user, "email");
    const Session second = sessionOf(login(m_server, email, Password));
    const Session third = sessionOf(login(m_server, email, Password));
    const HttpReply logout = m_client.send("POST", m_server.url(QStringLiteral("/mobile-api/auth/logout")),
                                           compact({{QStringLiteral("refresh_token"), third.refresh}}));
    QCOMPARE(logout.status, 200);

    const HttpReply reply = exportData(second.access);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject data = reply.data().toObject();
    QJsonObject user = data.value(QStringLiteral("user")).toObject();
    const QDateTime createdAt = QDateTime::fromString(stringField(user, "createdAt"), Qt::ISODateWithMs);
    QVERIFY2(createdAt >= before && createdAt <= QDateTime::currentDateTimeUtc(),
             qPrintable(stringField(user, "createdAt")));
    user.remove(QStringLiteral("createdAt"));
    user.remove(QStringLiteral("updatedAt"));
    QCOMPARE(user, session.user);
    const QDateTime exportedAt = QDateTime::fromString(stringField(data, "exportedAt"), Qt::ISODateWithMs);
    QVERIFY(exportedAt.isValid());
    QVERIFY(qAbs(exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // The registration's session and the second login; the logged-out one is gone.
    const QJsonArray sessions = data.value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 2);
    for (const QJsonValue &entry : sessions) {
        QVERIFY(QDateTime::fromString(stringField(entry, "createdAt"), Qt::ISODateWithMs).isValid());
        QVERIFY(QDateTime::fromString(stringField(entry, "lastUsedAt"), Qt::ISODateWithMs).isValid());
        QCOMPARE(entry.toObject().value(QStringLiteral("active")), QJsonValue(true));
        QCOMPARE(entry.toObject().size(), 3);
    }

    const QByteArray text = reply.body;
    for (const Session &s : {session, second, third}) {
        QVERIFY(!text.contains(s.access.toLatin1()));
        QVERIFY(!text.contains(s.refresh.toLatin1()));
    }
    QVERIFY(!text.contains("argon2"));
    QVERIFY(!text.contains(Password.toUtf8()));
    QVERIFY(!text.contains("hash"));
}

void TestServerUser::deleteErasesTheAccount() {
    const Session session = registerUser(QStringLiteral("Efase Mwen"));
    const QString email = stringField(session.user, "email");
    const Session other = sessionOf(login(m_server, email, Password));
    QVERIFY(TestServer::storedBytes(m_server.dataDir()).contains(email.toUtf8()));

    const HttpReply deleted =
        m_client.send("DELETE", m_server.url(QStringLiteral("/mobile-api/user")), {}, bearer(session.access));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.data().toObject(), QJsonObject({{QStringLiteral("deleted"), true}}));

    QCOMPARE(login(m_server, email, Password).errorCode(), QStringLiteral("invalid_credentials"));
    for (const QString &access : {session.access, other.access}) {
        const HttpReply reply =
            m_client.get(m_server.url(QStringLiteral("/mobile-api/user/profile")), bearer(access));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
    }
    const HttpReply refresh = m_client.send("POST", m_server.url(QStringLiteral("/mobile-api/auth/refresh")),
                                            compact({{QStringLiteral("refresh_token"), other.refresh}}));
    QCOMPARE(refresh.errorCode(), QStringLiteral("invalid_refresh_token"));
    const HttpReply again =
        m_client.send("DELETE", m_server.url(QStringLiteral("/mobile-api/user")), {}, bearer(other.access));
    QCOMPARE(again.errorCode(), QStringLiteral("invalid_token"));

    // Erased from the files too, not only unlinked: neither the email nor the name is left anywhere.
    // PostgreSQL keeps deleted rows in its files until they are reused (docs/security.md): there, only
    // that no row is left.
    if (TestServer::onPostgres()) {
        QSqlDatabase db = TestServer::openDatabase(m_server.dataDir(), QStringLiteral("erased"));
        {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM users WHERE email = ? OR id = ?) + "
                                         "(SELECT COUNT(*) FROM token_families WHERE user_id = ?)"));
            const QString id = stringField(session.user, "id");
            query.addBindValue(email);
            query.addBindValue(id);
            query.addBindValue(id);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("erased"));
    } else {
        const QByteArray bytes = TestServer::storedBytes(m_server.dataDir());
        QVERIFY(!bytes.contains(email.toUtf8()));
        QVERIFY(!bytes.contains(QByteArray("Efase Mwen")));
        QVERIFY(!bytes.contains(stringField(session.user, "id").toLatin1()));
    }

    // The email is free again.
    const HttpReply reregistered =
        m_client.send("POST", m_server.url(QStringLiteral("/mobile-api/auth/register")),
                      compact({{QStringLiteral("email"), email},
                               {QStringLiteral("password"), Password},
                               {QStringLiteral("displayName"), QStringLiteral("Nouvo")},
                               {QStringLiteral("language"), QStringLiteral("fr")}}));
    QCOMPARE(reregistered.status, 201);
    QVERIFY(stringField(sessionOf(reregistered).user, "id") != stringField(session.user, "id"));
}

void TestServerUser::usersReachOnlyTheirOwnData() {
    const Session alice = registerUser(QStringLiteral("Alice Pòl"));
    const Session bob = registerUser(QStringLiteral("Bob Pyè"));
    const QUrl profileUrl = m_server.url(QStringLiteral("/mobile-api/user/profile"));
    QCOMPARE(m_client.get(profileUrl, bearer(alice.access)).data().toObject(), alice.user);
    QCOMPARE(m_client.get(profileUrl, bearer(bob.access)).data().toObject(), bob.user);

    const QByteArray aliceExport = exportData(alice.access).body;
    QVERIFY(aliceExport.contains(stringField(alice.user, "email").toUtf8()));
    for (const char *field : {"id", "email", "displayName"})
        QVERIFY2(!aliceExport.contains(stringField(bob.user, field).toUtf8()), field);

    QCOMPARE(patchProfile(bob.access, R"({"displayName": "Bob Chanje"})").status, 200);
    QCOMPARE(m_client.get(profileUrl, bearer(alice.access)).data().toObject(), alice.user);

    QCOMPARE(m_client.send("DELETE", m_server.url(QStringLiteral("/mobile-api/user")), {}, bearer(bob.access))
                 .status,
             200);
    QCOMPARE(m_client.get(profileUrl, bearer(alice.access)).data().toObject(), alice.user);
    QCOMPARE(login(m_server, stringField(alice.user, "email"), Password).status, 200);
}

void TestServerUser::bearerTokenIsRequired_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // {access}/{refresh}: tokens of a live session; "-": none
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QList<std::pair<QByteArray, QString>> endpoints{
        {"GET", QStringLiteral("/mobile-api/user/profile")},
        {"PATCH", QStringLiteral("/mobile-api/user/profile")},
        {"GET", QStringLiteral("/mobile-api/user/export")},
        {"DELETE", QStringLiteral("/mobile-api/user")}};
    const QList<std::pair<const char *, QByteArray>> headers{
        {"no header", "-"},
        {"empty header", ""},
        {"scheme only", "Bearer"},
        {"empty token", "Bearer "},
        {"garbage token", "Bearer garbage"},
        {"unknown token", "Bearer " + QByteArray(43, 'A')},
        {"basic scheme", "Basic dXNlcjpwYXNz"},
        {"token without scheme", "{access}"},
        {"refresh token", "Bearer {refresh}"},
        {"sql", "Bearer ' OR 1=1 --"},
    };
    for (const auto &[verb, path] : endpoints) {
        for (const auto &[name, header] : headers) {
            QTest::addRow("%s %s: %s", verb.constData(), qPrintable(path), name)
                << verb << path << header << 401 << "invalid_token";
        }
    }
    QTest::newRow("lower-case scheme")
        << QByteArray("GET") << "/mobile-api/user/profile" << QByteArray("bearer {access}") << 200 << "";
}

void TestServerUser::bearerTokenIsRequired() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Session session = registerUser();
    HeaderList headers;
    if (authorization != "-") {
        authorization.replace("{access}", session.access.toLatin1())
            .replace("{refresh}", session.refresh.toLatin1());
        headers.append({"Authorization", authorization});
    }
    const HttpReply reply = m_client.send(verb, m_server.url(path), R"({"displayName": "Changed"})", headers);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        const QString problem = envelopeProblem(reply, false, false);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(reply.errorCode(), code);
        QVERIFY2(reply.header("WWW-Authenticate").startsWith("Bearer realm="),
                 reply.header("WWW-Authenticate"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    }
    // The account is untouched by whatever was refused.
    const HttpReply profile =
        m_client.get(m_server.url(QStringLiteral("/mobile-api/user/profile")), bearer(session.access));
    QCOMPARE(profile.data().toObject(), session.user);
}

void TestServerUser::authenticationComesBeforeTheBody() {
    const HttpReply reply =
        m_client.send("PATCH", m_server.url(QStringLiteral("/mobile-api/user/profile")), "not json at all");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
}

void TestServerUser::wrongMethods_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET login") << QByteArray("GET") << "/mobile-api/auth/login" << QByteArray("POST");
    QTest::newRow("PUT register") << QByteArray("PUT") << "/mobile-api/auth/register" << QByteArray("POST");
    QTest::newRow("POST profile") << QByteArray("POST") << "/mobile-api/user/profile"
                                  << QByteArray("GET, HEAD, PATCH");
    QTest::newRow("DELETE profile") << QByteArray("DELETE") << "/mobile-api/user/profile"
                                    << QByteArray("GET, HEAD, PATCH");
    QTest::newRow("GET user") << QByteArray("GET") << "/mobile-api/user" << QByteArray("DELETE");
    QTest::newRow("POST export") << QByteArray("POST") << "/mobile-api/user/export"
                                 << QByteArray("GET, HEAD");
}

void TestServerUser::wrongMethods() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpReply reply = m_client.send(verb, m_server.url(path), "{}");
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.errorCode(), QStringLiteral("method_not_allowed"));
    QCOMPARE(reply.header("Allow"), allow);
}

void TestServerUser::demoAccounts() {
    TestServer server({QStringLiteral("--demo")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QList<QStringList> accounts{
        {QStringLiteral("demo@tekpounou.ht"), QStringLiteral("Demo"), QStringLiteral("ht")},
        {QStringLiteral("ana@tekpounou.ht"), QStringLiteral("Ana"), QStringLiteral("fr")},
        {QStringLiteral("sam@tekpounou.ht"), QStringLiteral("Sam"), QStringLiteral("en")}};
    for (const QStringList &account : accounts) {
        const HttpReply reply = login(server, account.at(0), QStringLiteral("lekol-2026"));
        QVERIFY2(reply.status == 200, qPrintable(account.at(0)));
        const QJsonObject user = sessionOf(reply).user;
        QCOMPARE(stringField(user, "displayName"), account.at(1));
        QCOMPARE(stringField(user, "language"), account.at(2));
    }

    // A restart with --demo leaves an existing demo account as it is.
    const Session demo =
        sessionOf(login(server, QStringLiteral("demo@tekpounou.ht"), QStringLiteral("lekol-2026")));
    const HttpReply patched = m_client.send("PATCH", server.url(QStringLiteral("/mobile-api/user/profile")),
                                            R"({"displayName": "Demo Chanje"})", bearer(demo.access));
    QCOMPARE(patched.status, 200);
    server.stop();
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpReply after = login(server, QStringLiteral("demo@tekpounou.ht"), QStringLiteral("lekol-2026"));
    QCOMPARE(after.status, 200);
    QCOMPARE(stringField(sessionOf(after).user, "displayName"), QStringLiteral("Demo Chanje"));
    QCOMPARE(stringField(sessionOf(after).user, "id"), stringField(demo.user, "id"));
    // Tokens survive the restart: they live in the database.
    QCOMPARE(m_client.get(server.url(QStringLiteral("/mobile-api/user/profile")), bearer(demo.access)).status,
             200);

    // Without --demo no demo account exists.
    QCOMPARE(login(m_server, QStringLiteral("demo@tekpounou.ht"), QStringLiteral("lekol-2026")).status, 401);
}

QTEST_GUILESS_MAIN(TestServerUser)
#include "tst_server_user.moc"
