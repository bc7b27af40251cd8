// The journal's list model: entries show at once, newest day first, and are queued for sync;
// input the server would refuse is explained and queues nothing; an edit sends only what changed;
// a conflicted entry offers every kept version, and resolving queues the merged text.
#include "datacipher.h"
#include "journallistmodel.h"
#include "learnersync.h"
#include "offlinelearner.h"
#include "syncstatus.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestJournalListModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signedOutWritesNothing();
    void newEntriesShowAtOnceNewestFirst();
    void invalidInputQueuesNothing_data();
    void invalidInputQueuesNothing();
    void longTextCountsCharactersNotUnits();
    void updateSendsOnlyChangedFields();
    void removeQueuesADelete();
    void conflictedEntryOffersVersionsAndResolves();
    void keepingAVersionKeepsItsMoodAndTags();
    void textIsNeverInTheFileInTheClear();

private:
    QString field(int row, JournalListModel::Role role) const {
        return m_model->data(m_model->index(row), role).toString();
    }
    // An entry as the server sent it: synced, with nothing waiting.
    void pull(const QString &id, int version, const QJsonObject &fields) {
        PullPage page;
        page.changes.append({Entity::Journal, id, version, false, fields, QDateTime::currentDateTimeUtc()});
        page.cursor = m_sync->store().cursor() + 1;
        QVERIFY(m_sync->store().applyPull(page));
        emit m_sync->changed(); // as at the end of a sync run
    }

    std::unique_ptr<DataCipher> m_cipher; // outlives the learner who uses it
    std::unique_ptr<OfflineLearner> m_offline;
    QTemporaryDir *m_dir = nullptr;
    LearnerSync *m_sync = nullptr;
    LearnerRepository *m_data = nullptr; // `Learner`, which the models bind to
    std::unique_ptr<JournalListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // checks every signal and answer of m_model
};

void TestJournalListModel::init() {
    m_cipher = std::make_unique<DataCipher>(DataCipher::generateKey());
    m_offline = std::make_unique<OfflineLearner>(m_cipher.get());
    QVERIFY2(m_offline->opened, qPrintable(m_offline->sync.errorString()));
    m_dir = &m_offline->dir;
    m_sync = &m_offline->sync;
    m_data = &m_offline->data;
    m_model = std::make_unique<JournalListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSource(m_data);
    QVERIFY(m_model->available());
}

void TestJournalListModel::cleanup() {
    m_tester.reset();
    m_model.reset();
    m_offline.reset();
    m_cipher.reset();
}

void TestJournalListModel::signedOutWritesNothing() {
    QSignalSpy available(m_model.get(), &JournalListModel::availableChanged);
    m_data->setSource({});
    QCOMPARE(available.size(), 1);
    QVERIFY(!m_model->available());
    QCOMPARE(m_model->create({{"date", "2026-11-20"}, {"mood", 3}}), QString());
    QVERIFY(!m_model->error().isEmpty());
    QCOMPARE(m_sync->store().pendingCount(), 0);
}

void TestJournalListModel::newEntriesShowAtOnceNewestFirst() {
    QSignalSpy counted(m_model.get(), &JournalListModel::countChanged);
    const QString older = m_model->create({{"date", "2026-11-18"}, {"mood", 2}, {"text", "Lundi"}});
    const QString newer = m_model->create({{"date", "2026-11-20"},
                                           {"mood", 5},
                                           {"text", "\n  Jodi a te bon.  \nMwen aprann anpil."},
                                           {"tags", QStringList{" lekòl ", "", "Lekol", "LEKÒL", "zanmi"}}});
    QVERIFY(!older.isEmpty());
    QCOMPARE(newer.size(), 36);
    QCOMPARE(newer, newer.toLower());
    QCOMPARE(m_model->error(), QString());
    QCOMPARE(m_model->count(), 2);
    QCOMPARE(counted.size(), 2);
    QCOMPARE(m_offline->status.pendingCount(), 2);

    QCOMPARE(field(0, JournalListModel::RecordIdRole), newer);
    QCOMPARE(field(0, JournalListModel::DateRole), QStringLiteral("2026-11-20"));
    QCOMPARE(m_model->data(m_model->index(0), JournalListModel::MoodRole).toInt(), 5);
    QCOMPARE(field(0, JournalListModel::ExcerptRole), QStringLiteral("Jodi a te bon."));
    QCOMPARE(m_model->data(m_model->index(0), JournalListModel::TagsRole).toStringList(),
             QStringList({"lekòl", "zanmi"}));
    QVERIFY(!m_model->data(m_model->index(0), JournalListModel::ConflictedRole).toBool());
    QCOMPARE(field(1, JournalListModel::RecordIdRole), older);

    const QString longLine = QString(300, u'a');
    m_model->update(older, {{"text", longLine}});
    QCOMPARE(field(1, JournalListModel::ExcerptRole), QString(120, u'a') + u'…');
    QCOMPARE(m_model->entry(older).value("text").toString(), longLine);
}

void TestJournalListModel::invalidInputQueuesNothing_data() {
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<bool>("invalidAsEdit"); // an edit may leave date and mood out: they stay
    const QVariantMap good{{"date", "2026-11-20"}, {"mood", 3}};
    const auto with = [&](const QString &key, const QVariant &value) {
        QVariantMap fields = good;
        if (value.isValid())
            fields.insert(key, value);
        else
            fields.remove(key);
        return fields;
    };
    QTest::newRow("no mood") << with("mood", {}) << false;
    QTest::newRow("mood 0") << with("mood", 0) << true;
    QTest::newRow("mood 6") << with("mood", 6) << true;
    QTest::newRow("mood 2.5") << with("mood", 2.5) << true;
    QTest::newRow("no date") << with("date", {}) << false;
    QTest::newRow("date in the wrong order") << with("date", "20-11-2026") << true;
    QTest::newRow("no such day") << with("date", "2026-02-30") << true;
    QTest::newRow("text too long") << with("text", QString(20001, u'x')) << true;
    QStringList tags;
    for (int i = 0; i < 21; ++i)
        tags.append(QStringLiteral("tag%1").arg(i));
    QTest::newRow("21 tags") << with("tags", tags) << true;
    QTest::newRow("tag too long") << with("tags", QStringList{QString(41, u't')}) << true;
}

void TestJournalListModel::invalidInputQueuesNothing() {
    QFETCH(QVariantMap, fields);
    QFETCH(bool, invalidAsEdit);
    QSignalSpy error(m_model.get(), &JournalListModel::errorChanged);
    QCOMPARE(m_model->create(fields), QString());
    QCOMPARE(error.size(), 1);
    QVERIFY(!m_model->error().isEmpty());
    QCOMPARE(m_model->count(), 0);
    QCOMPARE(m_sync->store().pendingCount(), 0);

    const QString id = QStringLiteral("0b6a4f4e-9c55-4b0e-8a0a-2f9d7c1e5a11");
    pull(id, 1, {{"date", "2026-11-19"}, {"mood", 4}, {"text", "Yè"}});
    QCOMPARE(m_model->update(id, fields), !invalidAsEdit);
    QCOMPARE(m_model->error().isEmpty(), !invalidAsEdit);
    if (invalidAsEdit) {
        QCOMPARE(m_sync->store().pendingCount(), 0);
        QCOMPARE(m_model->entry(id).value("text").toString(), QStringLiteral("Yè"));
    }
}

void TestJournalListModel::longTextCountsCharactersNotUnits() {
    // 20000 characters outside the BMP are 40000 UTF-16 units: still within the server's limit.
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("\U0001F33F");
    QVERIFY(!m_model->create({{"date", "2026-11-20"}, {"mood", 1}, {"text", text}}).isEmpty());
    QCOMPARE(m_sync->store().pendingCount(), 1);
}

void TestJournalListModel::updateSendsOnlyChangedFields() {
    const QString id = QStringLiteral("7d3c2b1a-0f9e-4d8c-b7a6-5e4f3d2c1b0a");
    pull(id, 2,
         {{"date", "2026-11-20"},
          {"mood", 3},
          {"text", "Maten an"},
          {"tags", QJsonArray{"mache"}},
          {"scores", QJsonValue()},
          {"conflicted", false},
          {"conflict_versions", QJsonArray()}});
    QCOMPARE(m_model->count(), 1);
    QVERIFY(m_model->update(
        id, {{"date", "2026-11-20"}, {"mood", 4}, {"text", "Maten an"}, {"tags", QStringList{"mache"}}}));
    QVERIFY(m_model->update(id, m_model->entry(id))); // nothing changed: nothing more to send
    const QList<Mutation> batch = m_sync->store().takeBatch(10, 65536);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first().fields, QJsonObject({{"mood", 4}}));
    QCOMPARE(batch.first().baseVersion, 2);
    QCOMPARE(m_model->data(m_model->index(0), JournalListModel::MoodRole).toInt(), 4);

    QVERIFY(!m_model->update(QStringLiteral("00000000-0000-4000-8000-000000000000"), {{"mood", 2}}));
    QVERIFY(!m_model->error().isEmpty());
}

void TestJournalListModel::removeQueuesADelete() {
    const QString id = m_model->create({{"date", "2026-11-20"}, {"mood", 3}});
    QVERIFY(m_sync->store().takeBatch(10, 65536).size() == 1); // the creation is on its way
    QVERIFY(m_model->remove(id));
    QCOMPARE(m_model->count(), 0);
    QVERIFY(m_model->entry(id).isEmpty());
    const QList<Mutation> outbox = m_sync->store().outbox();
    QCOMPARE(outbox.size(), 2);
    QVERIFY(outbox.last().isDelete);
    QCOMPARE(outbox.last().recordId, id);
}

void TestJournalListModel::conflictedEntryOffersVersionsAndResolves() {
    const QString id = QStringLiteral("6f1c2a3e-8d4b-4c1e-9a7f-0b2c3d4e5f60");
    const QJsonObject kept{{"text", "Morning at the market"},
                           {"mood", 3},
                           {"tags", QJsonArray{"mache"}},
                           {"scores", QJsonValue()},
                           {"date", "2026-11-20"},
                           {"saved_at", "2026-11-22T02:33:12.344Z"}};
    pull(id, 3,
         {{"date", "2026-11-20"},
          {"mood", 4},
          {"text", "Morning at school"},
          {"tags", QJsonArray()},
          {"scores", QJsonValue()},
          {"conflicted", true},
          {"conflict_versions", QJsonArray{kept}}});
    QCOMPARE(m_model->count(), 1);
    QVERIFY(m_model->data(m_model->index(0), JournalListModel::ConflictedRole).toBool());
    QCOMPARE(m_model->data(m_model->index(0), JournalListModel::ConflictCountRole).toInt(), 1);

    const QVariantMap entry = m_model->entry(id);
    QCOMPARE(entry.value("text").toString(), QStringLiteral("Morning at school"));
    QVERIFY(entry.value("conflicted").toBool());
    const QVariantList versions = entry.value("conflictVersions").toList();
    QCOMPARE(versions.size(), 1);
    const QVariantMap version = versions.first().toMap();
    QCOMPARE(version.value("text").toString(), QStringLiteral("Morning at the market"));
    QCOMPARE(version.value("mood").toInt(), 3);
    QCOMPARE(version.value("tags").toStringList(), QStringList{"mache"});
    const QDateTime savedAt(QDate(2026, 11, 22), QTime(2, 33, 12, 344), Qt::UTC);
    QCOMPARE(version.value("savedAt").toString(), savedAt.toLocalTime().toString("dd/MM/yyyy HH:mm"));

    const QString merged = QStringLiteral("Morning at the market, then school");
    QVERIFY(m_model->resolve(id, merged));
    const QList<Mutation> batch = m_sync->store().takeBatch(10, 65536);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first().fields, QJsonObject({{"text", merged}, {"resolve_conflict", true}}));
    QCOMPARE(batch.first().baseVersion, 3);
    // The learner has settled it: no more "choose" while the server confirms.
    QVERIFY(!m_model->data(m_model->index(0), JournalListModel::ConflictedRole).toBool());
    QVERIFY(!m_model->entry(id).value("conflicted").toBool());
    QCOMPARE(field(0, JournalListModel::ExcerptRole), merged);

    QVERIFY(!m_model->resolve(id, QString(20001, u'x')));
    QVERIFY(!m_model->error().isEmpty());
}

void TestJournalListModel::keepingAVersionKeepsItsMoodAndTags() {
    const QString id = QStringLiteral("6f1c2a3e-8d4b-4c1e-9a7f-0b2c3d4e5f61");
    const QJsonObject kept{{"text", "Market day"},        {"mood", 2},
                           {"tags", QJsonArray{"mache"}}, {"scores", QJsonValue()},
                           {"date", "2026-11-19"},        {"saved_at", "2026-11-22T02:33:12.344Z"}};
    pull(id, 5,
         {{"date", "2026-11-20"},
          {"mood", 4},
          {"text", "School day"},
          {"tags", QJsonArray{"lekol"}},
          {"conflicted", true},
          {"conflict_versions", QJsonArray{kept}}});
    QVERIFY(!m_model->keepVersion(id, 2)); // no such version: nothing queued
    QCOMPARE(m_sync->store().pendingCount(), 0);
    QVERIFY2(m_model->keepVersion(id, 1), qPrintable(m_model->error()));
    const Mutation m = m_sync->store().takeBatch(10, 65536).value(0);
    QCOMPARE(m.baseVersion, 5);
    QCOMPARE(m.fields, QJsonObject({{"text", "Market day"},
                                    {"mood", 2},
                                    {"tags", QJsonArray{"mache"}},
                                    {"date", "2026-11-19"},
                                    {"resolve_conflict", true}}));
    QCOMPARE(m_model->entry(id).value("mood").toInt(), 2);
    QVERIFY(!m_model->entry(id).value("conflicted").toBool());
}

void TestJournalListModel::textIsNeverInTheFileInTheClear() {
    const QString secret = QStringLiteral("Sekrè mwen: mwen pè egzamen matematik la.");
    const QString id = m_model->create({{"date", "2026-11-20"}, {"mood", 2}, {"text", secret}});
    QVERIFY(m_model->update(id, {{"text", secret + QStringLiteral(" Men m ap travay.")}}));
    QCOMPARE(m_model->entry(id).value("text").toString(), secret + QStringLiteral(" Men m ap travay."));
    // Every file of the learner's folder, the write-ahead log included (that is where the latest
    // writes are while the database is open).
    QDirIterator it(m_dir->path(), QDir::Files);
    int scanned = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("egzamen matematik"), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 2);
}

QTEST_GUILESS_MAIN(TestJournalListModel)
#include "tst_journallistmodel.moc"
