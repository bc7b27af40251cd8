#include "contentstore.h"

#include <QCryptographicHash>

namespace tpn::server {

QByteArray ContentStore::add(const QByteArray &data, const QByteArray &contentType) {
    QByteArray sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    if (!m_files.contains(sha256))
        m_files.insert(sha256, {contentType, data});
    return sha256;
}

const StoredFile *ContentStore::file(const QByteArray &sha256) const {
    const auto found = m_files.constFind(sha256);
    return found == m_files.cend() ? nullptr : &*found;
}

void ContentStore::addManifest(const QString &courseId, const QString &language, SignedManifest manifest) {
    m_manifests.insert(courseId + u'/' + language, std::move(manifest));
}

const SignedManifest *ContentStore::manifest(const QString &courseId, const QString &language) const {
    const auto found = m_manifests.constFind(courseId + u'/' + language);
    return found == m_manifests.cend() ? nullptr : &*found;
}

} // namespace tpn::server
