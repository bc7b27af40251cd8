#pragma once

#include <QObject>
#include <QString>

class QQmlEngine;

// Crashes on purpose (--crash-test), so a build's crash reports can be checked end to end: each
// kind dies in its own uniquely named function, which the symbolized report must name.
namespace tpn::crashtest {

void crash(const QString &kind, QQmlEngine &engine);

// Called from QML for the "qml" kind: a null dereference in C++ below a QML call.
class QmlProbe : public QObject {
    Q_OBJECT
public:
    Q_INVOKABLE void dereferenceNullFromQml();
};

} // namespace tpn::crashtest
