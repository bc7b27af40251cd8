#include "sqlitedatabase.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "tpn.store")

namespace {
QString uniqueConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("tpn-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqliteDatabase::SqliteDatabase(const QString &path, Durability durability)
    : m_path(path)
    , m_connectionName(uniqueConnectionName())
    , m_durability(durability) {}

SqliteDatabase::~SqliteDatabase() {
    closeConnection();
}

bool SqliteDatabase::open(const QList<Migration> &migrations) {
    const bool healthy = openConnection() && passesQuickCheck() && migrate(migrations);
    if (healthy)
        return true;
    closeConnection();
    moveAside();
    // Critical, so that the error collector reports it (docs/telemetry.md): a damaged file or a failed
    // migration is a bug or a failing disk. One line per event, naming the file alone, since its folder
    // may be named after the learner's account (moveAside() logs the whole path, for the local log).
    qCCritical(lcStore, "database %s is unusable (%s); moved aside",
               qUtf8Printable(QFileInfo(m_path).fileName()), qUtf8Printable(m_error));
    if (m_durability == Durability::Precious)
        return false; // the caller decides how to recover a learner's data; we never start it empty silently
    m_rebuilt = true;
    m_error.clear();
    return openConnection() && migrate(migrations);
}

bool SqliteDatabase::openConnection() {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    const QString synchronous =
        m_durability == Durability::Precious ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    return exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
           exec(QStringLiteral("PRAGMA synchronous=") + synchronous) &&
           exec(QStringLiteral("PRAGMA foreign_keys=ON")) && exec(QStringLiteral("PRAGMA busy_timeout=5000"));
}

bool SqliteDatabase::passesQuickCheck() {
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok")) {
        m_error = QStringLiteral("quick_check: ") + verdict;
        return false;
    }
    return true;
}

int SqliteDatabase::schemaVersion() const {
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool SqliteDatabase::migrate(const QList<Migration> &migrations) {
    const int current = schemaVersion();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current < 0) {
        m_error = QStringLiteral("cannot read user_version");
        return false;
    }
    if (current > latest) {
        m_error =
            QStringLiteral("schema version %1 is newer than this app knows (%2)").arg(current).arg(latest);
        return false;
    }
    QSqlDatabase db = connection();
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        // Each step and its version bump commit together, so a crash never leaves a half-migrated file.
        bool ok = db.transaction();
        for (const QString &statement : m.statements)
            ok = ok && exec(statement);
        ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)) && db.commit();
        if (!ok) {
            db.rollback();
            m_error = QStringLiteral("migration to version %1 failed: %2").arg(m.version).arg(m_error);
            return false;
        }
        qCDebug(lcStore) << "migrated" << m_path << "to schema version" << m.version;
    }
    return true;
}

bool SqliteDatabase::exec(const QString &sql) {
    QSqlQuery q(connection());
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

void SqliteDatabase::closeConnection() {
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void SqliteDatabase::moveAside() {
    // The main file and its WAL/SHM belong together: they move as a set, after the connection is
    // closed, so the damaged copy stays readable for recovery and nothing is left half-paired.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString from = m_path + suffix;
        if (QFile::exists(from)) {
            const QString to = m_path + QStringLiteral(".damaged-") + stamp + suffix;
            QFile::remove(to);
            QFile::rename(from, to);
            if (suffix.isEmpty())
                m_movedAside = to;
        }
    }
    qCWarning(lcStore) << "moved damaged database aside:" << m_path;
}
