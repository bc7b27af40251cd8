#include "preparedqueries.h"

#include "sqlitedatabase.h"

#include <QSqlError>

PreparedQuery::PreparedQuery(QSqlQuery *query, bool *inUse, bool prepared, std::unique_ptr<QSqlQuery> oneOff)
    : m_query(query)
    , m_inUse(inUse)
    , m_prepared(prepared)
    , m_oneOff(std::move(oneOff)) {}

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_prepared(other.m_prepared)
    , m_oneOff(std::move(other.m_oneOff)) {}

PreparedQuery::~PreparedQuery() {
    if (m_query)
        m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

bool PreparedQuery::exec(const QVariantList &values) {
    if (!m_prepared)
        return false;
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    return m_query->exec();
}

QString PreparedQuery::errorText() const {
    return m_query->lastError().text();
}

PreparedQueries::PreparedQueries(const SqliteDatabase &database)
    : m_database(database) {}

PreparedQueries::~PreparedQueries() = default;

PreparedQuery PreparedQueries::oneOff(const QString &sql) const {
    auto query = std::make_unique<QSqlQuery>(m_database.connection());
    query->setForwardOnly(true);
    const bool prepared = query->prepare(sql);
    if (!prepared)
        qCCritical(lcStore) << "cannot prepare" << sql << query->lastError().text();
    QSqlQuery *raw = query.get();
    return PreparedQuery(raw, nullptr, prepared, std::move(query));
}

PreparedQuery PreparedQueries::get(int key, const QString &sql) {
    auto found = m_entries.find(key);
    if (found != m_entries.end() && found->second.inUse) {
        qCWarning(lcStore) << "prepared statement" << key << "is in use by an outer call; using a one-off";
        return oneOff(sql);
    }
    if (found == m_entries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->setForwardOnly(true); // rows are read once, in order: nothing to cache
        if (!query->prepare(sql)) {
            qCCritical(lcStore) << "cannot prepare" << sql << query->lastError().text();
            QSqlQuery *raw = query.get();
            return PreparedQuery(raw, nullptr, false, std::move(query));
        }
        found = m_entries.emplace(key, Entry{std::move(query), false}).first;
    }
    Entry &entry = found->second;
    entry.inUse = true;
    return PreparedQuery(entry.query.get(), &entry.inUse, true, nullptr);
}
