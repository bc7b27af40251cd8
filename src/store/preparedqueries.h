#pragma once

#include <QSqlQuery>
#include <QVariantList>
#include <map>
#include <memory>

class SqliteDatabase;
class PreparedQueries;

// One statement of a PreparedQueries, lent out for one use. When the handle goes, the statement is
// finish()ed (so a half-read SELECT holds no read lock on the file) and can be lent again.
class PreparedQuery {
public:
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&) = delete;
    PreparedQuery(const PreparedQuery &) = delete;
    ~PreparedQuery();

    // Binds `values` by position (so a value left from an earlier use can never shift them) and runs it.
    bool exec(const QVariantList &values = {});
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QString errorText() const;

private:
    friend class PreparedQueries;
    PreparedQuery(QSqlQuery *query, bool *inUse, bool prepared, std::unique_ptr<QSqlQuery> oneOff);

    QSqlQuery *m_query;
    bool *m_inUse; // the lender's flag, cleared when this handle goes; null for a one-off statement
    bool m_prepared;
    std::unique_ptr<QSqlQuery> m_oneOff;
};

// The SQL statements of one connection, each prepared on first use and kept, looked up by a key
// (as Nextcloud desktop's PreparedSqlQueryManager does): SQLite parses and plans each statement
// once instead of on every call. Must not outlive the database's connection.
//
// A statement is lent to one user at a time. Code that runs a statement while another one is
// still being read must use a different key; asking for a key that is still lent out is a bug,
// logged as a warning (tests fail on it), and answered with a one-off statement so the data stays right.
class PreparedQueries {
public:
    explicit PreparedQueries(const SqliteDatabase &database);
    ~PreparedQueries();
    PreparedQueries(const PreparedQueries &) = delete;
    PreparedQueries &operator=(const PreparedQueries &) = delete;

    // The statement for `key`, prepared from `sql` the first time it is asked for; `sql` must be
    // the same text every time for one key. A statement that does not prepare is not kept (it is
    // tried again next time) and its exec() fails with the reason.
    PreparedQuery get(int key, const QString &sql);

private:
    struct Entry {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    PreparedQuery oneOff(const QString &sql) const;

    const SqliteDatabase &m_database;
    std::map<int, Entry> m_entries; // nodes never move: handles keep pointers into them
};
