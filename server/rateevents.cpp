#include "rateevents.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCryptographicHash>
#include <QHash>

namespace tpn::server {

namespace {

class MemoryRateEvents final : public RateEvents {
public:
    QList<qint64> after(const QString &key, qint64 since) override {
        QList<qint64> times = m_events.value(key);
        times.removeIf([since](qint64 time) { return time <= since; });
        return times;
    }
    void add(const QString &key, qint64 time) override { m_events[key].append(time); }
    void clear(const QString &key) override { m_events.remove(key); }
    void forgetOne(const QString &key, qint64 time) override {
        const auto found = m_events.find(key);
        if (found == m_events.end())
            return;
        found->removeOne(time);
        if (found->isEmpty())
            m_events.erase(found);
    }
    void forgetUntil(qint64 time) override {
        m_events.removeIf([time](const QHash<QString, QList<qint64>>::iterator &entry) {
            entry.value().removeIf([time](qint64 event) { return event <= time; });
            return entry.value().isEmpty();
        });
    }

private:
    QHash<QString, QList<qint64>> m_events; // oldest first
};

// Keys are emails and addresses: the database keeps only their digests, so that neither a deleted
// account's email nor a guessed one stays in it.
QByteArray digest(const QString &key) {
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).left(16);
}

class DatabaseRateEvents final : public RateEvents {
public:
    DatabaseRateEvents(const Database &database, QString scope)
        : m_scope(std::move(scope))
        , m_after(
              database.connection(),
              QStringLiteral("SELECT at FROM rate_events WHERE scope = ? AND key = ? AND at > ? ORDER BY at"))
        , m_add(database.connection(),
                QStringLiteral("INSERT INTO rate_events (scope, key, at) VALUES (?, ?, ?)"))
        , m_clear(database.connection(),
                  QStringLiteral("DELETE FROM rate_events WHERE scope = ? AND key = ?"))
        , m_forgetOne(database.connection(),
                      QStringLiteral("DELETE FROM rate_events WHERE rowid = (SELECT rowid FROM rate_events "
                                     "WHERE scope = ? AND key = ? AND at = ? LIMIT 1)"))
        , m_forgetUntil(database.connection(),
                        QStringLiteral("DELETE FROM rate_events WHERE scope = ? AND at <= ?")) {}

    QList<qint64> after(const QString &key, qint64 since) override {
        m_after.exec({m_scope, digest(key), since});
        QList<qint64> times;
        while (m_after.next())
            times.append(m_after.value(0).toLongLong());
        m_after.finish();
        return times;
    }
    void add(const QString &key, qint64 time) override { m_add.exec({m_scope, digest(key), time}); }
    void clear(const QString &key) override { m_clear.exec({m_scope, digest(key)}); }
    void forgetOne(const QString &key, qint64 time) override {
        m_forgetOne.exec({m_scope, digest(key), time});
    }
    void forgetUntil(qint64 time) override { m_forgetUntil.exec({m_scope, time}); }

private:
    QString m_scope;
    SqlStatement m_after;
    SqlStatement m_add;
    SqlStatement m_clear;
    SqlStatement m_forgetOne;
    SqlStatement m_forgetUntil;
};

} // namespace

std::unique_ptr<RateEvents> memoryRateEvents() {
    return std::make_unique<MemoryRateEvents>();
}

std::unique_ptr<RateEvents> databaseRateEvents(const Database &database, const QString &scope) {
    return std::make_unique<DatabaseRateEvents>(database, scope);
}

RateEventsFactory inMemory() {
    return [](const QString &) { return memoryRateEvents(); };
}

RateEventsFactory inDatabase(const Database &database) {
    return [&database](const QString &scope) { return databaseRateEvents(database, scope); };
}

} // namespace tpn::server
