#pragma once

#include "databasesettings.h"

#include "userdata.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace tpn::server {

// What a user's export (GET /mobile-api/user/export) is made of. The small members are made on the
// server's thread, whose connection their sources use; the large ones are written by their sources'
// ExportWriters on a worker thread.
struct ExportPlan {
    DatabaseSettings database; // the server's database, opened again read-only by the worker
    QString directory;         // where the file goes; made if missing
    QString userId;
    QJsonObject data;                                             // the export's members made already
    QList<QPair<QString, UserDataSource::ExportWriter>> streamed; // the members written by the worker
    bool gzip = false;                                            // the client accepts gzip
};

// Writes the whole answer — the success envelope around plan.data and the streamed members — into a new
// file in plan.directory, gzip-compressed if plan.gzip, and returns its path. Memory stays bounded: the
// streamed members go out record by record. Reads in one transaction, so the export is one consistent
// state. Runs on any thread (it opens its own connection); throws DatabaseError and leaves no file.
QString writeExportFile(const ExportPlan &plan);

} // namespace tpn::server
