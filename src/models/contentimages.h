#pragma once

#include <QQuickAsyncImageProvider>

class ApiClient;
class ContentStore;

// `image://content/<sha256>`: a lesson's or a course's picture, named by its hash. It comes from the
// device's content files (a downloaded course, or a picture seen before) and otherwise, online, from
// /mobile-api/content/ — kept afterwards, so a picture once seen shows offline too. Bytes that do not
// match the hash are never shown; the page then shows the picture's alt text instead.
class ContentImageProvider : public QQuickAsyncImageProvider {
public:
    static constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;

    ContentImageProvider(ContentStore &store, ApiClient &api);
    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    ContentStore &m_store;
    ApiClient &m_api;
};
