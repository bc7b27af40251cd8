// The device side of downloads without a network: content files that become visible only when
// their hash matches, and the download queue that survives closing and reopening its database.
#include "contentstore.h"
#include "downloadpolicy.h"
#include "offlinelibrary.h"
#include "testsigner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestOfflineStore : public QObject {
    Q_OBJECT

private:
    static void writeFile(const QString &path, const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    static SignedManifestText signedText(const QString &courseId, const QByteArray &lesson) {
        const QByteArray text = TestSigner::manifest(
            courseId, QStringLiteral("ht"),
            {{QStringLiteral("course.json"), "{}"}, {QStringLiteral("lessons/one.json"), lesson}});
        return {text, *ContentManifest::parse(text)};
    }

private slots:
    void partBecomesFileOnlyWhenItsHashMatches() {
        QTemporaryDir dir;
        ContentStore store(dir.filePath(QStringLiteral("content")));
        QVERIFY(store.ensureDirectory());
        const QByteArray bytes = "lesson bytes";
        const QString sha = TestSigner::sha256(bytes);

        writeFile(store.partPath(sha), "lesson bytez"); // as long as the file, but wrong
        QString problem;
        QVERIFY(!store.commitPart(sha, bytes.size(), &problem));
        QCOMPARE(problem, QStringLiteral("hash mismatch"));
        QVERIFY(!store.has(sha));
        QVERIFY(!QFile::exists(store.partPath(sha))); // fetched again from nothing

        writeFile(store.partPath(sha), bytes.left(5)); // truncated: never renamed into view
        QVERIFY(!store.commitPart(sha, bytes.size()));
        QVERIFY(!store.has(sha));

        writeFile(store.partPath(sha), bytes);
        QVERIFY(store.commitPart(sha, bytes.size()));
        QVERIFY(store.has(sha));
        QCOMPARE(store.read(sha, 1024), bytes);
    }

    void damagedFileIsNeverReadAndIsDeleted() {
        QTemporaryDir dir;
        ContentStore store(dir.path());
        const QByteArray bytes = "a picture";
        const QString sha = TestSigner::sha256(bytes);
        QVERIFY(store.storeBytes(sha, bytes));
        QVERIFY(!store.storeBytes(TestSigner::sha256("other"), bytes)); // bytes that are not their name
        writeFile(store.filePath(sha), "a pictura");
        QVERIFY(store.read(sha, 1024).isEmpty());
        QVERIFY(!store.has(sha));
        QVERIFY(store.storeBytes(sha, bytes));
        writeFile(store.filePath(sha), "x");
        QVERIFY(!store.verify(sha));
        QVERIFY(!store.has(sha));
    }

    void dataRules() {
        QTemporaryDir dir;
        using V = DownloadPolicy::Verdict;
        DownloadPolicy policy(dir.filePath(QStringLiteral("settings.ini")));
        policy.assumeMetered(false);
        QCOMPARE(policy.verdict(500 * 1000 * 1000, 0), V::Go); // unmetered, no budget: anything goes
        policy.assumeMetered(true);
        QCOMPARE(policy.verdict(DownloadPolicy::kMeteredConfirmBytes, 0), V::Go); // 10 MB: no question yet
        QCOMPARE(policy.verdict(DownloadPolicy::kMeteredConfirmBytes + 1, 0), V::ConfirmMetered);
        policy.setMonthlyBudgetBytes(50 * 1000 * 1000);
        QCOMPARE(policy.verdict(1000, 50 * 1000 * 1000 - 1000), V::Go);
        QCOMPARE(policy.verdict(1001, 50 * 1000 * 1000 - 1000), V::ConfirmBudget);
        policy.setWifiOnly(true);
        QCOMPARE(policy.verdict(1, 0), V::WaitForWifi); // metered is never Wi-Fi
        policy.assumeMetered(false);
        QCOMPARE(policy.verdict(1, 0), V::Go);
        // The learner's choices are kept.
        DownloadPolicy again(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(again.wifiOnly());
        QCOMPARE(again.monthlyBudgetBytes(), 50 * 1000 * 1000);
    }

    void queueSurvivesReopening() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("offline.sqlite"));
        const SignedManifestText water = signedText(QStringLiteral("water"), "v1");
        {
            OfflineLibrary library(path);
            QVERIFY(library.open());
            QVERIFY(library.enqueue(QStringLiteral("Dlo"), water.manifest, water.text, "sig"));
            QVERIFY(library.enqueue(QStringLiteral("Lajan"),
                                    signedText(QStringLiteral("money"), "m").manifest,
                                    signedText(QStringLiteral("money"), "m").text, "sig"));
            QVERIFY(library.setState(QStringLiteral("money"), QStringLiteral("ht"),
                                     OfflinePackage::State::Paused, QStringLiteral("budget")));
            library.countBytes(1000);
            library.countBytes(234);
        }
        OfflineLibrary library(path);
        QVERIFY(library.open());
        QCOMPARE(library.packages().size(), 2);
        QCOMPARE(library.nextInQueue()->courseId, QStringLiteral("water"));
        const OfflinePackage *money = library.package(QStringLiteral("money"), QStringLiteral("ht"));
        QCOMPARE(money->state, OfflinePackage::State::Paused);
        QCOMPARE(money->problem, QStringLiteral("budget"));
        QCOMPARE(library.bytesThisMonth(), qint64(1234));

        QVERIFY(library.complete(QStringLiteral("water"), QStringLiteral("ht")));
        QVERIFY(!library.nextInQueue()); // money is paused
        // The same version again changes nothing; a new one is queued beside the one on the device.
        QVERIFY(library.enqueue(QStringLiteral("Dlo"), water.manifest, water.text, "sig"));
        QCOMPARE(library.package(QStringLiteral("water"), QStringLiteral("ht"))->state,
                 OfflinePackage::State::Complete);
        const SignedManifestText water2 = signedText(QStringLiteral("water"), "v2");
        QVERIFY(library.enqueue(QStringLiteral("Dlo"), water2.manifest, water2.text, "sig"));
        const OfflinePackage *updating = library.package(QStringLiteral("water"), QStringLiteral("ht"));
        QVERIFY(updating->current && updating->next);
        // Both versions of water and money: course.json is one file shared by all three.
        QCOMPARE(library.referencedHashes().size(), 4);
        // Cancelling the update keeps the version on the device.
        QVERIFY(library.cancel(QStringLiteral("water"), QStringLiteral("ht")));
        updating = library.package(QStringLiteral("water"), QStringLiteral("ht"));
        QVERIFY(updating->current && !updating->next);
        QVERIFY(library.remove(QStringLiteral("water"), QStringLiteral("ht")));
        QVERIFY(!library.package(QStringLiteral("water"), QStringLiteral("ht")));
    }
};

QTEST_GUILESS_MAIN(TestOfflineStore)
#include "tst_offlinestore.moc"
