#include "contentimages.h"

#include "apiclient.h"
#include "contentmanifest.h"
#include "contentstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QNetworkReply>
#include <QPointer>

namespace {

class ContentImageResponse : public QQuickImageResponse {
public:
    QQuickTextureFactory *textureFactory() const override {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_error; }

    void decode(QByteArray bytes, const QSize &requestedSize) {
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        const QSize natural = reader.size();
        if (requestedSize.isValid() && natural.isValid() && !natural.isEmpty())
            reader.setScaledSize(natural.scaled(
                requestedSize.width() > 0 ? requestedSize.width() : natural.width(),
                requestedSize.height() > 0 ? requestedSize.height() : natural.height(), Qt::KeepAspectRatio));
        m_image = reader.read();
        if (m_image.isNull())
            m_error = QStringLiteral("cannot decode: ") + reader.errorString();
        emit finished();
    }
    void fail(const QString &error) {
        m_error = error;
        emit finished();
    }

private:
    QImage m_image;
    QString m_error;
};

} // namespace

ContentImageProvider::ContentImageProvider(ContentStore &store, ApiClient &api)
    : m_store(store)
    , m_api(api) {}

QQuickImageResponse *ContentImageProvider::requestImageResponse(const QString &id,
                                                                const QSize &requestedSize) {
    auto *response = new ContentImageResponse;
    const QString sha256 = id.section(u'?', 0, 0);
    QPointer<ContentImageResponse> target(response);
    // The store and the network live on the GUI thread; the response is finished from there.
    QMetaObject::invokeMethod(qApp, [this, target, sha256, requestedSize] {
        if (!target)
            return;
        if (!isContentHash(sha256))
            return target->fail(QStringLiteral("not a content hash"));
        const QByteArray stored = m_store.read(sha256, kMaxImageBytes);
        if (!stored.isEmpty())
            return target->decode(stored, requestedSize);
        QNetworkReply *reply = m_api.getRaw(QStringLiteral("/mobile-api/content/") + sha256);
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > kMaxImageBytes)
                reply->abort();
        });
        QObject::connect(
            reply, &QNetworkReply::finished, reply, [this, reply, target, sha256, requestedSize] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray bytes = reply->error() == QNetworkReply::NoError && status == 200
                                             ? reply->readAll()
                                             : QByteArray();
                // Kept only when the bytes match their name; wrong bytes are neither kept nor shown.
                const bool good = !bytes.isEmpty() && m_store.storeBytes(sha256, bytes);
                if (!target)
                    return;
                if (!good)
                    return target->fail(QStringLiteral("not available"));
                target->decode(bytes, requestedSize);
            });
    });
    return response;
}
