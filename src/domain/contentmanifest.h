#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// One file a downloaded course needs, named by its content (docs/api.md, "Course manifests").
struct ManifestFile {
    QString path;   // course.json, lessons/<id>.json or images/<name>.(svg|png)
    QString sha256; // 64 lower-case hex digits
    qint64 size = 0;
    QString contentType;

    bool isLesson() const { return path.startsWith(QLatin1String("lessons/")); }
    bool isImage() const { return path.startsWith(QLatin1String("images/")); }
    QString lessonId() const; // for lessons/<id>.json; empty otherwise
};

// Everything one course needs offline in one language, as the server signed it.
struct ContentManifest {
    static constexpr int kMaxFiles = 2000;
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    static constexpr qint64 kMaxManifestBytes = 1024 * 1024;

    QString courseId;
    QString language; // ht, fr or en: the language the course was served in
    QString version;  // changes whenever any file changes
    QDateTime updatedAt;
    QList<ManifestFile> files; // course.json first, then lessons in order, then images
    qint64 totalBytes = 0;

    const ManifestFile *file(const QString &path) const;
    const ManifestFile *courseFile() const { return file(QStringLiteral("course.json")); }

    // Strict: a manifest that breaks any rule is refused whole, with `problem` saying which rule
    // (for logs; the learner reads a sentence of their own language). Never trusts the text's
    // signature: check it first (ContentKey).
    static std::optional<ContentManifest> parse(const QByteArray &text, QString *problem = nullptr);
};

bool isContentHash(const QString &text); // 64 lower-case hex digits
