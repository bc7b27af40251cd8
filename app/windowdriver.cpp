#include "windowdriver.h"

#include "firstframe.h"

#include <QCoreApplication>
#include <QImage>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace {

// QML warnings seen since startWatchingWarnings(); the self-test fails on any of them.
QStringList qmlWarnings;
QtMessageHandler previousHandler = nullptr;

void recordQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const bool fromQml = QByteArray(context.category) == "qml" || QByteArray(context.category) == "js" ||
                         message.contains(QLatin1String(".qml:"));
    if (type >= QtWarningMsg && fromQml)
        qmlWarnings.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

// Items made by a Repeater are not QObject children of the window, so search the visual tree.
QQuickItem *findItem(QQuickItem *root, const QString &objectName) {
    if (!root || root->objectName() == objectName)
        return root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

} // namespace

WindowDriver::WindowDriver(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {}

void WindowDriver::startWatchingWarnings() {
    if (m_options.selfTest)
        previousHandler = qInstallMessageHandler(recordQmlWarnings);
}

void WindowDriver::attach(QQuickWindow *window) {
    m_window = window;
    if (m_options.windowSize.isValid())
        window->resize(m_options.windowSize);
    if (!m_options.screen.isEmpty() && !showDestination(m_options.screen)) {
        std::fprintf(stderr, "tekpounou: --screen must be one of %s\n",
                     qPrintable(destinations().join(QStringLiteral(", "))));
        QTimer::singleShot(0, [] { QCoreApplication::exit(2); });
        return;
    }
    onFirstFrame(window, [this] { firstFrameShown(); });
}

// QObject::property, not QQmlProperty::read: Qt 6.4's QQmlProperty reads a QML list<string> as an
// object list and crashes.
QStringList WindowDriver::destinations() const {
    return m_window->property("destinations").toStringList();
}

bool WindowDriver::showDestination(const QString &screen) {
    // "courses/<course id>" or "settings/storage": a page inside a destination.
    const QString name = screen.section(u'/', 0, 0), page = screen.section(u'/', 1);
    if (!destinations().contains(name))
        return false;
    if (!page.isEmpty())
        return QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, name), Q_ARG(QString, page));
    // QML functions with typed parameters take a QString; untyped ones a QVariant.
    return QMetaObject::invokeMethod(m_window, "showDestination", Q_ARG(QString, name)) ||
           QMetaObject::invokeMethod(m_window, "showDestination", Q_ARG(QVariant, name));
}

void WindowDriver::firstFrameShown() {
    if (m_options.reportFirstFrame) {
        printFirstFrameReport();
        QCoreApplication::exit(0);
        return;
    }
    if (m_options.selfTest) {
        QCoreApplication::exit(runSelfTest());
        return;
    }
    if (m_options.quitAfterMs >= 0)
        QTimer::singleShot(m_options.quitAfterMs, this, &WindowDriver::saveScreenshotAndQuit);
}

int WindowDriver::runSelfTest() {
    // Visit every destination as a learner would, so each lazily created screen is built once.
    const QStringList names = destinations();
    QStringList failures;
    if (names.isEmpty())
        failures.append(QStringLiteral("the window lists no destinations"));
    for (const QString &name : names) {
        const bool shown = showDestination(name);
        const QQuickItem *loader = findItem(m_window->contentItem(), QStringLiteral("screenLoader_") + name);
        if (!shown || !loader || !QQmlProperty::read(loader, QStringLiteral("item")).value<QQuickItem *>())
            failures.append(QStringLiteral("screen '%1' did not load").arg(name));
    }
    failures.append(qmlWarnings);
    std::printf("self-test: %lld screens, %lld problems\n", static_cast<long long>(names.size()),
                static_cast<long long>(failures.size()));
    for (const QString &f : std::as_const(failures))
        std::printf("  - %s\n", qPrintable(f));
    std::fflush(stdout);
    return failures.isEmpty() ? 0 : 1;
}

void WindowDriver::saveScreenshotAndQuit() {
    int exitCode = 0;
    if (!m_options.screenshotPath.isEmpty()) {
        const QImage image = m_window->grabWindow();
        if (image.isNull() || !image.save(m_options.screenshotPath)) {
            std::fprintf(stderr, "tekpounou: could not save screenshot to %s\n",
                         qPrintable(m_options.screenshotPath));
            exitCode = 1;
        }
    }
    QCoreApplication::exit(exitCode);
}
