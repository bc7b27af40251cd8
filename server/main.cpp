// tekpounou-server: the reference implementation of the mobile API (docs/api.md). This file only wires
// the parts together; each lives in its own file.

#include "activesessions.h"
#include "apiserver.h"
#include "authroutes.h"
#include "authservice.h"
#include "catalogroutes.h"
#include "catalogstore.h"
#include "contentimport.h"
#include "contentpublisher.h"
#include "contentroutes.h"
#include "crashreportroutes.h"
#include "crashstore.h"
#include "database.h"
#include "exportpack.h"
#include "faultplan.h"
#include "healthroute.h"
#include "listener.h"
#include "metrics.h"
#include "metricsroute.h"
#include "options.h"
#include "password.h"
#include "passwordreset.h"
#include "quitonsignal.h"
#include "ratelimit.h"
#include "readyroute.h"
#include "reportcommand.h"
#include "resetcodecommand.h"
#include "resetcodestore.h"
#include "serverlog.h"
#include "signingkey.h"
#include "symbolizer.h"
#include "syncroutes.h"
#include "syncservice.h"
#include "syncstore.h"
#include "telemetryroutes.h"
#include "telemetrystore.h"
#include "tlsfiles.h"
#include "userdemo.h"
#include "userroutes.h"
#include "workerprocesses.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <stdexcept>
#include <sys/resource.h>

using namespace tpn::server;

namespace {

// Exit code for anything that keeps the server from starting; distinct from a crash.
constexpr int StartupFailure = 2;
// How long SIGTERM waits for requests already received (an export, a large push) before leaving.
constexpr int DrainGraceMs = 30'000;
constexpr int WorkerStartTimeoutMs = 60'000;

// Each connection is a file descriptor: raise the soft limit to the hard one, and return it.
int raiseOpenFileLimit() {
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return int(qMin<rlim_t>(limit.rlim_cur, 1 << 20));
}

int startupFailure(const QString &message) {
    QTextStream(stderr) << "tekpounou-server: " << message << Qt::endl;
    return StartupFailure;
}

QString displayHost(const QHostAddress &address) {
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                               : address.toString();
}

} // namespace

int main(int argc, char *argv[]) {
    // A write past a file size limit fails with EFBIG and is reported like a full disk, instead of
    // killing the process.
    ::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tekpounou-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TPN_VERSION));

    if (isResetCodeCommand(app.arguments()))
        return runResetCodeCommand(app.arguments());
    if (isExportPackCommand(app.arguments()))
        return runExportPackCommand(app.arguments());
    if (isReportCommand(app.arguments()))
        return runReportCommand(app.arguments());

    QString error;
    const std::optional<ServerOptions> options = parseOptions(app.arguments(), &error);
    if (!options)
        return startupFailure(error + QStringLiteral("\nSee tekpounou-server --help."));

    if (options->isWorker())
        WorkerProcesses::followParent();
    try {
        // Key files first: a typo there should not leave a freshly created data directory behind.
        const std::optional<QSslConfiguration> tls =
            options->usesTls() ? std::optional(loadTlsConfiguration(options->tlsCertificate, options->tlsKey))
                               : std::nullopt;
        const std::optional<SigningKey> signingKey =
            options->signingKey.isEmpty() ? std::nullopt
                                          : std::optional(SigningKey::load(options->signingKey));
        const Database database(options->dataDir, options->database);
        importContent(database, {options->demo ? QStringLiteral(":/demo") : QString(), options->contentDir});
        CatalogStore store(database);
        CatalogRoutes catalogRoutes(store);
        QElapsedTimer publishing;
        publishing.start();
        const ContentStore content = publishContent(store, signingKey ? &*signingKey : nullptr);
        if (!signingKey)
            qCWarning(lcServer) << "no --signing-key given: offline downloads answer 503";
        qCInfo(lcServer).nospace() << "offline content: " << content.manifestCount() << " manifests, "
                                   << content.fileCount() << " files, prepared in " << publishing.elapsed()
                                   << " ms";
        ContentRoutes contentRoutes(store, content, signingKey.has_value());

        UserStore users(database);
        TokenStore tokens(database, {options->accessTtlSeconds * 1000, options->refreshTtlSeconds * 1000});
        const PasswordHasher hasher;
        // Per account and address, then a backoff; per account from anywhere; per address (a school's NAT).
        // Counted in the database, so that several server processes on it limit together.
        const RateEventsFactory rateEvents = inDatabase(database);
        LoginRateLimiter loginLimiter({options->loginLimit, 4 * options->loginLimit, 40 * options->loginLimit,
                                       options->loginWindowSeconds * 1000},
                                      rateEvents);
        RequestRateLimiter registrationLimiter(options->registerLimit, 60 * 60 * 1000,
                                               rateEvents(QStringLiteral("register")));
        AuthService auth(database, users, tokens, hasher, loginLimiter, registrationLimiter);
        if (options->demo)
            qCInfo(lcServer) << "demo accounts created:" << addDemoAccounts(auth);
        ResetCodeStore resetCodes(database);
        // Wrong reset codes are limited like failed logins, but counted apart from them.
        LoginRateLimiter resetLimiter({options->loginLimit, options->loginLimit, 4 * options->loginLimit,
                                       options->loginWindowSeconds * 1000},
                                      rateEvents, QStringLiteral("reset"));
        PasswordResets resets(database, users, tokens, resetCodes, hasher, resetLimiter);
        AuthRoutes authRoutes(auth, resets);
        SyncStore syncStore(database);
        SyncService sync(database, syncStore);
        SyncRoutes syncRoutes(auth, sync);
        UserRoutes userRoutes(database, auth, users, {&tokens, &syncStore});
        CrashStore crashes(database, options->dataDir);
        if (!QFileInfo(options->stackwalk).isExecutable()) {
            qCWarning(lcServer).noquote()
                << "no minidump_stackwalk at" << options->stackwalk
                << "- crash reports are stored but not symbolized (see --stackwalk)";
        }
        Symbolizer symbolizer(crashes, {options->stackwalk, options->symbolsDir});
        if (!options->isWorker()) // reports left from before: once, not by every process
            symbolizer.enqueuePending();
        CrashReportRoutes crashRoutes(crashes, symbolizer, rateEvents);
        TelemetryStore timings(database);
        TelemetryRoutes telemetryRoutes(timings, rateEvents);

        Router router;
        QJsonObject healthMetadata;
        if (const std::optional<QJsonObject> demo = advertisedDemoAccount(users))
            healthMetadata.insert(QStringLiteral("demo_account"), *demo);
        addHealthRoute(router, QCoreApplication::applicationVersion(), healthMetadata);
        // Operations (docs/deployment.md): readiness, and the Prometheus figures of every answered request.
        addReadyRoute(router, database);
        ActiveSessions activeSessions(database);
        Metrics metrics(
            [&activeSessions] { return activeSessions.count(QDateTime::currentMSecsSinceEpoch()); });
        addMetricsRoute(router, metrics,
                        options->metricsTokenFile.isEmpty()
                            ? MetricsAccess()
                            : MetricsAccess::fromTokenFile(options->metricsTokenFile));
        syncRoutes.setResultObserver([&metrics](const QString &status) { metrics.recordSyncResult(status); });
        catalogRoutes.addTo(router);
        contentRoutes.addTo(router);
        authRoutes.addTo(router);
        userRoutes.addTo(router);
        syncRoutes.addTo(router);
        crashRoutes.addTo(router);
        telemetryRoutes.addTo(router);

        FaultPlan faults(options->faultRate, options->faultSeed);
        if (faults.isActive()) {
            qCWarning(lcServer).noquote() << "fault injection on sync requests: rate" << options->faultRate
                                          << "seed" << options->faultSeed;
        }
        ApiServer server(std::move(router), &faults);
        server.setObserver([&metrics](const AnsweredRequest &request) { metrics.recordRequest(request); });
        if (!tls)
            qCWarning(lcServer) << "no --tls-cert/--tls-key given: serving plain HTTP, unencrypted";
        ConnectionLimits connectionLimits;
        connectionLimits.refused = [&metrics](const QByteArray &method, int status) {
            metrics.recordRequest({method.isEmpty() ? QByteArrayLiteral("UNKNOWN") : method,
                                   QStringLiteral("refused"), status, 0});
        };
        connectionLimits.requestTimeoutMs = int(options->requestTimeoutSeconds * 1000);
        connectionLimits.idleTimeoutMs = int(options->idleTimeoutSeconds * 1000);
        connectionLimits.maximumBody = [&server](const QByteArray &, const QByteArray &path) {
            return server.maximumBodySize(path);
        };
        ListenerLimits listenerLimits;
        listenerLimits.handshakeTimeoutMs = int(options->handshakeTimeoutSeconds * 1000);
        listenerLimits.maximumConnections = raiseOpenFileLimit() - 64; // files, SQLite, symbols
        auto *listener = new Listener(tls, listenerLimits, std::move(connectionLimits));
        const bool shared = options->processes > 1;
        const quint16 wantedPort = options->isWorker() ? options->workerPort : options->port;
        if (!(shared ? listener->listenShared(options->address, wantedPort)
                     : listener->listen(options->address, wantedPort))) {
            return startupFailure(QStringLiteral("cannot listen on %1:%2: %3")
                                      .arg(displayHost(options->address))
                                      .arg(options->port)
                                      .arg(listener->errorString()));
        }
        server.bind(listener); // the server owns it from here
        const quint16 port = listener->serverPort();
        // SIGTERM: finish what was received, accept nothing new, then leave the event loop (exit 0).
        WorkerProcesses workers(app.arguments().mid(1), port,
                                options->isWorker() ? 0 : options->processes - 1);
        if (!workers.start(WorkerStartTimeoutMs))
            return startupFailure(QStringLiteral("the worker processes did not start"));
        // SIGTERM: finish what was received, accept nothing new, then leave the event loop (exit 0) once
        // the workers have done the same.
        const QuitOnSignal quitOnSignal({SIGTERM, SIGINT}, [listener, &workers] {
            auto pending = std::make_shared<int>(2);
            const auto oneDone = [pending] {
                if (--*pending == 0)
                    QCoreApplication::quit();
            };
            workers.stop(oneDone);
            listener->drain(DrainGraceMs, oneDone);
        });
        // Test harnesses wait for exactly this line; keep its format.
        QTextStream(stdout) << "tekpounou-server listening on " << (options->usesTls() ? "https" : "http")
                            << "://" << displayHost(options->address) << ':' << port << Qt::endl;
        return QCoreApplication::exec();
    } catch (const std::exception &exception) {
        return startupFailure(QString::fromStdString(exception.what()));
    }
}
