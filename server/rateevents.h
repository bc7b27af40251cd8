#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace tpn::server {

class Database;

// Where a rate limit keeps its events (times in ms since the epoch, per key). In memory, a limit is one
// process's; in the database, every server process on it counts together, and a restart remembers.
class RateEvents {
public:
    virtual ~RateEvents() = default;
    // The key's events after since, oldest first.
    virtual QList<qint64> after(const QString &key, qint64 since) = 0;
    virtual void add(const QString &key, qint64 time) = 0;
    virtual void clear(const QString &key) = 0;
    virtual void forgetOne(const QString &key, qint64 time) = 0;
    // Every key's events at or before time.
    virtual void forgetUntil(qint64 time) = 0;
};

std::unique_ptr<RateEvents> memoryRateEvents();
// The rate_events rows of scope ("login.pair", "register"…). Throws DatabaseError.
std::unique_ptr<RateEvents> databaseRateEvents(const Database &database, const QString &scope);

// Makes the store of one limit, by its scope.
using RateEventsFactory = std::function<std::unique_ptr<RateEvents>(const QString &scope)>;
RateEventsFactory inMemory();
RateEventsFactory inDatabase(const Database &database);

} // namespace tpn::server
