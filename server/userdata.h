#pragma once

#include <QDateTime>
#include <QIODevice>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tpn::server {

// Something a feature keeps per user. The user routes put it into the user's export and erase it with
// the account (inside the deletion's transaction), so a feature that stores per-user records registers
// one of these in main.cpp and export and deletion stay complete.
class UserDataSource {
public:
    virtual ~UserDataSource() = default;

    // The member of the export's data that holds this source's records, e.g. "sessions".
    virtual QString exportName() const = 0;
    // Everything this source holds on the user, without secrets (hashes, tokens).
    virtual QJsonValue exportUser(const QString &userId) = 0;
    virtual void eraseUser(const QString &userId) = 0;

    // A source that can hold much on a user writes its export off the server's thread instead (see
    // userexport.h): the same JSON as exportUser(), written to out, read through connection, the worker
    // thread's own. It must not touch the source's own statements. Empty (the default): exportUser().
    using ExportWriter =
        std::function<void(const QSqlDatabase &connection, const QString &userId, QIODevice &out)>;
    virtual ExportWriter exportWriter() const { return {}; }
};

// How exports write times: ISO 8601, UTC, milliseconds, like the catalog's updatedAt.
inline QString exportTime(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace tpn::server
