// The real OS keychain: gnome-keyring on a private D-Bus session (packaging/headless-session.sh).
#include "keychain.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

Keychain::Result wait(const std::function<void(Keychain::Callback)> &start) {
    std::optional<Keychain::Result> result;
    start([&](const Keychain::Result &r) { result = r; });
    // QTRY_* cannot return a value; a job that never answers shows up as a Failed result instead.
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000);
    return result.value_or(Keychain::Result{Keychain::Status::Failed, {}, QStringLiteral("no answer")});
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void largeBinarySecret();
    void missingEntry();
    void noSessionBusFailsFast();
    void displayButNoBusDoesNotHang();

private:
    Keychain m_keychain{QStringLiteral("tekpounou-test")};
    QString m_key = QStringLiteral("account:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestKeychain::initTestCase() {
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "run inside dbus-run-session with gnome-keyring (packaging/headless-session.sh)");
}

void TestKeychain::writeReadOverwriteDelete() {
    auto write = [&](const QByteArray &secret) {
        return wait([&](auto cb) { m_keychain.write(m_key, secret, this, cb); });
    };
    auto read = [&] { return wait([&](auto cb) { m_keychain.read(m_key, this, cb); }); };

    Keychain::Result r = write("refresh-token-1");
    QVERIFY2(r.status == Keychain::Status::Ok, qPrintable(r.detail));
    r = read();
    QCOMPARE(r.status, Keychain::Status::Ok);
    QCOMPARE(r.data, QByteArray("refresh-token-1"));

    QCOMPARE(write("refresh-token-2").status, Keychain::Status::Ok);
    QCOMPARE(read().data, QByteArray("refresh-token-2"));

    QCOMPARE(wait([&](auto cb) { m_keychain.remove(m_key, this, cb); }).status, Keychain::Status::Ok);
    QCOMPARE(read().status, Keychain::Status::NotFound);
}

void TestKeychain::largeBinarySecret() {
    QByteArray secret(4096, Qt::Uninitialized);
    for (int i = 0; i < secret.size(); ++i)
        secret[i] = static_cast<char>(i * 7 + 3);
    const QString key = m_key + QStringLiteral("-large");
    QCOMPARE(wait([&](auto cb) { m_keychain.write(key, secret, this, cb); }).status, Keychain::Status::Ok);
    const Keychain::Result r = wait([&](auto cb) { m_keychain.read(key, this, cb); });
    QCOMPARE(r.status, Keychain::Status::Ok);
    QCOMPARE(r.data, secret);
    QCOMPARE(wait([&](auto cb) { m_keychain.remove(key, this, cb); }).status, Keychain::Status::Ok);
}

void TestKeychain::missingEntry() {
    const Keychain::Result r =
        wait([&](auto cb) { m_keychain.read(QStringLiteral("never-written"), this, cb); });
    QCOMPARE(r.status, Keychain::Status::NotFound);
}

void TestKeychain::noSessionBusFailsFast() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    QProcess probe;
    probe.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    probe.start(QStringLiteral(TPN_KEYCHAIN_PROBE));
    QVERIFY(probe.waitForFinished(20000));
    const QByteArray out = probe.readAllStandardOutput();
    QVERIFY2(out.contains("status=Unavailable") || out.contains("status=TimedOut"), out.constData());
    QCOMPARE(probe.exitCode(), 3);
    qInfo("no session bus: the probe ended in %lld ms", timer.elapsed());
}

void TestKeychain::displayButNoBusDoesNotHang() {
    if (qEnvironmentVariable("DISPLAY").isEmpty())
        QSKIP("needs an X display (the test session provides Xvfb)");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.start(QStringLiteral(TPN_KEYCHAIN_PROBE));
    // The wrapper's own 3 s timeout must end it even if a prompt would wait forever.
    QVERIFY2(probe.waitForFinished(15000), "the keychain wrapper hung without a session bus");
    QVERIFY(!probe.readAllStandardOutput().contains("status=Ok"));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
