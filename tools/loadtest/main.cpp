// tekpounou-load: simulated learners against a running tekpounou-server, for the figures of
// docs/performance.md ("Server: load harness"). See --help.

#include "loadoptions.h"
#include "loadrun.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tekpounou-load"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString error;
    const std::optional<LoadOptions> options = parseLoadOptions(app.arguments(), &error);
    if (!options) {
        err << "tekpounou-load: " << error << "\nSee tekpounou-load --help." << Qt::endl;
        return 2;
    }
    const std::optional<QSslConfiguration> tls = tlsTrusting(options->caCert);
    if (!tls) {
        err << "tekpounou-load: " << options->caCert << " holds no PEM certificate" << Qt::endl;
        return 2;
    }
    LoadRun run(*options, *tls, out);
    QObject::connect(&run, &LoadRun::finished, &app, &QCoreApplication::exit);
    run.start();
    return QCoreApplication::exec();
}
