#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace tpn::server {

// How many statements and transactions have failed (thrown DatabaseError) in this process: /metrics
// shows it, and the count lives here because every SQL failure of the stores passes through here.
qint64 failedSqlCount();

// A prepared statement that throws DatabaseError (with the SQL and SQLite's message) instead of
// returning false, so store code reads straight through and no failure goes unnoticed.
class SqlStatement {
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    // Binds positional values in order, or named ones set with bind() before.
    void exec(const QVariantList &values = {});
    void bind(const QString &placeholder, const QVariant &value);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // Ends the result set so the statement can be run again with other values.
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_sql;
};

// A transaction: a write one, one writer at a time across every server process (sqlstatement.cpp), or a
// snapshot to read one consistent state in, alongside the writers. Rolls back unless commit() was called —
// also when an exception leaves the scope.
class SqlTransaction {
public:
    enum class Kind { Write, ReadSnapshot };
    explicit SqlTransaction(QSqlDatabase db, Kind kind = Kind::Write);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace tpn::server
