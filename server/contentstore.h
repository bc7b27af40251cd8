#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QString>

namespace tpn::server {

// A file of the offline content, served and packed under its SHA-256.
struct StoredFile {
    QByteArray contentType;
    QByteArray data;
};

// The manifest of one course in one language (docs/api.md, "Offline content"): its exact JSON text,
// the base64 Ed25519 signature of that text (empty when the server has no signing key), and the
// SHA-256 (hex) of its files in manifest order.
struct SignedManifest {
    QByteArray manifest;
    QByteArray signature;
    QByteArrayList files;
};

// Everything a learner can download for offline use, prepared once (at startup, after the import) so
// that requests only look things up: files by SHA-256 (hex, lower case) and manifests by course and
// served language. Holding it in memory is fine for a catalog of this size (a few MB).
class ContentStore {
public:
    // Stores data under its SHA-256 and returns that (hex). Storing equal bytes again changes nothing.
    QByteArray add(const QByteArray &data, const QByteArray &contentType);
    const StoredFile *file(const QByteArray &sha256) const;

    void addManifest(const QString &courseId, const QString &language, SignedManifest manifest);
    const SignedManifest *manifest(const QString &courseId, const QString &language) const;

    qsizetype fileCount() const { return m_files.size(); }
    qsizetype manifestCount() const { return m_manifests.size(); }

private:
    QHash<QByteArray, StoredFile> m_files;
    QHash<QString, SignedManifest> m_manifests; // by "courseId/language"
};

} // namespace tpn::server
