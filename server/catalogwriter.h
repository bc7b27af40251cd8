#pragma once

#include "catalogcontent.h"

#include <QDateTime>

namespace tpn::server {

class Database;

// Replaces the catalog in the database with imported content, all in one transaction: on any failure
// the previous catalog stays as it was. Rows whose content did not change keep their updatedAt, so
// importing the same content again changes nothing a client can see (and ETags stay stable).
class CatalogWriter {
public:
    explicit CatalogWriter(const Database &database);

    struct Summary {
        int categories = 0;
        int courses = 0;
        int changedCourses = 0; // new or different since the last import
    };
    // now is the updatedAt given to new and changed rows. Throws DatabaseError.
    Summary replaceContent(const CatalogContent &content, const QDateTime &now);

    // How many times this process has written the catalog; it moves on with every committed write.
    // Caches of catalog answers (CatalogRoutes) compare it to know theirs are still right. It is one
    // counter for the process rather than one per database because the writers (the import at start-up)
    // are made where the routes are not seen: counting another database's writes too only costs a refill.
    static quint64 contentGeneration();

private:
    const Database &m_database;
};

} // namespace tpn::server
