#include "contentimport.h"

#include "catalogwriter.h"
#include "contentreader.h"
#include "serverlog.h"

#include "database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tpn::server {

namespace {

const QString FingerprintName = QStringLiteral("content_fingerprint");

// Every file of the sources, by relative path and bytes, and the importer's format: equal fingerprints
// import the same catalog.
QByteArray fingerprint(const ContentSources &sources) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("tekpounou-content-1\n");
    for (const QString &root : {sources.demoDir, sources.contentDir}) {
        hash.addData(root.toUtf8() + '\n');
        if (root.isEmpty())
            continue;
        QStringList files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {}; // unreadable: no fingerprint, so the import runs and says what is wrong
            hash.addData(QDir(root).relativeFilePath(path).toUtf8() + '\0' + QByteArray::number(file.size()) +
                         '\0');
            hash.addData(&file);
        }
    }
    return hash.result().toHex();
}

QByteArray storedFingerprint(const Database &database) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM server_state WHERE name = ?"));
    query.addBindValue(FingerprintName);
    return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
}

} // namespace

void importContent(const Database &database, const ContentSources &sources) {
    if (sources.demoDir.isEmpty() && sources.contentDir.isEmpty())
        return;
    // The same content as at the last start is not written again: a restart needs no free disk space
    // (a full disk still lets the server serve what it has) and does not wait for the import.
    const QByteArray print = fingerprint(sources);
    if (!print.isEmpty() && print == storedFingerprint(database)) {
        qCInfo(lcServer) << "catalog: content unchanged since it was imported; kept as it is";
        return;
    }
    ContentReader reader;
    // Categories first, from both sources, so courses of either may refer to categories of either.
    if (!sources.demoDir.isEmpty())
        reader.readCategories(QDir(sources.demoDir).filePath(QStringLiteral("categories.json")));
    if (!sources.contentDir.isEmpty()) {
        if (!QFileInfo(sources.contentDir).isDir())
            throw ContentError(QStringLiteral("%1: no such directory").arg(sources.contentDir));
        const QString categories = QDir(sources.contentDir).filePath(QStringLiteral("categories.json"));
        if (QFileInfo::exists(categories))
            reader.readCategories(categories);
    }
    const QString images = QStringLiteral("images");
    if (!sources.demoDir.isEmpty()) {
        const QDir demo(sources.demoDir);
        reader.readCourseDirectory(demo.filePath(QStringLiteral("courses")), demo.filePath(images));
    }
    if (!sources.contentDir.isEmpty())
        reader.readCourseDirectory(sources.contentDir, QDir(sources.contentDir).filePath(images));

    const CatalogWriter::Summary summary =
        CatalogWriter(database).replaceContent(reader.content(), QDateTime::currentDateTimeUtc());
    qCInfo(lcServer).nospace() << "catalog: " << summary.categories << " categories, " << summary.courses
                               << " courses (" << summary.changedCourses << " new or changed)";
    if (!print.isEmpty()) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("INSERT INTO server_state (name, value) VALUES (?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
        query.addBindValue(FingerprintName);
        query.addBindValue(QString::fromLatin1(print));
        if (!query.exec())
            throw DatabaseError(
                QStringLiteral("cannot note the imported content: %1").arg(query.lastError().text()));
    }
}

} // namespace tpn::server
