#include "catalogcache.h"

#include "httpencoding.h"

Q_LOGGING_CATEGORY(lcCatalogCache, "tpn.server.catalog", QtInfoMsg)

namespace tpn::server {

namespace {

// What an entry costs beyond its bytes: the key twice (list and index), nodes, the shared answer.
qsizetype entryCost(const QString &key, const CachedAnswer &answer) {
    return answer.bytes() + 2 * key.size() * qsizetype(sizeof(QChar)) + 128;
}

} // namespace

CatalogCache::CatalogCache(qsizetype maximumEntries, qsizetype maximumBytes)
    : m_maximumEntries(maximumEntries)
    , m_maximumBytes(maximumBytes) {}

std::shared_ptr<const CachedAnswer> CatalogCache::find(const QString &key, quint64 generation) {
    dropOlderGeneration(generation);
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return nullptr;
    m_entries.splice(m_entries.begin(), m_entries, *found);
    return m_entries.front().answer;
}

std::shared_ptr<const CachedAnswer> CatalogCache::insert(const QString &key, quint64 generation,
                                                         QByteArray body) {
    dropOlderGeneration(generation);
    auto answer = std::make_shared<CachedAnswer>();
    answer->etag = weakEtag(body);
    if (body.size() > GzipThreshold)
        answer->gzipBody = gzipCompress(body).value_or(QByteArray());
    answer->body = std::move(body);

    const qsizetype cost = entryCost(key, *answer);
    if (cost > m_maximumBytes)
        return answer;
    if (const auto previous = m_index.constFind(key); previous != m_index.cend()) {
        m_bytes -= entryCost(key, *(*previous)->answer);
        m_entries.erase(*previous);
        m_index.erase(previous);
    }
    evictDownTo(m_maximumEntries - 1, m_maximumBytes - cost);
    m_entries.push_front({key, answer});
    m_index.insert(key, m_entries.begin());
    m_bytes += cost;
    qCDebug(lcCatalogCache).nospace()
        << "answer cache: " << m_entries.size() << " entries, " << m_bytes << " bytes";
    return answer;
}

void CatalogCache::dropOlderGeneration(quint64 generation) {
    if (generation == m_generation)
        return;
    m_generation = generation;
    m_entries.clear();
    m_index.clear();
    m_bytes = 0;
    qCDebug(lcCatalogCache) << "answer cache: emptied for content generation" << generation;
}

void CatalogCache::evictDownTo(qsizetype entries, qsizetype bytes) {
    while (!m_entries.empty() && (m_entries.size() > size_t(entries) || m_bytes > bytes)) {
        const Entry &oldest = m_entries.back();
        m_bytes -= entryCost(oldest.key, *oldest.answer);
        m_index.remove(oldest.key);
        m_entries.pop_back();
    }
}

} // namespace tpn::server
