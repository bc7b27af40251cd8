// A server that sends the wrong bytes: a copy whose bytes do not match its hash, a body longer than
// the manifest announced, a range that starts elsewhere. The real reference server never does this,
// so a small HTTPS server of the test's own (the development certificate, verification on) plays it.
// Nothing wrong may ever become visible, and a course that keeps arriving damaged stops with a reason.
#include "apiclient.h"
#include "contentfetch.h"
#include "contentstore.h"
#include "coursedownloader.h"
#include "downloadpolicy.h"
#include "offlinelibrary.h"
#include "testserver.h"
#include "testsigner.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

namespace {

// Answers every request with what `answer` writes for its request line: headers and body.
class FaultyServer : public QObject {
public:
    using Answer = std::function<QByteArray(const QByteArray &requestLine)>;
    explicit FaultyServer(Answer answer)
        : m_answer(std::move(answer)) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        const QString certs = QFileInfo(TestServer::caCertPath()).path();
        tls.setLocalCertificate(QSslCertificate::fromPath(certs + QStringLiteral("/server.pem")).value(0));
        QFile key(certs + QStringLiteral("/server.key"));
        key.open(QIODevice::ReadOnly);
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa)); // packaging/dev-certs.sh makes an RSA key
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QIODevice::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const qsizetype end = m_buffer[socket].indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray request = m_buffer[socket].left(end);
                    m_buffer[socket].remove(0, end + 4);
                    ++requests;
                    socket->write(m_answer(request));
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://localhost:%1").arg(m_server.serverPort())); }
    int requests = 0;

private:
    Answer m_answer;
    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

QByteArray answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {}) {
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nContent-Type: application/octet-stream\r\n" + extraHeaders + "\r\n" + body;
}

const QByteArray kBytes = "the right bytes of a lesson";

} // namespace

class TestWrongBytes : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    ContentFetch::Outcome fetchFrom(FaultyServer &server, ContentStore &store, qint64 size) {
        ApiClient api(m_network, server.url(), testTlsConfiguration());
        ContentFetch fetch(api, TestSigner::sha256(kBytes), store.partPath(TestSigner::sha256(kBytes)), size,
                           [](qint64) { return true; });
        QSignalSpy finished(&fetch, &ContentFetch::finished);
        fetch.start();
        if (!finished.wait(10000))
            return ContentFetch::Outcome::Aborted;
        return finished.first().first().value<ContentFetch::Outcome>();
    }

private slots:
    void wrongCopyNeverBecomesVisible() {
        FaultyServer server(
            [](const QByteArray &) { return answer(200, QByteArray(kBytes).replace("right", "wrong")); });
        QTemporaryDir dir;
        ContentStore store(dir.path());
        QCOMPARE(fetchFrom(server, store, kBytes.size()), ContentFetch::Outcome::Complete); // all bytes came
        QVERIFY(!store.commitPart(TestSigner::sha256(kBytes), kBytes.size())); // but not the right ones
        QVERIFY(!store.has(TestSigner::sha256(kBytes)));
    }

    void moreThanAnnouncedIsCutOff() {
        FaultyServer server(
            [](const QByteArray &) { return answer(200, kBytes + QByteArray(64 * 1024, 'x')); });
        QTemporaryDir dir;
        ContentStore store(dir.path());
        QCOMPARE(fetchFrom(server, store, kBytes.size()), ContentFetch::Outcome::Oversized);
        QVERIFY(store.partSize(TestSigner::sha256(kBytes)) <= kBytes.size());
    }

    void rangeFromElsewhereIsRefused() {
        FaultyServer server([](const QByteArray &) {
            return answer(206, kBytes.mid(2), "Content-Range: bytes 2-26/27\r\n");
        });
        QTemporaryDir dir;
        ContentStore store(dir.path());
        QFile part(store.partPath(TestSigner::sha256(kBytes)));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(kBytes.left(5)); // the device has 5 bytes; the server answers from byte 2
        part.close();
        QCOMPARE(fetchFrom(server, store, kBytes.size()), ContentFetch::Outcome::Failed);
        QCOMPARE(store.partSize(TestSigner::sha256(kBytes)), 5); // nothing misplaced was written
    }

    void aCourseThatKeepsArrivingDamagedStops() {
        const QByteArray course = R"({"id":"water"})";
        FaultyServer server(
            [&](const QByteArray &) { return answer(200, QByteArray(course).replace("water", "fire!")); });
        QTemporaryDir dir;
        TestSigner signer;
        const QByteArray text = TestSigner::manifest(QStringLiteral("water"), QStringLiteral("ht"),
                                                     {{QStringLiteral("course.json"), course}});
        ApiClient api(m_network, server.url(), testTlsConfiguration());
        ContentStore store(dir.filePath(QStringLiteral("content")));
        OfflineLibrary library(dir.filePath(QStringLiteral("offline.sqlite")));
        QVERIFY(library.open());
        DownloadPolicy policy(dir.filePath(QStringLiteral("settings.ini")));
        CourseDownloader downloader(api, store, library, policy, ContentKey::fromPem(signer.publicPem()));
        bool installed = false;
        downloader.setInstaller([&](const OfflinePackage &) { return installed = true; });
        downloader.start();
        downloader.enqueue({QStringLiteral("Dlo"), *ContentManifest::parse(text), text, signer.sign(text)},
                           false);
        QTRY_COMPARE_WITH_TIMEOUT(library.package(QStringLiteral("water"), QStringLiteral("ht"))->state,
                                  OfflinePackage::State::Failed, 10000);
        QCOMPARE(library.package(QStringLiteral("water"), QStringLiteral("ht"))->problem,
                 CourseDownloader::kDamaged);
        QCOMPARE(server.requests, 3); // three wrong copies, then it stops asking
        QVERIFY(!installed);
        QVERIFY(!store.has(TestSigner::sha256(course)));
    }
};

QTEST_MAIN(TestWrongBytes)
#include "tst_wrongbytes.moc"
