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

private:
    const Database &m_database;
};

} // namespace tpn::server
