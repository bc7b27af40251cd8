// Argon2 off the answering thread (docs/api.md, Limits): while logins hash their passwords, other requests
// are still answered at once. Prints the /health latencies it compares.

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
constexpr int Clients = 8;
constexpr int LoginsPerClient = 4;

qint64 percentile95(QList<qint64> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? -1 : samples.at(qsizetype(0.95 * double(samples.size() - 1)));
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

    // Eight clients, each on its own connection, log in again and again with correct passwords.
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    int running = 0;
    int succeeded = 0;
    int failed = 0;
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
        *next = [=, this, &running, &succeeded, &failed] {
            QNetworkReply *reply = network->post(request, body);
            connect(reply, &QNetworkReply::finished, this, [=, &running, &succeeded, &failed] {
                reply->deleteLater();
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
    const qint64 loginMs = loginTimer.elapsed();

    qInfo("/health p95: %lld ms idle (%lld samples), %lld ms during %d logins on %d connections "
          "(%lld samples, max %lld ms); the logins took %lld ms",
          percentile95(idle), qint64(idle.size()), percentile95(loaded), Clients * LoginsPerClient, Clients,
          qint64(loaded.size()), loaded.isEmpty() ? -1 : *std::max_element(loaded.begin(), loaded.end()),
          loginMs);
    QCOMPARE(succeeded, Clients * LoginsPerClient);
    QCOMPARE(failed, 0);
    QVERIFY2(percentile95(loaded) < 50, "/health waited for the logins' hashing");
    QVERIFY(loaded.size() >= 5);
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
