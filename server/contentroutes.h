#pragma once

#include "router.h"

namespace tpn::server {

class CatalogStore;
class ContentStore;

// The offline content (docs/api.md, "Offline content"): GET /mobile-api/courses/{courseId}/manifest,
// the signed list of a course's files, and GET|HEAD /mobile-api/content/{sha256}, one file by its hash,
// with ranges and revalidation so interrupted downloads resume.
class ContentRoutes {
public:
    // signed: whether the content store's manifests are signed; without a key there are no downloads.
    ContentRoutes(CatalogStore &catalog, const ContentStore &content, bool isSigned);

    // The handlers refer to this object, which must outlive the router.
    void addTo(Router &router);

private:
    ApiResult manifest(const ApiRequest &request);
    RawReply file(const ApiRequest &request) const;

    CatalogStore &m_catalog;
    const ContentStore &m_content;
    bool m_signed;
};

} // namespace tpn::server
