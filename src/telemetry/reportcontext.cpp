#include "reportcontext.h"

#include "telemetrylog.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

namespace tpn::telemetry {

QString deviceId(const QString &dataDir) {
    const QString dir = QDir(dataDir).filePath(QStringLiteral("telemetry"));
    const QString path = QDir(dir).filePath(QStringLiteral("device-id"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QUuid id = QUuid::fromString(QString::fromLatin1(existing.read(64)).trimmed());
        if (!id.isNull())
            return id.toString(QUuid::WithoutBraces);
        qCWarning(lcTelemetry) << "device id unreadable; making a new one";
    }
    const QString id = newReportId();
    QSaveFile file(path);
    if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) || file.write(id.toLatin1() + '\n') < 0 ||
        !file.commit())
        qCWarning(lcTelemetry) << "cannot keep the device id:" << file.errorString(); // this session's only
    return id;
}

QString osDescription() {
    return QSysInfo::prettyProductName();
}

QJsonObject contextFields(const ReportContext &context) {
    return {{QStringLiteral("device"), context.device},
            {QStringLiteral("app"), QJsonObject{{QStringLiteral("version"), context.appVersion},
                                                {QStringLiteral("build_id"), context.buildId}}},
            {QStringLiteral("os"), context.os},
            {QStringLiteral("language"), context.language}};
}

QString wireTime(const QDateTime &time) {
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QString newReportId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tpn::telemetry
