// The app's own services (ClientServices) in a process of their own, bringing the guest's data into
// the account that was signed in on this data directory: restored offline from the keychain, as
// the app would after a restart. Prints "adopting" once both are open, then each step's progress;
// the adoption test kills it with SIGKILL at random moments. Never syncs.
#include "clientservices.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    ClientOptions options;
    options.apiUrl = QUrl(args.at(1));
    options.caCertPath = args.at(2);
    options.dataDir = args.at(3);
    options.autoSync = false;
    ClientServices services(options);
    if (!services.start())
        return 3;

    bool started = false;
    const auto adoptOnceOpen = [&] {
        if (started || !services.session.guest() || !services.session.account())
            return;
        started = true;
        std::printf("adopting %d\n", services.guestData.taskCount() + services.guestData.journalCount() +
                                         services.guestData.lessonCount());
        std::fflush(stdout);
        services.guestData.adopt();
    };
    QObject::connect(&services.session, &LearnerSession::guestOpened, &app, adoptOnceOpen);
    QObject::connect(&services.session, &LearnerSession::accountChanged, &app, adoptOnceOpen);
    QObject::connect(&services.guestData, &GuestAdoption::changed, &app, [&] {
        if (services.guestData.running()) {
            std::printf("progress %.3f\n", services.guestData.progress());
            std::fflush(stdout);
        }
    });
    QObject::connect(&services.guestData, &GuestAdoption::finished, &app,
                     [&](bool ok) { app.exit(ok ? 0 : 5); });
    QTimer::singleShot(60000, &app, [&] { app.exit(6); });
    return app.exec();
}
