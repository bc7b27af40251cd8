// Argon2 off the answering thread (docs/api.md, Limits): while logins hash their passwords, other requests
// are still answered at once. Prints the /health and login latencies it compares.
//
// The check is a ratio measured in one run, not a time: CI runs this beside a browser on two cores, so
// /health may take 100 ms there. Were the hashing on the answering thread, /health would queue behind
// the logins and take about as long as one of them; off it, /health takes a fraction of a login.

#include "apiclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace {

const QString Password = QStringLiteral("correct horse 2");
constexpr int Clients = 16;
constexpr int LoginsPerClient = 3;

qint64 percentile(QList<qint64> samples, double fraction) {
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? -1 : samples.at(qsizetype(fraction * double(samples.size() - 1)));
}

QNetworkRequest jsonRequest(const QUrl &url) {
    QNetworkRequest request(url);
    request.setSslConfiguration(testTlsConfiguration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

} // namespace

class TestServerHashing : public QObject {
    Q_OBJECT

private slots:
    void healthStaysFastDuringLogins();
    void parallelGuessesStayLimited();

private:
    // Times /health, one request after the other, until done() or count samples.
    QList<qint64> timeHealth(TestServer &server, const std::function<bool()> &done, int count);
};

QList<qint64> TestServerHashing::timeHealth(TestServer &server, const std::function<bool()> &done,
                                            int count) {
    ApiClient client(testTlsConfiguration());
    client.get(server.url(QStringLiteral("/mobile-api/health"))); // the connection, outside the timings
    QList<qint64> samples;
    while (samples.size() < count && !done()) {
        QElapsedTimer timer;
        timer.start();
        const HttpReply reply = client.get(server.url(QStringLiteral("/mobile-api/health")));
        samples.append(timer.elapsed());
        if (reply.status != 200)
            return {};
    }
    return samples;
}

void TestServerHashing::healthStaysFastDuringLogins() {
    TestServer server(QStringList{});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiClient setup(testTlsConfiguration());
    QStringList emails;
    for (int i = 0; i < Clients; ++i) {
        emails.append(QStringLiteral("hashing%1@example.ht").arg(i));
        const QJsonObject body{{QStringLiteral("email"), emails.last()},
                               {QStringLiteral("password"), Password},
                               {QStringLiteral("displayName"), QStringLiteral("Tester")},
                               {QStringLiteral("language"), QStringLiteral("ht")}};
        QCOMPARE(setup
                     .send("POST", server.url(QStringLiteral("/mobile-api/auth/register")),
                           QJsonDocument(body).toJson(QJsonDocument::Compact))
                     .status,
                 201);
    }

    const QList<qint64> idle = timeHealth(
        server, [] { return false; }, 40);
    QVERIFY(!idle.isEmpty());

    // Sixteen clients, each on its own connection, log in again and again with correct passwords.
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    int running = 0;
    int succeeded = 0;
    int failed = 0;
    QList<qint64> loginMs;
    QElapsedTimer loginTimer;
    loginTimer.start();
    for (int i = 0; i < Clients; ++i) {
        auto *network = clients.emplace_back(std::make_unique<QNetworkAccessManager>()).get();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), emails.at(i)},
                                                          {QStringLiteral("password"), Password}})
                                    .toJson(QJsonDocument::Compact);
        const QNetworkRequest request = jsonRequest(server.url(QStringLiteral("/mobile-api/auth/login")));
        auto remaining = std::make_shared<int>(LoginsPerClient);
        auto next = std::make_shared<std::function<void()>>();
        *next = [=, this, &running, &succeeded, &failed, &loginMs] {
            auto sent = std::make_shared<QElapsedTimer>();
            sent->start();
            QNetworkReply *reply = network->post(request, body);
            connect(reply, &QNetworkReply::finished, this, [=, &running, &succeeded, &failed, &loginMs] {
                reply->deleteLater();
                loginMs.append(sent->elapsed());
                ++(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? succeeded
                                                                                             : failed);
                if (--*remaining > 0) {
                    (*next)();
                } else {
                    --running;
                    *next = {}; // ends the closure's reference to itself
                }
            });
        };
        ++running;
        (*next)();
    }
    const QList<qint64> loaded = timeHealth(
        server, [&] { return running == 0; }, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(running, 0, 60000);
    const qint64 wholeMs = loginTimer.elapsed();

    const qint64 healthP90 = percentile(loaded, 0.9);
    const qint64 loginMedian = percentile(loginMs, 0.5);
    qInfo("/health p90: %lld ms idle (%lld samples), %lld ms during %d logins on %d connections "
          "(%lld samples, max %lld ms); a login's median %lld ms; the logins took %lld ms",
          percentile(idle, 0.9), qint64(idle.size()), healthP90, Clients * LoginsPerClient, Clients,
          qint64(loaded.size()), loaded.isEmpty() ? -1 : *std::max_element(loaded.begin(), loaded.end()),
          loginMedian, wholeMs);
    QCOMPARE(succeeded, Clients * LoginsPerClient);
    QCOMPARE(failed, 0);
    QVERIFY(loaded.size() >= 5);
    QVERIFY2(healthP90 * 3 < loginMedian, "/health waited for the logins' hashing");
}

void TestServerHashing::parallelGuessesStayLimited() {
    // Twelve wrong passwords for one account sent at once, each on its own connection: while the first
    // ones are being hashed the others must already count, or all twelve would be verified.
    TestServer server(QStringList{}); // 5 failures per account and address, then a delay
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString email = QStringLiteral("guessed@example.ht");
    ApiClient setup(testTlsConfiguration());
    const QJsonObject account{{QStringLiteral("email"), email},
                              {QStringLiteral("password"), Password},
                              {QStringLiteral("displayName"), QStringLiteral("Tester")},
                              {QStringLiteral("language"), QStringLiteral("ht")}};
    QCOMPARE(setup
                 .send("POST", server.url(QStringLiteral("/mobile-api/auth/register")),
                       QJsonDocument(account).toJson(QJsonDocument::Compact))
                 .status,
             201);
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    QList<int> statuses;
    for (int i = 0; i < 12; ++i) {
        auto *network = clients.emplace_back(std::make_unique<QNetworkAccessManager>()).get();
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                      {QStringLiteral("password"), QStringLiteral("guess")}})
                .toJson(QJsonDocument::Compact);
        QNetworkReply *reply =
            network->post(jsonRequest(server.url(QStringLiteral("/mobile-api/auth/login"))), body);
        connect(reply, &QNetworkReply::finished, this, [reply, &statuses] {
            reply->deleteLater();
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 12, 30000);
    qInfo() << "answers to 12 parallel guesses:" << statuses;
    QCOMPARE(statuses.count(401), 5);
    QCOMPARE(statuses.count(429), 7);
}

QTEST_GUILESS_MAIN(TestServerHashing)
#include "tst_server_hashing.moc"
