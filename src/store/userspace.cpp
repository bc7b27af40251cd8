#include "userspace.h"

#include "cacheschema.h"

#include <QDir>

UserSpace::UserSpace(const QString &directory)
    : m_directory(directory)
    , m_cacheDatabase(directory + QStringLiteral("/cache.sqlite"), SqliteDatabase::Durability::Rebuildable) {}

UserSpace::~UserSpace() {
    m_courseCache.reset();
}

bool UserSpace::open() {
    if (!QDir().mkpath(m_directory)) {
        m_error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    // Only this learner may read their folder (meaningful on shared desktop accounts).
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!m_cacheDatabase.open(cacheMigrations())) {
        m_error = m_cacheDatabase.errorString();
        return false;
    }
    m_courseCache = std::make_unique<CourseCache>(m_cacheDatabase);
    return true;
}
