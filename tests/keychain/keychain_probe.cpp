// Writes one secret through the app's Keychain wrapper and prints the status: the keychain test
// runs it in sessions without a usable secret service, where it must end promptly, not hang.
#include "keychain.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    Keychain keychain(QStringLiteral("tekpounou-test"), std::chrono::milliseconds(3000));
    keychain.write(QStringLiteral("probe"), "probe-secret", &app, [](const Keychain::Result &r) {
        std::printf("status=%s\n",
                    QMetaEnum::fromType<Keychain::Status>().valueToKey(static_cast<int>(r.status)));
        std::fflush(stdout);
        QCoreApplication::exit(r.status == Keychain::Status::Ok ? 0 : 3);
    });
    return app.exec();
}
