#pragma once

#include <QByteArray>
#include <QString>

// The device's content-addressed files: `<dir>/<sha256>` for files whose bytes were checked against
// their hash, `<dir>/<sha256>.part` for a download still under way. A file becomes visible only by
// a rename after its hash matched, so a kill, a full disk or a server sending wrong bytes never
// leaves a wrong file in view. Files are shared by every course (and every learner) that lists them.
class ContentStore {
public:
    explicit ContentStore(const QString &directory);

    QString directory() const { return m_directory; }
    bool ensureDirectory();

    bool has(const QString &sha256) const;
    QString filePath(const QString &sha256) const;
    QString partPath(const QString &sha256) const;
    qint64 partSize(const QString &sha256) const; // 0 when there is no part

    // Checks the part's size and hash; on a match it becomes the file, otherwise it is deleted.
    bool commitPart(const QString &sha256, qint64 size, QString *problem = nullptr);
    // Copies a file from elsewhere (a pack) through a part, so it is checked like a download.
    bool importFile(const QString &source, const QString &sha256, qint64 size, QString *problem = nullptr);
    // Small files (an image seen online): checked, then written through a part.
    bool storeBytes(const QString &sha256, const QByteArray &bytes);
    // The file's bytes if they still match their hash; a damaged file is deleted and nothing returned.
    QByteArray read(const QString &sha256, qint64 maxBytes);
    // Whether the file on disk still matches its name; a damaged one is deleted.
    bool verify(const QString &sha256);
    void remove(const QString &sha256);
    void removePart(const QString &sha256);
    qint64 size(const QString &sha256) const;

    static QByteArray hashOf(const QString &path); // hex SHA-256 of a file; empty if unreadable

private:
    QString m_directory;
};
