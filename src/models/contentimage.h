#pragma once

#include <QString>
#include <QUrl>

// The URL QML loads a content-store picture from (offline contract §1): image://content/<sha256>,
// served by the image provider the app registers. Empty for an empty hash.
inline QUrl contentImageUrl(const QString &sha256) {
    return sha256.isEmpty() ? QUrl() : QUrl(QLatin1String("image://content/") + sha256);
}
