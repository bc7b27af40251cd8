// The lesson page's blocks: the roles QML reads, and that the server's text reaches the StyledText
// engine only escaped, with the app's own <b> and <i> around it.
#include "lessonblocks.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString hash = QStringLiteral("ab").repeated(32);

QVariant role(const LessonBlocks &model, int row, LessonBlocks::Role role) {
    return model.data(model.index(row), role);
}
} // namespace

class TestLessonBlocks : public QObject {
    Q_OBJECT
private slots:
    void everyKindHasItsRoles();
    void serverTextIsEscaped_data();
    void serverTextIsEscaped();
    void newBodyResetsTheRows();
};

void TestLessonBlocks::everyKindHasItsRoles() {
    LessonBlocks model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBody("# One\n## Two\nText *here*\n- bullet\n4. fourth\n5. fifth\n![A well](sha256:" + hash +
                  ")");
    QCOMPARE(model.count(), 7);
    const QStringList kinds{"heading", "heading", "paragraph", "bullet", "numbered", "numbered", "image"};
    for (int row = 0; row < model.count(); ++row)
        QCOMPARE(role(model, row, LessonBlocks::KindRole).toString(), kinds.at(row));
    QCOMPARE(role(model, 0, LessonBlocks::LevelRole).toInt(), 1);
    QCOMPARE(role(model, 1, LessonBlocks::LevelRole).toInt(), 2);
    QCOMPARE(role(model, 2, LessonBlocks::LevelRole).toInt(), 0);
    QCOMPARE(role(model, 2, LessonBlocks::TextRole).toString(), "Text <i>here</i>");
    QCOMPARE(role(model, 3, LessonBlocks::TextRole).toString(), "bullet");
    QCOMPARE(role(model, 5, LessonBlocks::NumberRole).toInt(), 5);
    QCOMPARE(role(model, 6, LessonBlocks::ImageSourceRole).toUrl(), QUrl("image://content/" + hash));
    QCOMPARE(role(model, 6, LessonBlocks::AltRole).toString(), "A well");
    QCOMPARE(role(model, 6, LessonBlocks::TextRole).toString(), QString());
    QCOMPARE(role(model, 0, LessonBlocks::ImageSourceRole).toUrl(), QUrl());
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(LessonBlocks::ImageSourceRole), "imageSource");
}

void TestLessonBlocks::serverTextIsEscaped_data() {
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("text");
    QTest::newRow("img tag") << "<img src=x>"
                             << "&lt;img src=x&gt;";
    QTest::newRow("entity") << "&lt; &amp; &#60;"
                            << "&amp;lt; &amp;amp; &amp;#60;";
    QTest::newRow("tag in strong") << "**<b>x</b>** *<a href=\"y\">*"
                                   << "<b>&lt;b&gt;x&lt;/b&gt;</b> <i>&lt;a href=&quot;y&quot;&gt;</i>";
    QTest::newRow("heading") << "# <font size=99>big"
                             << "&lt;font size=99&gt;big";
}

void TestLessonBlocks::serverTextIsEscaped() {
    QFETCH(QString, body);
    QFETCH(QString, text);
    LessonBlocks model;
    model.setBody(body);
    QCOMPARE(model.count(), 1);
    QCOMPARE(role(model, 0, LessonBlocks::TextRole).toString(), text);
}

void TestLessonBlocks::newBodyResetsTheRows() {
    LessonBlocks model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &LessonBlocks::bodyChanged);
    model.setBody("a\n\nb");
    QCOMPARE(model.count(), 2);
    model.setBody("a\n\nb");
    QCOMPARE(changed.count(), 1);
    model.setBody("- x\n- y\n- z");
    QCOMPARE(model.count(), 3);
    QCOMPARE(role(model, 2, LessonBlocks::TextRole).toString(), "z");
    model.setBody(QString());
    QCOMPARE(model.count(), 0);
    QCOMPARE(changed.count(), 3);
}

QTEST_GUILESS_MAIN(TestLessonBlocks)

#include "tst_lessonblocks.moc"
