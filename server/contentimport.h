#pragma once

#include <QString>

namespace tpn::server {

class Database;

// Where the catalog comes from at startup. With neither source the server keeps serving the catalog
// already in its database; with one or both, the catalog becomes exactly that content.
struct ContentSources {
    QString demoDir;    // the embedded demo content (":/demo"), or empty
    QString contentDir; // --content DIR, or empty
};

// Reads and validates every file first, then writes the catalog in one transaction, so invalid
// content leaves the database untouched. Throws ContentError or DatabaseError.
void importContent(const Database &database, const ContentSources &sources);

} // namespace tpn::server
