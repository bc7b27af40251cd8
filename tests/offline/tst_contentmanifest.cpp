// The manifest rules and the signature check that stand between a server (or a USB stick) and
// what a learner reads: anything that breaks a rule is refused whole.
#include "contentkey.h"
#include "contentmanifest.h"
#include "testsigner.h"

#include <QTest>

class TestContentManifest : public QObject {
    Q_OBJECT

private:
    static QByteArray course() { return R"({"id":"water","title":"Dlo"})"; }
    static QByteArray good() {
        return TestSigner::manifest(QStringLiteral("water"), QStringLiteral("ht"),
                                    {{QStringLiteral("course.json"), course()},
                                     {QStringLiteral("lessons/boil.json"), "{}"},
                                     {QStringLiteral("images/drop.svg"), "<svg/>"}});
    }

private slots:
    void acceptsWhatTheServerWrites() {
        QString problem;
        const auto manifest = ContentManifest::parse(good(), &problem);
        QVERIFY2(manifest, qPrintable(problem));
        QCOMPARE(manifest->courseId, QStringLiteral("water"));
        QCOMPARE(manifest->files.size(), 3);
        QCOMPARE(manifest->totalBytes, qint64(course().size() + 2 + 6));
        QCOMPARE(manifest->files.at(1).lessonId(), QStringLiteral("boil"));
        QVERIFY(manifest->courseFile());
    }

    void refusesBrokenRules_data() {
        QTest::addColumn<QByteArray>("text");
        const QByteArray text = good();
        auto edit = [&](const char *from, const char *to) { return QByteArray(text).replace(from, to); };
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("traversal") << edit("lessons/boil.json", "../../boil.json");
        QTest::newRow("absolute") << edit("lessons/boil.json", "/etc/passwd");
        QTest::newRow("nested") << edit("images/drop.svg", "images/a/b.svg");
        QTest::newRow("backslash") << edit("images/drop.svg", "images\\\\drop.svg");
        QTest::newRow("upper-case hash") << QByteArray(text).replace(
            TestSigner::sha256("{}").toLatin1(), TestSigner::sha256("{}").toUpper().toLatin1());
        QTest::newRow("wrong type") << edit("image/svg+xml", "text/html");
        QTest::newRow("wrong total") << edit("\"totalBytes\":", "\"totalBytes\":1");
        QTest::newRow("negative size") << edit("\"size\":2", "\"size\":-2");
        QTest::newRow("fractional size") << edit("\"size\":2", "\"size\":2.5");
        QTest::newRow("bad course id") << edit("\"courseId\":\"water\"", "\"courseId\":\"Water/../x\"");
        QTest::newRow("unknown language") << edit("\"language\":\"ht\"", "\"language\":\"es\"");
        QTest::newRow("future format") << edit("\"format\":1", "\"format\":2");
        QTest::newRow("no course record") << edit("course.json", "lessons/c.json");
        QTest::newRow("twice") << edit("lessons/boil.json", "images/drop.svg");
        QTest::newRow("too large") << QByteArray(ContentManifest::kMaxManifestBytes + 1, ' ');
    }
    void refusesBrokenRules() {
        QFETCH(QByteArray, text);
        QString problem;
        QVERIFY(!ContentManifest::parse(text, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void signatureChecksEveryByte() {
        TestSigner signer, stranger;
        const ContentKey key = ContentKey::fromPem(signer.publicPem());
        QVERIFY2(key.isValid(), qPrintable(key.errorString()));
        const QByteArray text = good();
        QVERIFY(key.verify(text, signer.sign(text)));
        QVERIFY(!key.verify(text + ' ', signer.sign(text)));
        QByteArray flipped = text;
        flipped[10] = char(flipped[10] ^ 1);
        QVERIFY(!key.verify(flipped, signer.sign(text)));
        QVERIFY(!key.verify(text, stranger.sign(text)));
        QVERIFY(!key.verify(text, signer.sign(text).left(63)));
    }

    void refusesKeysThatAreNotEd25519() {
        QVERIFY(!ContentKey::fromPem("not a key").isValid());
        QVERIFY(!ContentKey::fromPemFile(QStringLiteral("/nonexistent/key.pem")).isValid());
        // An RSA public key is a valid PEM key, but not the kind manifests are signed with.
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> rsa(
            EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)), &EVP_PKEY_free);
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        PEM_write_bio_PUBKEY(bio.get(), rsa.get());
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        const ContentKey key = ContentKey::fromPem(QByteArray(data, int(size)));
        QVERIFY(!key.isValid());
        QCOMPARE(key.errorString(), QStringLiteral("not an Ed25519 key"));
    }
};

QTEST_GUILESS_MAIN(TestContentManifest)
#include "tst_contentmanifest.moc"
