#pragma once

#include <QByteArray>
#include <QHash>
#include <QLoggingCategory>
#include <QString>

#include <list>
#include <memory>

// The answer cache's own messages; at debug level it reports its size after every change, which is
// how tests see that it stays bounded (QT_LOGGING_RULES="tpn.server.catalog.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcCatalogCache)

namespace tpn::server {

// One finished catalog answer: the envelope as sent, computed once.
struct CachedAnswer {
    QByteArray body;     // the uncompressed envelope
    QByteArray gzipBody; // its gzip form; empty when the body is too small to be worth compressing
    QByteArray etag;     // weakEtag(body)

    qsizetype bytes() const { return body.size() + gzipBody.size() + etag.size(); }
};

// The catalog's answers in memory, by normalized request (route, parameters, served language). The
// catalog changes only when content is written (CatalogWriter), so an answer stays right until the
// content generation moves on; then every answer is dropped at once.
//
// Bounded by entries and by bytes, least recently used out first: a crawler trying every search fills
// it with answers nobody asks for again, and must not grow the server without limit.
class CatalogCache {
public:
    CatalogCache(qsizetype maximumEntries, qsizetype maximumBytes);

    // The answer for key, made the most recently used; null when absent or of an older generation.
    std::shared_ptr<const CachedAnswer> find(const QString &key, quint64 generation);
    // Keeps body as key's answer for this generation (computing its gzip form and ETag) and returns it.
    // An answer larger than the whole budget is returned but not kept.
    std::shared_ptr<const CachedAnswer> insert(const QString &key, quint64 generation, QByteArray body);

    qsizetype entryCount() const { return m_entries.size(); }
    qsizetype byteCount() const { return m_bytes; }

private:
    struct Entry {
        QString key;
        std::shared_ptr<const CachedAnswer> answer;
    };
    using Entries = std::list<Entry>; // most recently used first

    void dropOlderGeneration(quint64 generation);
    void evictDownTo(qsizetype entries, qsizetype bytes);

    const qsizetype m_maximumEntries;
    const qsizetype m_maximumBytes;
    quint64 m_generation = 0;
    qsizetype m_bytes = 0;
    Entries m_entries;
    QHash<QString, Entries::iterator> m_index;
};

} // namespace tpn::server
