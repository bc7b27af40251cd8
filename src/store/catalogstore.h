#pragma once

#include "coursecache.h"
#include "sqlitedatabase.h"

#include <QString>
#include <memory>

// The device's one catalog cache, `<data dir>/catalog/cache.sqlite`, shared by the guest and every
// learner: the catalog is public content, so what anyone has seen on this device stays seen,
// whoever signs in. On open it takes in the per-learner caches of earlier versions (legacycaches.h).
class CatalogStore {
public:
    explicit CatalogStore(const QString &dataDir);
    ~CatalogStore();
    CatalogStore(const CatalogStore &) = delete;
    CatalogStore &operator=(const CatalogStore &) = delete;

    static QString path(const QString &dataDir);

    bool open();
    QString errorString() const { return m_error; }
    CourseCache &courseCache() { return *m_courseCache; } // after open()

private:
    QString m_dataDir;
    SqliteDatabase m_database;
    std::unique_ptr<CourseCache> m_courseCache; // holds prepared statements: goes before its database
    QString m_error;
};
