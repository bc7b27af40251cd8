// The cache file: migrated forward from every schema version ever shipped, and thrown away and
// rebuilt when it is damaged, without touching anything else in the data directory.
#include "cacheschema.h"
#include "sqlitedatabase.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Builds a file exactly as an app at schema version `version` left it, with one course in it.
void makeCacheAtVersion(const QString &path, int version) {
    QList<Migration> upTo;
    for (const Migration &m : cacheMigrations()) {
        if (m.version <= version)
            upTo.append(m);
    }
    SqliteDatabase db(path, SqliteDatabase::Durability::Rebuildable);
    QVERIFY2(db.open(upTo), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), version);
    if (version >= 1) {
        QSqlQuery q(db.connection());
        QVERIFY2(
            q.exec(QStringLiteral(
                "INSERT INTO courses (id, language, category, title, summary, served_language, languages,"
                " icon, color, lesson_count, duration_minutes, updated_at, search_key) VALUES"
                " ('old-course', 'ht-HT', 'health', 'Ansyen kou', 's', 'ht', 'ht', 'heart', '#C62828',"
                " 3, 30, '2025-01-01T00:00:00Z', 'ansyen kou s')")),
            qPrintable(q.lastError().text()));
    }
}

int countRows(SqliteDatabase &db, const QString &table) {
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCacheDatabase : public QObject {
    Q_OBJECT
private slots:
    void migratesFromEveryVersion_data();
    void migratesFromEveryVersion();
    void corruptFileIsRebuilt();
    void newerSchemaIsRebuiltNotMisread();
    void preciousFileIsNeverReplacedSilently();
    void usesWal();
};

void TestCacheDatabase::migratesFromEveryVersion_data() {
    QTest::addColumn<int>("fromVersion");
    for (int v = 0; v < cacheMigrations().constLast().version; ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestCacheDatabase::migratesFromEveryVersion() {
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    makeCacheAtVersion(path, fromVersion);

    SqliteDatabase db(path, SqliteDatabase::Durability::Rebuildable);
    QVERIFY2(db.open(cacheMigrations()), qPrintable(db.errorString()));
    QVERIFY(!db.wasRebuilt());
    QCOMPARE(db.schemaVersion(), cacheMigrations().constLast().version);
    QCOMPARE(countRows(db, QStringLiteral("courses")), fromVersion >= 1 ? 1 : 0);
    QCOMPARE(countRows(db, QStringLiteral("lessons")), 0);
    QCOMPARE(countRows(db, QStringLiteral("categories")), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'courses_by_category'")));
    QVERIFY(q.next());
}

void TestCacheDatabase::corruptFileIsRebuilt() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    makeCacheAtVersion(path, cacheMigrations().constLast().version);
    {
        // Overwrite the middle of the file, as a failing SD card or a killed write might.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() >= 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\xA5'));
        file.seek(0);
        file.write(QByteArray(100, '\x00'));
    }
    const QString bystander = dir.filePath(QStringLiteral("user-data.sqlite"));
    QFile other(bystander);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("learner's own data");
    other.close();

    SqliteDatabase db(path, SqliteDatabase::Durability::Rebuildable);
    QVERIFY2(db.open(cacheMigrations()), qPrintable(db.errorString()));
    QVERIFY(db.wasRebuilt());
    QCOMPARE(db.schemaVersion(), cacheMigrations().constLast().version);
    QCOMPARE(countRows(db, QStringLiteral("courses")), 0);
    QVERIFY(QFile::exists(bystander));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("cache.sqlite.damaged-*")});
    QVERIFY2(!aside.isEmpty(), "the damaged copy is kept aside, not deleted");
}

void TestCacheDatabase::newerSchemaIsRebuiltNotMisread() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        SqliteDatabase db(path, SqliteDatabase::Durability::Rebuildable);
        QVERIFY(db.open({{99, {QStringLiteral("CREATE TABLE future (x)")}}}));
    }
    SqliteDatabase db(path, SqliteDatabase::Durability::Rebuildable);
    QVERIFY2(db.open(cacheMigrations()), qPrintable(db.errorString()));
    QVERIFY(db.wasRebuilt());
    QCOMPARE(db.schemaVersion(), cacheMigrations().constLast().version);
}

void TestCacheDatabase::preciousFileIsNeverReplacedSilently() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    SqliteDatabase db(path, SqliteDatabase::Durability::Precious);
    QVERIFY(!db.open(cacheMigrations()));
    QVERIFY(!db.errorString().isEmpty());
    QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("outbox.sqlite.damaged-*")}).isEmpty());
}

void TestCacheDatabase::usesWal() {
    QTemporaryDir dir;
    SqliteDatabase db(dir.filePath(QStringLiteral("cache.sqlite")), SqliteDatabase::Durability::Rebuildable);
    QVERIFY(db.open(cacheMigrations()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // NORMAL: the cache can always be fetched again
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
