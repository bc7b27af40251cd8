#include "appoptions.h"

#include "languagecontroller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <cstdio>

namespace {
std::nullopt_t fail(const QString &message) {
    std::fprintf(stderr, "tekpounou: %s\n", qPrintable(message));
    return std::nullopt;
}
} // namespace

std::optional<AppOptions> AppOptions::parse(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tek Pou Nou: learn anywhere, even offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption apiUrl(QStringLiteral("api-url"),
                                    QStringLiteral("Base URL of the mobile API (https)."),
                                    QStringLiteral("URL"), QStringLiteral("https://127.0.0.1:8443"));
    const QCommandLineOption caCert(
        QStringLiteral("ca-cert"),
        QStringLiteral("Extra CA certificate (PEM) to trust, e.g. the development CA."),
        QStringLiteral("FILE"));
    const QCommandLineOption contentKey(
        QStringLiteral("content-key"),
        QStringLiteral("Public key (PEM, Ed25519) that course downloads must be signed with."),
        QStringLiteral("FILE"));
    const QCommandLineOption assumeMetered(QStringLiteral("assume-metered"),
                                           QStringLiteral("Treat the network as metered (for checking)."));
    const QCommandLineOption download(
        QStringLiteral("download"),
        QStringLiteral(
            "Download a course (its id) or all courses in the UI language at start, without asking."),
        QStringLiteral("ID|all"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the app keeps its data."), QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("UI language: ht, fr or en."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption screen(
        QStringLiteral("screen"),
        QStringLiteral(
            "The screen to open at start: courses, tasks, progress, journal or settings; or a page: "
            "courses/<course id>[/<lesson id>], settings/storage, settings/reports."),
        QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window just before quitting."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after-ms"),
        QStringLiteral("Quit N ms after the first frame (default 3000 with --screenshot)."),
        QStringLiteral("N"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every screen, report problems, exit 0 if none."));
    const QCommandLineOption firstFrame(
        QStringLiteral("report-first-frame"),
        QStringLiteral("Print the time and peak memory at the first frame, then quit."));
    const QCommandLineOption consent(
        QStringLiteral("consent"),
        QStringLiteral("Set the choice about reports without asking: crash, timings, both (crash,timings) "
                       "or none."),
        QStringLiteral("LIST"));
    const QCommandLineOption crashTest(
        QStringLiteral("crash-test"),
        QStringLiteral("Crash on purpose after the first frame, to check crash reports: segv, abort, "
                       "terminate, thread or qml."),
        QStringLiteral("KIND"));
    parser.addOptions({apiUrl, caCert, contentKey, assumeMetered, download, dataDir, lang, size, screen,
                       screenshot, quitAfter, selfTest, firstFrame, consent, crashTest});
    parser.process(app);

    AppOptions o;
    o.apiUrl = QUrl(parser.value(apiUrl), QUrl::StrictMode);
    if (!o.apiUrl.isValid() || o.apiUrl.scheme() != QLatin1String("https") || o.apiUrl.host().isEmpty())
        return fail(QStringLiteral("--api-url must be an https:// URL"));
    o.caCertPath = parser.value(caCert);
    o.contentKeyPath = parser.value(contentKey);
    o.assumeMetered = parser.isSet(assumeMetered);
    o.download = parser.value(download);
    o.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                      : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    o.language = parser.value(lang);
    if (!o.language.isEmpty() && !LanguageController::isSupported(o.language))
        return fail(QStringLiteral("--lang must be one of ht, fr, en"));
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 200 || h < 200 || w > 8000 || h > 8000)
            return fail(QStringLiteral("--size must be WxH, each from 200 to 8000"));
        o.windowSize = QSize(w, h);
    }
    o.screen = parser.value(screen); // checked against the window's destinations once it exists
    o.screenshotPath = parser.value(screenshot);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        o.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || o.quitAfterMs < 0)
            return fail(QStringLiteral("--quit-after-ms must be a whole number of milliseconds"));
    } else if (!o.screenshotPath.isEmpty()) {
        o.quitAfterMs = 3000;
    }
    o.selfTest = parser.isSet(selfTest);
    o.reportFirstFrame = parser.isSet(firstFrame);
    if (parser.isSet(consent)) {
        const QStringList kinds = parser.value(consent).split(u',');
        const bool none = kinds == QStringList{QStringLiteral("none")};
        for (const QString &kind : kinds)
            if (!none && kind != QLatin1String("crash") && kind != QLatin1String("timings"))
                return fail(QStringLiteral("--consent takes crash, timings, crash,timings or none"));
        o.consent =
            std::pair(kinds.contains(QStringLiteral("crash")), kinds.contains(QStringLiteral("timings")));
    }
    o.crashTest = parser.value(crashTest);
    static const QStringList crashKinds = {QStringLiteral("segv"), QStringLiteral("abort"),
                                           QStringLiteral("terminate"), QStringLiteral("thread"),
                                           QStringLiteral("qml")};
    if (!o.crashTest.isEmpty() && !crashKinds.contains(o.crashTest))
        return fail(QStringLiteral("--crash-test must be one of segv, abort, terminate, thread, qml"));
    return o;
}
