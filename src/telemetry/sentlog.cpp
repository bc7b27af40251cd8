#include "sentlog.h"

#include "reportcontext.h"
#include "telemetrylog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tpn::telemetry {

SentLog::SentLog(QString path)
    : m_path(std::move(path)) {}

QList<QByteArray> SentLog::lines() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

void SentLog::append(const QString &kind, qint64 bytes) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_lines < 0)
        m_lines = int(lines().size());
    const QByteArray line =
        QJsonDocument(QJsonObject{{QStringLiteral("at"), wireTime(QDateTime::currentDateTimeUtc())},
                                  {QStringLiteral("kind"), kind},
                                  {QStringLiteral("bytes"), bytes}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    if (m_lines >= 2 * kMaxEntries) {
        // Rare, and a history only: a new file with the newest entries, replacing the old one whole.
        QList<QByteArray> kept = lines();
        kept = kept.mid(kept.size() - kMaxEntries + 1);
        kept.append(line.chopped(1));
        QSaveFile file(m_path);
        if (file.open(QIODevice::WriteOnly) && file.write(kept.join('\n') + '\n') >= 0 && file.commit()) {
            m_lines = int(kept.size());
            return;
        }
        qCWarning(lcTelemetry) << "cannot trim the sent log:" << file.errorString();
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size()) {
        qCWarning(lcTelemetry) << "cannot write the sent log:" << file.errorString();
        return;
    }
    ++m_lines;
}

QJsonArray SentLog::entries() const {
    QJsonArray newestFirst;
    const QList<QByteArray> all = lines();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const QJsonDocument entry = QJsonDocument::fromJson(*it);
        if (entry.isObject()) // a line cut by a crash mid-append is skipped, not fatal
            newestFirst.append(entry.object());
    }
    return newestFirst;
}

void SentLog::clear() {
    QFile::remove(m_path);
    m_lines = 0;
}

} // namespace tpn::telemetry
