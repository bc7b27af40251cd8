// The synced records' rules that the server enforces and the app checks first (src/domain/recordrules):
// which field a bad edit names and how it is wrong, for each entity; defaults; the progress record id.
#include "recordrules.h"

#include <QJsonArray>
#include <QTest>

using namespace tpn;
using Kind = FieldProblem::Kind;

Q_DECLARE_METATYPE(std::optional<FieldProblem>)

namespace tpn {
// For QCOMPARE's message: found by argument-dependent lookup.
char *toString(const std::optional<FieldProblem> &problem) {
    if (!problem)
        return qstrdup("no problem");
    return qstrdup(qPrintable(QStringLiteral("%1: kind %2").arg(problem->field).arg(int(problem->kind))));
}
} // namespace tpn

namespace {
std::optional<FieldProblem> bad(const QString &field, Kind kind) {
    return FieldProblem{field, kind};
}
} // namespace

class TestRecordRules : public QObject {
    Q_OBJECT
private slots:
    void taskProblems_data();
    void taskProblems();
    void journalProblems_data();
    void journalProblems();
    void progressProblems_data();
    void progressProblems();
    void newRecordsNeedTheirRequiredFields();
    void progressRecordIdIsFixedForever();
};

void TestRecordRules::taskProblems_data() {
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<std::optional<FieldProblem>>("problem");
    QTest::newRow("partial edit") << QJsonObject{{"notes", ""}} << std::optional<FieldProblem>();
    QTest::newRow("unknown member") << QJsonObject{{"colour", 3}} << std::optional<FieldProblem>();
    QTest::newRow("200 emoji") << QJsonObject{{"title", QStringLiteral("🌱").repeated(200)}}
                               << std::optional<FieldProblem>();
    QTest::newRow("201 characters") << QJsonObject{{"title", QString(201, u'a')}}
                                    << bad("title", Kind::TooLong);
    QTest::newRow("title a number") << QJsonObject{{"title", 7}} << bad("title", Kind::WrongType);
    QTest::newRow("blank title") << QJsonObject{{"title", " "}} << bad("title", Kind::Blank);
    QTest::newRow("two lines") << QJsonObject{{"title", "a\nb"}} << bad("title", Kind::NotOneLine);
    QTest::newRow("5001 of notes") << QJsonObject{{"notes", QString(5001, u'n')}}
                                   << bad("notes", Kind::TooLong);
    QTest::newRow("status") << QJsonObject{{"status", "finished"}} << bad("status", Kind::NotAllowed);
    QTest::newRow("priority") << QJsonObject{{"priority", "urgent"}} << bad("priority", Kind::NotAllowed);
    QTest::newRow("no due date") << QJsonObject{{"due_date", QJsonValue()}} << std::optional<FieldProblem>();
    QTest::newRow("30 February") << QJsonObject{{"due_date", "2026-02-30"}}
                                 << bad("due_date", Kind::NotADate);
    QTest::newRow("course") << QJsonObject{{"course_id", "Clean Water"}}
                            << bad("course_id", Kind::NotACatalogId);
    // The first bad field in the server's order is the one named.
    QTest::newRow("first") << QJsonObject{{"course_id", "X"}, {"notes", 1}} << bad("notes", Kind::WrongType);
}

void TestRecordRules::taskProblems() {
    QFETCH(QJsonObject, fields);
    QFETCH(std::optional<FieldProblem>, problem);
    QCOMPARE(checkTaskFields(fields), problem);
}

void TestRecordRules::journalProblems_data() {
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<std::optional<FieldProblem>>("problem");
    QStringList tags;
    for (int i = 0; i < 21; ++i)
        tags.append(QStringLiteral("t%1").arg(i));
    QTest::newRow("mood 5") << QJsonObject{{"mood", 5}} << std::optional<FieldProblem>();
    QTest::newRow("mood 6") << QJsonObject{{"mood", 6}} << bad("mood", Kind::OutOfRange);
    QTest::newRow("mood 2.5") << QJsonObject{{"mood", 2.5}} << bad("mood", Kind::WrongType);
    QTest::newRow("date") << QJsonObject{{"date", "20-11-2026"}} << bad("date", Kind::NotADate);
    QTest::newRow("20001 of text") << QJsonObject{{"text", QString(20001, u'x')}}
                                   << bad("text", Kind::TooLong);
    QTest::newRow("21 tags") << QJsonObject{{"tags", QJsonArray::fromStringList(tags)}}
                             << bad("tags", Kind::TooMany);
    QTest::newRow("empty tag") << QJsonObject{{"tags", QJsonArray{""}}} << bad("tags", Kind::Blank);
    QTest::newRow("long tag") << QJsonObject{{"tags", QJsonArray{QString(41, u't')}}}
                              << bad("tags", Kind::TooLong);
    QTest::newRow("no scores") << QJsonObject{{"scores", QJsonValue()}} << std::optional<FieldProblem>();
    QTest::newRow("score not a number")
        << QJsonObject{{"scores", QJsonObject{{"sleep", "good"}}}} << bad("scores", Kind::WrongType);
    QTest::newRow("resolve") << QJsonObject{{"resolve_conflict", "yes"}}
                             << bad("resolve_conflict", Kind::WrongType);
}

void TestRecordRules::journalProblems() {
    QFETCH(QJsonObject, fields);
    QFETCH(std::optional<FieldProblem>, problem);
    QCOMPARE(checkJournalFields(fields), problem);
}

void TestRecordRules::progressProblems_data() {
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<std::optional<FieldProblem>>("problem");
    const QJsonObject lesson{{"course_id", "clean-water"}, {"lesson_id", "boil"}};
    const auto with = [&](const char *name, const QJsonValue &value) {
        QJsonObject fields = lesson;
        fields.insert(QLatin1String(name), value);
        return fields;
    };
    QTest::newRow("lesson only") << lesson << std::optional<FieldProblem>();
    QTest::newRow("no lesson") << QJsonObject{{"course_id", "clean-water"}}
                               << bad("lesson_id", Kind::NotACatalogId);
    QTest::newRow("percent 101") << with("percent", 101) << bad("percent", Kind::OutOfRange);
    QTest::newRow("local time") << with("completed_at", "2026-11-20T10:00:00")
                                << bad("completed_at", Kind::NotATime);
    QTest::newRow("offset time") << with("completed_at", "2026-11-20T10:00:00-05:00")
                                 << std::optional<FieldProblem>();
    QTest::newRow("a day") << with("time_spent_delta_seconds", MaximumTimeSpentDelta)
                           << std::optional<FieldProblem>();
    QTest::newRow("more than a day") << with("time_spent_delta_seconds", MaximumTimeSpentDelta + 1)
                                     << bad("time_spent_delta_seconds", Kind::OutOfRange);
}

void TestRecordRules::progressProblems() {
    QFETCH(QJsonObject, fields);
    QFETCH(std::optional<FieldProblem>, problem);
    QCOMPARE(checkProgressFields(fields), problem);
}

void TestRecordRules::newRecordsNeedTheirRequiredFields() {
    QCOMPARE(missingTaskField({{"notes", "x"}}), bad("title", Kind::Missing));
    QCOMPARE(missingTaskField({{"title", "x"}}), std::optional<FieldProblem>());
    QCOMPARE(missingJournalField({{"date", "2026-11-20"}}), bad("mood", Kind::Missing));
    QCOMPARE(newTaskFields({{"title", "x"}, {"priority", "high"}}),
             QJsonObject({{"title", "x"},
                          {"notes", ""},
                          {"status", "todo"},
                          {"priority", "high"},
                          {"due_date", QJsonValue()},
                          {"course_id", QJsonValue()}}));
    QCOMPARE(newJournalFields({{"date", "2026-11-20"}, {"mood", 3}}),
             QJsonObject({{"date", "2026-11-20"},
                          {"mood", 3},
                          {"text", ""},
                          {"tags", QJsonArray()},
                          {"scores", QJsonValue()}}));
}

void TestRecordRules::progressRecordIdIsFixedForever() {
    // RFC 4122 UUID v5 of "clean-water/boil" in the app's namespace, computed outside Qt (Python's
    // uuid.uuid5): a changed namespace or name would split every learner's progress in two.
    QCOMPARE(progressRecordId(QStringLiteral("clean-water"), QStringLiteral("boil")),
             QStringLiteral("558952e8-e437-5700-b336-4e5fecf64a2d"));
}

QTEST_GUILESS_MAIN(TestRecordRules)
#include "tst_recordrules.moc"
