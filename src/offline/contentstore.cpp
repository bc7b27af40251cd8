#include "contentstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "contentmanifest.h"

ContentStore::ContentStore(const QString &directory)
    : m_directory(directory) {}

bool ContentStore::ensureDirectory() {
    return QDir().mkpath(m_directory);
}

bool ContentStore::has(const QString &sha256) const {
    return isContentHash(sha256) && QFileInfo::exists(filePath(sha256));
}

QString ContentStore::filePath(const QString &sha256) const {
    return m_directory + u'/' + sha256;
}

QString ContentStore::partPath(const QString &sha256) const {
    return filePath(sha256) + QStringLiteral(".part");
}

qint64 ContentStore::partSize(const QString &sha256) const {
    const QFileInfo info(partPath(sha256));
    return info.exists() ? info.size() : 0;
}

qint64 ContentStore::size(const QString &sha256) const {
    const QFileInfo info(filePath(sha256));
    return info.exists() ? info.size() : 0;
}

QByteArray ContentStore::hashOf(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

bool ContentStore::commitPart(const QString &sha256, qint64 size, QString *problem) {
    const QString part = partPath(sha256);
    const qint64 actual = QFileInfo(part).size();
    const bool matches = actual == size && hashOf(part) == sha256.toLatin1();
    if (!matches) {
        QFile::remove(part);
        if (problem)
            *problem = actual == size ? QStringLiteral("hash mismatch") : QStringLiteral("size mismatch");
        return false;
    }
    QFile::remove(filePath(sha256)); // a damaged copy, if any; rename does not replace
    if (!QFile::rename(part, filePath(sha256))) {
        if (problem)
            *problem = QStringLiteral("cannot rename the part");
        return false;
    }
    return true;
}

bool ContentStore::importFile(const QString &source, const QString &sha256, qint64 size, QString *problem) {
    if (has(sha256) && verify(sha256))
        return true;
    removePart(sha256);
    if (!ensureDirectory() || !QFile::copy(source, partPath(sha256))) {
        removePart(sha256);
        if (problem)
            *problem = QStringLiteral("cannot copy");
        return false;
    }
    QFile::setPermissions(partPath(sha256), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return commitPart(sha256, size, problem);
}

bool ContentStore::storeBytes(const QString &sha256, const QByteArray &bytes) {
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return false;
    if (has(sha256))
        return true;
    QFile part(partPath(sha256));
    if (!ensureDirectory() || !part.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        part.write(bytes) != bytes.size() || !part.flush()) {
        part.remove();
        return false;
    }
    part.close();
    return commitPart(sha256, bytes.size());
}

QByteArray ContentStore::read(const QString &sha256, qint64 maxBytes) {
    if (!has(sha256))
        return {};
    QFile file(filePath(sha256));
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
        return {};
    const QByteArray bytes = file.readAll();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1()) {
        file.close();
        remove(sha256);
        return {};
    }
    return bytes;
}

bool ContentStore::verify(const QString &sha256) {
    if (!has(sha256))
        return false;
    if (hashOf(filePath(sha256)) == sha256.toLatin1())
        return true;
    remove(sha256);
    return false;
}

void ContentStore::remove(const QString &sha256) {
    if (isContentHash(sha256))
        QFile::remove(filePath(sha256));
}

void ContentStore::removePart(const QString &sha256) {
    if (isContentHash(sha256))
        QFile::remove(partPath(sha256));
}
