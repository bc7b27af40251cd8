#include "sqlstatement.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace tpn::server {

namespace {

std::atomic<qint64> failures{0};

DatabaseError counted(const QString &message) {
    ++failures;
    return DatabaseError(message);
}

} // namespace

qint64 failedSqlCount() {
    return failures;
}

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql) {
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw counted(QStringLiteral("cannot prepare %1: %2").arg(sql, m_query.lastError().text()));
}

void SqlStatement::exec(const QVariantList &values) {
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values.at(i));
    if (!m_query.exec())
        throw counted(QStringLiteral("%1 failed: %2").arg(m_sql, m_query.lastError().text()));
}

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    // IMMEDIATE: the write lock from the start, waiting for it (SQLite's busy timeout) while another
    // process of --processes writes. A deferred transaction that reads first fails at once with
    // "database is locked" when it then writes after another process has committed.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        throw counted(QStringLiteral("cannot begin a transaction: %1").arg(begin.lastError().text()));
}

SqlTransaction::~SqlTransaction() {
    if (!m_done)
        m_db.rollback();
}

void SqlTransaction::commit() {
    if (!m_db.commit())
        throw counted(QStringLiteral("cannot commit: %1").arg(m_db.lastError().text()));
    m_done = true;
}

} // namespace tpn::server
