// tekpounou-load against the real server: a short run must sign every learner in, make every kind of
// request, report no error, and leave the pushed edits in the server's own figures.

#include "testserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestLoadSmoke : public QObject {
    Q_OBJECT

private slots:
    void fiveLearnersForFiveSeconds();
};

void TestLoadSmoke::fiveLearnersForFiveSeconds() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QProcess load;
    load.start(QStringLiteral(TPN_LOAD_BINARY),
               {QStringLiteral("--server"), server.baseUrl().toString(), QStringLiteral("--ca-cert"),
                TestServer::caCertPath(), QStringLiteral("--learners"), QStringLiteral("5"),
                QStringLiteral("--duration"), QStringLiteral("5"), QStringLiteral("--think"),
                QStringLiteral("200")});
    QVERIFY(load.waitForFinished(60000));
    const QString output = QString::fromUtf8(load.readAllStandardOutput() + load.readAllStandardError());
    QVERIFY2(load.exitStatus() == QProcess::NormalExit && load.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("sign-in: 5 of 5 learners")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("errors: 0")), qPrintable(output));
    const QStringList kinds = QStringLiteral("pull push courses course lesson").split(u' ');
    for (const QString &kind : kinds) {
        const QRegularExpression row(QStringLiteral("\\n  %1 +(\\d+) ").arg(kind));
        const QRegularExpressionMatch match = row.match(output);
        QVERIFY2(match.hasMatch() && match.captured(1).toInt() > 0, qPrintable(kind + u'\n' + output));
    }

    // The pushes were real: the server applied their mutations.
    QNetworkAccessManager network;
    QNetworkRequest request(server.url(QStringLiteral("/metrics")));
    request.setSslConfiguration(testTlsConfiguration());
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    const QRegularExpressionMatch applied =
        QRegularExpression(QStringLiteral("tpn_sync_mutations_total\\{result=\"applied\"\\} (\\d+)"))
            .match(QString::fromUtf8(reply->readAll()));
    QVERIFY(applied.hasMatch());
    QVERIFY(applied.captured(1).toInt() >= 5);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestLoadSmoke)
#include "tst_loadtest_smoke.moc"
