#include "sqlstatement.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace tpn::server {

namespace {

std::atomic<qint64> failures{0};

// The advisory lock the server's write transactions take in PostgreSQL: any number, the same everywhere.
constexpr qint64 WriterLock = 0x7470'6e00; // "tpn"

DatabaseError counted(const QString &message) {
    ++failures;
    return DatabaseError(message);
}

// Flags are INTEGER columns in both databases; PostgreSQL refuses a boolean for them.
QVariant column(const QVariant &value) {
    return value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value;
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
        m_query.bindValue(int(i), column(values.at(i)));
    if (!m_query.exec())
        throw counted(QStringLiteral("%1 failed: %2").arg(m_sql, m_query.lastError().text()));
}

void SqlStatement::bind(const QString &placeholder, const QVariant &value) {
    m_query.bindValue(placeholder, column(value));
}

SqlTransaction::SqlTransaction(QSqlDatabase db, Kind kind)
    : m_db(std::move(db)) {
    // SQLite, IMMEDIATE: the write lock from the start, waiting for it (SQLite's busy timeout) while another
    // process of --processes writes. A deferred transaction that reads first fails at once with
    // "database is locked" when it then writes after another process has committed.
    // PostgreSQL: the stores read, decide and write (a record's version, a token's use), as in SQLite's
    // one writer at a time; a transaction-wide advisory lock gives every process the same, so that no
    // two of them decide on the same state. Readers outside transactions still run alongside.
    // A snapshot: SQLite's deferred transaction reads one state of the WAL from its first read on;
    // PostgreSQL's REPEATABLE READ does the same.
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    const bool write = kind == Kind::Write;
    QString statement = write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (postgres)
        statement = write ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
    QSqlQuery begin(m_db);
    if (!begin.exec(statement) ||
        (postgres && write &&
         !begin.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriterLock))))
        throw counted(QStringLiteral("cannot begin a transaction: %1").arg(begin.lastError().text()));
}

SqlTransaction::~SqlTransaction() {
    if (!m_done)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

void SqlTransaction::commit() {
    // The transaction began with SQL rather than QSqlDatabase::transaction(), so it ends with SQL too:
    // QSqlDatabase::commit() does nothing for a driver that did not start it.
    QSqlQuery end(m_db);
    if (!end.exec(QStringLiteral("COMMIT")))
        throw counted(QStringLiteral("cannot commit: %1").arg(end.lastError().text()));
    m_done = true;
}

} // namespace tpn::server
