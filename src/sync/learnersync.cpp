#include "learnersync.h"

#include "authservice.h"
#include "userdataschema.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

LearnerSync::LearnerSync(const QString &directory, AuthService &auth, const DataCipher *cipher,
                         SyncScheduler::Timing timing, QObject *parent)
    : LearnerSync(directory + QStringLiteral("/userdata.sqlite"), LocalStore::Outbox::Kept, auth, cipher,
                  timing, parent) {}

LearnerSync::LearnerSync(const QString &databasePath, LocalStore::Outbox outbox, AuthService &auth,
                         const DataCipher *cipher, SyncScheduler::Timing timing, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_auth(auth)
    , m_cipher(cipher)
    , m_database(databasePath, SqliteDatabase::Durability::Precious)
    , m_scheduler(timing) {}

std::unique_ptr<LearnerSync> LearnerSync::forGuest(const QString &databasePath, AuthService &auth,
                                                   const DataCipher *cipher) {
    return std::unique_ptr<LearnerSync>(
        new LearnerSync(databasePath, LocalStore::Outbox::None, auth, cipher, {}, nullptr));
}

LearnerSync::~LearnerSync() {
    m_engine.reset();
    m_store.reset();
}

bool LearnerSync::open() {
    if (!m_database.open(userDataMigrations())) {
        const QString damaged = m_database.movedAsidePath();
        if (damaged.isEmpty() || !m_database.open(userDataMigrations())) {
            m_error = m_database.errorString();
            return false;
        }
        recover(damaged);
    }
    m_store = std::make_unique<LocalStore>(m_database, m_cipher, m_outbox);
    m_engine = std::make_unique<SyncEngine>(m_auth, *m_store);
    connect(&m_scheduler, &SyncScheduler::syncRequested, m_engine.get(), &SyncEngine::start);
    connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncEngine::Result &result) {
        if (!result.error.isError())
            m_store->setLastSyncedAt(QDateTime::currentDateTimeUtc());
        m_scheduler.syncFinished(result.error);
        emit changed();
    });
    return true;
}

// Copies every row that can still be read from the damaged file's tables into the fresh one.
// Reading stops at the first unreadable page of a table; what came before is kept.
bool LearnerSync::recover(const QString &damagedPath) {
    const QString name = QStringLiteral("tpn-recover-") + QString::number(quintptr(this));
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        damaged.setDatabaseName(damagedPath);
        damaged.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (damaged.open()) {
            for (const QString &table :
                 {QStringLiteral("records"), QStringLiteral("outbox"), QStringLiteral("sync_state"),
                  QStringLiteral("adopted")}) { // adopted: or progress time would count twice
                QSqlQuery read(damaged);
                if (!read.exec(QStringLiteral("SELECT * FROM ") + table))
                    continue;
                while (read.next()) {
                    const QSqlRecord row = read.record();
                    QStringList columns, marks;
                    for (int i = 0; i < row.count(); ++i) {
                        if (table == QLatin1String("outbox") && row.fieldName(i) == QLatin1String("seq"))
                            continue; // the fresh file numbers the queue anew, keeping the order
                        columns.append(row.fieldName(i));
                        marks.append(QStringLiteral("?"));
                    }
                    QSqlQuery write(m_database.connection());
                    write.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                      .arg(table, columns.join(u','), marks.join(u',')));
                    for (const QString &column : std::as_const(columns))
                        write.addBindValue(row.value(column));
                    if (write.exec())
                        ++m_recoveredRows;
                }
            }
            damaged.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    qCWarning(lcSync) << "user data was damaged; recovered" << m_recoveredRows << "rows from" << damagedPath;
    return m_recoveredRows > 0;
}

bool LearnerSync::edit(Entity entity, const QString &recordId, const QJsonObject &fields, QString *error) {
    const bool ok = m_store->edit(entity, recordId, fields, error);
    if (ok) {
        if (syncs())
            m_scheduler.localEditMade();
        emit changed();
    }
    return ok;
}

bool LearnerSync::remove(Entity entity, const QString &recordId, QString *error) {
    const bool ok = m_store->remove(entity, recordId, error);
    if (ok) {
        if (syncs())
            m_scheduler.localEditMade();
        emit changed();
    }
    return ok;
}

bool LearnerSync::retry(const QString &mutationId) {
    if (!m_store->retry(mutationId))
        return false;
    m_scheduler.localEditMade();
    emit changed();
    return true;
}

bool LearnerSync::discard(const QString &mutationId) {
    if (!m_store->discard(mutationId))
        return false;
    emit changed();
    return true;
}

void LearnerSync::notifyChanged(bool edited) {
    if (edited && syncs())
        m_scheduler.localEditMade();
    emit changed();
}
