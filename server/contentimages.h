#pragma once

#include "catalogcontent.h"

#include <QMap>
#include <QString>

namespace tpn::server {

class ContentFields;

// Images above this size are refused at import: a lesson picture for a phone needs far less.
inline constexpr qint64 MaximumImageBytes = 512 * 1024;

// The images of one content source (DIR/images/<name>.svg or .png). Content files refer to them by
// name — a course's "image" and `![alt](images/<name>)` lines in lesson bodies (docs/api.md, "Lesson
// markup") — and the importer turns each reference into "sha256:<hex>" of the file. A reference to a
// missing, misnamed, unreadable or oversized file is a ContentError naming the content file and field.
class ImageLibrary {
public:
    explicit ImageLibrary(QString imagesDir);

    // The SHA-256 (hex) of images/<name>, read (once) into images. Fails through fields.
    QString reference(const ContentFields &fields, QStringView field, const QString &name,
                      QMap<QString, ContentImage> &images);

    // body with every image line resolved; the hashes it shows are appended to shown.
    QString resolveBody(const ContentFields &fields, QStringView field, const QString &body,
                        QMap<QString, ContentImage> &images, QStringList &shown);

private:
    QString m_dir;
    QMap<QString, QString> m_hashes; // name -> SHA-256 (hex), of the files read so far
};

// Whether name is an image file name the content may use: 1-64 of a-z, 0-9 and -, then .svg or .png.
bool isValidImageName(const QString &name);

} // namespace tpn::server
