#pragma once

#include "coursecache.h"
#include "sqlitedatabase.h"

#include <QString>
#include <memory>

// One learner's files on this device (or the signed-out guest's): a directory of their own with
// their own databases, so what one learner has on a shared device never shows to another.
class UserSpace {
public:
    explicit UserSpace(const QString &directory);
    ~UserSpace();

    bool open();
    QString errorString() const { return m_error; }
    QString directory() const { return m_directory; }
    CourseCache &courseCache() { return *m_courseCache; }

private:
    QString m_directory;
    SqliteDatabase m_cacheDatabase;
    std::unique_ptr<CourseCache> m_courseCache; // holds prepared statements: goes before its database
    QString m_error;
};
