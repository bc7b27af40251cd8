// One sync of a learner's device, as its own process, so the convergence test can kill -9 it at
// any moment: mid-commit, mid-request. It restores the session from the data directory and the
// keychain exactly as the app does at start-up, runs one sync and prints how it ended.
#include "accountstore.h"
#include "apiclient.h"
#include "authservice.h"
#include "keychain.h"
#include "learnersync.h"
#include "tlstrust.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments(); // API URL, CA file, device directory
    if (args.size() != 4)
        return 2;
    QNetworkAccessManager network;
    ApiClient api(network, QUrl(args.at(1)), TlsTrust::withExtraCa(args.at(2)).configuration);
    Keychain keychain(QString::fromLatin1(AuthService::kKeychainService));
    AccountStore accounts(args.at(3) + QStringLiteral("/settings.ini"));
    AuthService auth(api, keychain, accounts);
    std::unique_ptr<LearnerSync> sync;

    QObject::connect(&auth, &AuthService::stateChanged, &app, [&] {
        if (auth.state() == AuthService::State::SignedOut) {
            std::printf("no session\n");
            QCoreApplication::exit(3);
        } else if (auth.signedIn() && !sync) {
            sync = std::make_unique<LearnerSync>(args.at(3), auth, auth.dataCipher());
            if (!sync->open())
                QCoreApplication::exit(4);
            QObject::connect(&sync->engine(), &SyncEngine::finished, &app, [](const SyncEngine::Result &r) {
                std::printf("synced %s pushed=%d pulled=%d\n",
                            r.error.isError() ? qPrintable(r.error.code) : "ok", r.pushed, r.pulled);
                std::fflush(stdout);
                QCoreApplication::exit(r.error.isError() ? 1 : 0);
            });
            sync->engine().start();
        }
    });
    auth.restore();
    if (auth.state() == AuthService::State::SignedOut) {
        std::printf("no session\n");
        return 3;
    }
    return app.exec();
}
