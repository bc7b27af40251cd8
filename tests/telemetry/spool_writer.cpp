// Adds big reports to a spool in a loop until it is killed (tst_spool's kill test). Each report carries
// the SHA-256 of its payload, so the test can tell a whole report from a partial one. The payloads are
// made once, so the loop's time goes to writing: a kill then mostly lands in the middle of one.
#include "spool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: spool_writer DIR\n");
        return 2;
    }
    struct Payload {
        QString text;
        QString sha256;
    };
    QList<Payload> payloads;
    for (int mib = 1; mib <= 3; ++mib) {
        // 1-3 MiB of random bytes, about a crash report's size, in base64 as a minidump is sent.
        QByteArray bytes(mib * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        const QByteArray text = bytes.toBase64();
        payloads.append(
            {QString::fromLatin1(text),
             QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex())});
    }
    tpn::telemetry::Spool spool(QString::fromLocal8Bit(argv[1]), {256 * 1024 * 1024, 6, 60});
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const Payload &payload = payloads.at(i % payloads.size());
        spool.add(i % 2 ? QStringLiteral("crash") : QStringLiteral("error"),
                  {{QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                   {QStringLiteral("payload"), payload.text},
                   {QStringLiteral("sha256"), payload.sha256}});
    }
}
