#pragma once

#include "catalogcache.h"
#include "router.h"

#include <functional>

namespace tpn::server {

class CatalogStore;

// GET /mobile-api/categories, /courses, /courses/{courseId} and /courses/{courseId}/lessons/{lessonId}:
// parameter validation and the mapping from store rows to the API's data.
//
// Every successful answer is kept in a CatalogCache, finished — envelope, gzip form, ETag — under the
// normalized request, until the content changes (CatalogWriter::contentGeneration()). A repeated request
// is then answered from memory: a revalidation with the current ETag gets its 304 without a query or a
// hash, which is what lets the catalog keep up with /health. Errors are not cached; the parameters are
// checked before the cache is asked, so a malformed request is refused exactly as before.
class CatalogRoutes {
public:
    explicit CatalogRoutes(CatalogStore &store);

    // The handlers refer to this object, which must outlive the router.
    void addTo(Router &router);

    // Most characters a search may have after percent-decoding.
    static constexpr int MaximumQueryLength = 200;
    static constexpr int MaximumPage = 100000;
    static constexpr int MaximumLimit = 100;
    static constexpr int DefaultLimit = 20;
    // The cache's bounds: the demo catalog's every answer in every language fits many times over; a
    // crawler's distinct searches push out the least recently used ones.
    static constexpr qsizetype MaximumCachedAnswers = 2048;
    static constexpr qsizetype MaximumCachedBytes = 32 * 1024 * 1024;

private:
    RawReply categories(const ApiRequest &request);
    RawReply courses(const ApiRequest &request);
    RawReply course(const ApiRequest &request);
    RawReply lesson(const ApiRequest &request);

    // The cached answer for key, computed by compute() (which may throw ApiError) when there is none;
    // as a 304, gzipped or plain, as the request asks.
    RawReply cached(const ApiRequest &request, const QString &key, const std::function<ApiResult()> &compute);

    CatalogStore &m_store;
    CatalogCache m_cache{MaximumCachedAnswers, MaximumCachedBytes};
};

} // namespace tpn::server
