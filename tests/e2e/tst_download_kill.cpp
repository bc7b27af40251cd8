// The real app, killed with SIGKILL in the middle of downloading every course, then started again:
// the queue survives in offline.sqlite, the download resumes where it stopped, and the server sends
// at most 110 % of the courses' bytes in all.
#include "contentstore.h"
#include "offlinelibrary.h"
#include "testserver.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList appArguments(const TestServer &server, const QString &dataDir) {
    return {QStringLiteral("--api-url"),     server.baseUrl().toString(),
            QStringLiteral("--ca-cert"),     TestServer::caCertPath(),
            QStringLiteral("--content-key"), TestServer::contentKeyPath(),
            QStringLiteral("--data-dir"),    dataDir,
            QStringLiteral("--lang"),        QStringLiteral("ht"),
            QStringLiteral("--size"),        QStringLiteral("390x844"),
            QStringLiteral("--consent"),     QStringLiteral("none")};
}

int committedFiles(const QString &contentDir) {
    int count = 0;
    for (const QString &name : QDir(contentDir).entryList(QDir::Files))
        count += name.endsWith(QLatin1String(".part")) ? 0 : 1;
    return count;
}

} // namespace

class TestDownloadKill : public QObject {
    Q_OBJECT
private slots:
    void resumesAfterSigkill() {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTemporaryDir dir;
        const QString content = dir.filePath(QStringLiteral("content"));

        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(TPN_APP_BINARY), appArguments(server, dir.path())
                                                        << QStringLiteral("--download")
                                                        << QStringLiteral("all"));
        QVERIFY(first.waitForStarted());
        // Kill it once a few files are in, long before all of them are.
        QVERIFY(QTest::qWaitFor([&] { return committedFiles(content) >= 8; }, 60000));
        first.kill();
        QVERIFY(first.waitForFinished());
        const int atKill = committedFiles(content);
        qint64 total = 0;
        {
            OfflineLibrary library(dir.filePath(QStringLiteral("offline.sqlite")));
            QVERIFY(library.open());
            QVERIFY(library.packages().size() > 1);
            QSet<QString> seen;
            for (const OfflinePackage &package : library.packages())
                for (const ManifestFile &file : package.target()->files)
                    if (!seen.contains(file.sha256)) {
                        seen.insert(file.sha256);
                        total += file.size;
                    }
            QVERIFY2(atKill < seen.size(), "the download finished before the kill: nothing to resume");
        }

        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QStringLiteral(TPN_APP_BINARY), appArguments(server, dir.path()));
        QVERIFY(second.waitForStarted());
        const auto allComplete = [&] {
            OfflineLibrary library(dir.filePath(QStringLiteral("offline.sqlite")));
            if (!library.open() || library.packages().isEmpty())
                return false;
            for (const OfflinePackage &package : library.packages())
                if (package.next || package.state != OfflinePackage::State::Complete)
                    return false;
            return true;
        };
        QVERIFY(QTest::qWaitFor(allComplete, 120000));
        second.terminate();
        QVERIFY(second.waitForFinished());

        const qint64 sent = server.contentBytesSent();
        qInfo("killed after %d files; %lld bytes sent for %lld bytes of files (%.1f %%)", atKill, sent, total,
              100.0 * double(sent) / double(total));
        QVERIFY2(sent <= total * 11 / 10,
                 qPrintable(QStringLiteral("%1 bytes sent for %2").arg(sent).arg(total)));
        // Every file is there and whole.
        ContentStore store(content);
        OfflineLibrary library(dir.filePath(QStringLiteral("offline.sqlite")));
        QVERIFY(library.open());
        for (const OfflinePackage &package : library.packages())
            for (const ManifestFile &file : package.current->files)
                QVERIFY2(store.verify(file.sha256), qPrintable(file.path));
    }
};

QTEST_GUILESS_MAIN(TestDownloadKill)
#include "tst_download_kill.moc"
