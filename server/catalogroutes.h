#pragma once

#include "router.h"

namespace tpn::server {

class CatalogStore;

// GET /mobile-api/categories, /courses, /courses/{courseId} and /courses/{courseId}/lessons/{lessonId}:
// parameter validation and the mapping from store rows to the API's data.
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

private:
    ApiResult categories(const ApiRequest &request);
    ApiResult courses(const ApiRequest &request);
    ApiResult course(const ApiRequest &request);
    ApiResult lesson(const ApiRequest &request);

    CatalogStore &m_store;
};

} // namespace tpn::server
