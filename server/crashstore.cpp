#include "crashstore.h"

#include "crashreport.h"
#include "crashsignature.h"
#include "database.h"
#include "stackwalk.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <stdexcept>

namespace tpn::server {

namespace {

QString compactJson(const QJsonArray &array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

CrashStore::CrashStore(const Database &database, const QString &dataDir)
    : m_directory(QDir(dataDir).filePath(QStringLiteral("crash-reports")))
    , m_exists(database.connection(), QStringLiteral("SELECT 1 FROM crash_reports WHERE id = ?"))
    , m_insert(database.connection(),
               QStringLiteral("INSERT INTO crash_reports (id, kind, device, created_at, received_at, "
                              "app_version, build_id, os, language, screen, reason, message, count, dropped, "
                              "breadcrumbs, minidump, minidump_bytes, signature) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_pending(database.connection(), QStringLiteral("SELECT id FROM crash_reports WHERE kind = 'crash' "
                                                      "AND stack_state IS NULL ORDER BY received_at"))
    , m_pendingOrPartial(
          database.connection(),
          QStringLiteral("SELECT id FROM crash_reports WHERE kind = 'crash' AND "
                         "(stack_state IS NULL OR stack_state = 'partial') ORDER BY received_at"))
    , m_storeWalk(database.connection(),
                  QStringLiteral("UPDATE crash_reports SET stack_state = ?, frames = ?, "
                                 "signature = ? WHERE id = ?")) {}

bool CrashStore::contains(const QString &id) {
    m_exists.exec({id});
    const bool found = m_exists.next();
    m_exists.finish();
    return found;
}

QString CrashStore::minidumpPath(const QString &id) const {
    return QDir(m_directory).filePath(id + QStringLiteral(".dmp"));
}

void CrashStore::insert(const CrashReport &report, qint64 receivedAt) {
    const bool crash = report.kind == u"crash";
    QString fileName;
    if (crash) {
        // Minidumps hold bits of the app's memory: only the server's user may read them.
        if (!QDir(m_directory).exists() &&
            !QDir().mkdir(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            throw std::runtime_error("cannot create " + m_directory.toStdString());
        QSaveFile file(minidumpPath(report.id)); // a temporary name, renamed by commit()
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            file.write(report.minidump) != report.minidump.size() || !file.commit())
            throw std::runtime_error(QStringLiteral("%1: cannot write: %2")
                                         .arg(file.fileName(), file.errorString())
                                         .toStdString());
        fileName = report.id + QStringLiteral(".dmp");
    }
    try {
        const ReportSource &source = report.source;
        m_insert.exec({report.id, report.kind, source.device, report.createdAt, receivedAt, source.appVersion,
                       source.buildId, source.os, source.language, report.screen, report.reason,
                       report.message, report.count, source.dropped, compactJson(report.breadcrumbs),
                       crash ? QVariant(fileName) : QVariant(), qint64(report.minidump.size()),
                       crash ? QVariant() : QVariant(errorSignature(report.message))});
    } catch (...) {
        if (crash)
            QFile::remove(minidumpPath(report.id));
        throw;
    }
}

QStringList CrashStore::pending(Walks which) {
    SqlStatement &query = which == Walks::NotWalked ? m_pending : m_pendingOrPartial;
    query.exec();
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    query.finish();
    return ids;
}

void CrashStore::storeWalk(const QString &id, const StackWalk &walk) {
    if (!walk.readable) {
        m_storeWalk.exec(
            {QStringLiteral("unreadable"), QStringLiteral("[]"), QStringLiteral("unreadable minidump"), id});
        return;
    }
    const CrashSignature signature = crashSignature(walk);
    m_storeWalk.exec({signature.symbolized ? QStringLiteral("symbolized") : QStringLiteral("partial"),
                      compactJson(framesToJson(walk.frames)), signature.signature, id});
}

} // namespace tpn::server
