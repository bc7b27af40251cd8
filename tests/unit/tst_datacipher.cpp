// Sensitive local fields are sealed with AES-256-GCM: what goes in comes out with the right key
// and context, and anything else is a clear error, never garbage.
#include "datacipher.h"

#include <QSet>
#include <QTest>

class TestDataCipher : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void freshNonceEveryTime();
    void everyChangedByteIsDetected();
    void wrongKeyOrContextFails();
    void malformedInputFails_data();
    void malformedInputFails();
    void invalidKeyIsRefused();
};

void TestDataCipher::roundTrip_data() {
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("kreyol") << QStringLiteral("Jodi a m te aprann li. Mwen kontan anpil! ✍️").toUtf8();
    QTest::newRow("20000 chars") << QByteArray(20000 * 3, 'x');
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\x00", 4);
}

void TestDataCipher::roundTrip() {
    QFETCH(QByteArray, plain);
    const DataCipher cipher(DataCipher::generateKey());
    QVERIFY(cipher.isValid());
    const QByteArray sealed = cipher.seal(plain, "journal:1");
    QCOMPARE(sealed.size(), plain.size() + DataCipher::kOverhead);
    if (plain.size() > 16)
        QVERIFY(!sealed.contains(plain.first(16))); // not stored in the clear
    QString error;
    const auto opened = cipher.open(sealed, "journal:1", &error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(*opened, plain);
}

void TestDataCipher::freshNonceEveryTime() {
    const DataCipher cipher(DataCipher::generateKey());
    QSet<QByteArray> nonces;
    for (int i = 0; i < 1000; ++i)
        nonces.insert(cipher.seal("same text", "ctx").mid(1, DataCipher::kNonceBytes));
    QCOMPARE(nonces.size(), 1000);
    QVERIFY(DataCipher::generateKey() != DataCipher::generateKey());
}

void TestDataCipher::everyChangedByteIsDetected() {
    const DataCipher cipher(DataCipher::generateKey());
    const QByteArray sealed = cipher.seal("Mwen renmen lekòl.", "journal:7");
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray tampered = sealed;
        tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
        QString error;
        QVERIFY2(!cipher.open(tampered, "journal:7", &error), qPrintable(QStringLiteral("byte %1").arg(i)));
        QVERIFY(!error.isEmpty());
    }
}

void TestDataCipher::wrongKeyOrContextFails() {
    const DataCipher cipher(DataCipher::generateKey());
    const DataCipher other(DataCipher::generateKey());
    const QByteArray sealed = cipher.seal("secret", "journal:1");
    QString error;
    QVERIFY(!other.open(sealed, "journal:1", &error));
    QVERIFY(error.contains(QLatin1String("authentication")));
    QVERIFY(!cipher.open(sealed, "journal:2", &error));
    QVERIFY(cipher.open(sealed, "journal:1"));
}

void TestDataCipher::malformedInputFails_data() {
    QTest::addColumn<QByteArray>("sealed");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << QByteArray(DataCipher::kOverhead - 1, '\x01');
    QTest::newRow("version 2") << (QByteArray(1, '\x02') + QByteArray(40, 'a'));
}

void TestDataCipher::malformedInputFails() {
    QFETCH(QByteArray, sealed);
    const DataCipher cipher(DataCipher::generateKey());
    QString error;
    QVERIFY(!cipher.open(sealed, "x", &error));
    QVERIFY(!error.isEmpty());
}

void TestDataCipher::invalidKeyIsRefused() {
    const DataCipher cipher(QByteArray(16, 'k'));
    QVERIFY(!cipher.isValid());
    QVERIFY(cipher.seal("x", "y").isEmpty());
    QVERIFY(!cipher.open(QByteArray(64, '\x01'), "y"));
}

QTEST_GUILESS_MAIN(TestDataCipher)
#include "tst_datacipher.moc"
