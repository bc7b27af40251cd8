#include "catalogstore.h"

#include "cacheschema.h"
#include "legacycaches.h"

#include <QDir>
#include <QFileInfo>

CatalogStore::CatalogStore(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_database(path(dataDir), SqliteDatabase::Durability::Rebuildable) {}

CatalogStore::~CatalogStore() {
    m_courseCache.reset();
}

QString CatalogStore::path(const QString &dataDir) {
    return dataDir + QStringLiteral("/catalog/cache.sqlite");
}

bool CatalogStore::open() {
    const QString directory = QFileInfo(m_database.path()).path();
    if (!QDir().mkpath(directory)) {
        m_error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    if (!m_database.open(cacheMigrations())) {
        m_error = m_database.errorString();
        return false;
    }
    // Before any statement is prepared: merging attaches and detaches the old files.
    LegacyCaches::mergeInto(m_database, m_dataDir);
    m_courseCache = std::make_unique<CourseCache>(m_database);
    return true;
}
