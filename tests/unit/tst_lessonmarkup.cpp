// The lesson markup (offline contract §1): every rule, and that no text is ever lost, whatever the body.
#include "lessonmarkup.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace LessonMarkup;

namespace {

const QString hash = QStringLiteral("0123456789abcdef").repeated(4);

// "$H" in a test's text stands for a valid image hash.
QString withHash(QString text) {
    return text.replace(QLatin1String("$H"), hash);
}

// One line per block: "H1 text", "P text", "UL text", "OL<n> text", "IMG alt $H"; spans as {b:…} {i:…}.
QString describe(const QList<Block> &blocks) {
    QStringList lines;
    for (const Block &b : blocks) {
        QString text;
        for (const Span &s : b.spans)
            text += s.strong ? "{b:" + s.text + "}" : s.emphasis ? "{i:" + s.text + "}" : s.text;
        switch (b.kind) {
        case BlockKind::Heading1:
            lines << "H1 " + text;
            break;
        case BlockKind::Heading2:
            lines << "H2 " + text;
            break;
        case BlockKind::Paragraph:
            lines << "P " + text;
            break;
        case BlockKind::BulletItem:
            lines << "UL " + text;
            break;
        case BlockKind::NumberedItem:
            lines << QStringLiteral("OL%1 ").arg(b.number) + text;
            break;
        case BlockKind::Image:
            lines << "IMG " + b.alt + " " + b.imageSha256;
            break;
        }
    }
    return withHash(lines.join(u'\n')).replace(hash, QLatin1String("$H"));
}

QString nonSpace(QStringView text) {
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// Walks the body's non-space characters: each is either the next one shown (span text, alt text,
// hash) or a markup character the rules consume. Everything shown comes from the body, in order.
void verifyNothingLost(const QString &body, const QList<Block> &blocks) {
    QString shown;
    for (const Block &b : blocks) {
        if (b.kind == BlockKind::Image)
            shown += b.alt + "sha256:" + b.imageSha256;
        for (const Span &s : b.spans)
            shown += s.text;
    }
    static const QString markup = QStringLiteral("#-*.![]()0123456789");
    const QString in = nonSpace(body);
    const QString out = nonSpace(shown);
    qsizetype j = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (j < out.size() && out[j] == in[i])
            ++j;
        else
            QVERIFY2(markup.contains(in[i]),
                     qPrintable(
                         QStringLiteral("lost U+%1 at %2").arg(in[i].unicode(), 4, 16, QChar(u'0')).arg(i)));
    }
    QCOMPARE(j, out.size());
}

} // namespace

class TestLessonMarkup : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void hostileBodies_data();
    void hostileBodies();
    void blockLimitKeepsTheRest();
    void imageLimitKeepsTheRest();
};

void TestLessonMarkup::parses_data() {
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("blocks");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank lines only") << "\n  \n\t\r\n"
                                      << "";
    QTest::newRow("plain paragraphs") << "One.\n\nTwo."
                                      << "P One.\nP Two.";
    QTest::newRow("each line a paragraph") << "One\n  two  \nthree"
                                           << "P One\nP two\nP three";
    QTest::newRow("headings") << "# Dlo\n## Pwòp\ntext"
                              << "H1 Dlo\nH2 Pwòp\nP text";
    QTest::newRow("heading text trimmed") << "#   Dlo  "
                                          << "H1 Dlo";
    QTest::newRow("not headings") << "### three\n\n#nospace\n\n #indented"
                                  << "P ### three\nP #nospace\nP #indented";
    QTest::newRow("marker alone") << "#\n\n# \n\n- \n\n1. "
                                  << "P #\nP #\nP -\nP 1.";
    QTest::newRow("bullets") << "- a\n* b\n-  c"
                             << "UL a\nUL b\nUL c";
    QTest::newRow("not bullets") << "-a\n\n\t- tab\n\n+ plus"
                                 << "P -a\nP - tab\nP + plus";
    QTest::newRow("numbered from its first number") << "3. a\n1. b\n1. c"
                                                    << "OL3 a\nOL4 b\nOL5 c";
    QTest::newRow("blank lines keep a list") << "1. a\n\n1. b"
                                             << "OL1 a\nOL2 b";
    QTest::newRow("another block ends a list") << "1. a\n- b\n1. c\ntext\n5. d"
                                               << "OL1 a\nUL b\nOL1 c\nP text\nOL5 d";
    QTest::newRow("three digits") << "007. a\n999. b"
                                  << "OL7 a\nOL8 b";
    QTest::newRow("not numbered") << "1000. a\n\n1.5 litres\n\n1) b\n\n.1 c\n\n١. arabic digit"
                                  << "P 1000. a\nP 1.5 litres\nP 1) b\nP .1 c\nP ١. arabic digit";
    QTest::newRow("text then item") << "intro\n- a\nmore"
                                    << "P intro\nUL a\nP more";
    QTest::newRow("image") << "![Bouyi dlo](sha256:$H)"
                           << "IMG Bouyi dlo $H";
    QTest::newRow("image with spaces around") << "  ![a](sha256:$H)\t\r\ntext"
                                              << "IMG a $H\nP text";
    QTest::newRow("image ends a paragraph") << "text\n![a](sha256:$H)\nmore"
                                            << "P text\nIMG a $H\nP more";
    QTest::newRow("image alt 300") << "![" + QString(300, u'x') + "](sha256:$H)"
                                   << "IMG " + QString(300, u'x') + " $H";
    QTest::newRow("image alt 300 emoji") << "![" + QStringLiteral("😀").repeated(300) + "](sha256:$H)"
                                         << "IMG " + QStringLiteral("😀").repeated(300) + " $H";
    QTest::newRow("image alt 301") << "![" + QString(301, u'x') + "](sha256:$H)"
                                   << "P ![" + QString(301, u'x') + "](sha256:$H)";
    QTest::newRow("image empty alt") << "![](sha256:$H)"
                                     << "P ![](sha256:$H)";
    QTest::newRow("image alt with ]") << "![a]b](sha256:$H)"
                                      << "P ![a]b](sha256:$H)";
    QTest::newRow("image uppercase hash") << "![a](sha256:" + hash.toUpper() + ")"
                                          << "P ![a](sha256:" + hash.toUpper() + ")";
    QTest::newRow("image short hash") << "![a](sha256:" + hash.left(63) + ")"
                                      << "P ![a](sha256:" + hash.left(63) + ")";
    QTest::newRow("image long hash") << "![a](sha256:$H0)"
                                     << "P ![a](sha256:$H0)";
    QTest::newRow("image url") << "![a](https://example.org/x.png)"
                               << "P ![a](https://example.org/x.png)";
    QTest::newRow("image other algorithm") << "![a](sha1:$H)"
                                           << "P ![a](sha1:$H)";
    QTest::newRow("image within text") << "see ![a](sha256:$H)"
                                       << "P see ![a](sha256:$H)";
    QTest::newRow("two images on a line") << "![a](sha256:$H) ![b](sha256:$H)"
                                          << "P ![a](sha256:$H) ![b](sha256:$H)";
    QTest::newRow("strong and emphasis") << "a **b** c *d* e"
                                         << "P a {b:b} c {i:d} e";
    QTest::newRow("inline in heading and items") << "# **A** b\n- *c*\n2. **d**"
                                                 << "H1 {b:A} b\nUL {i:c}\nOL2 {b:d}";
    QTest::newRow("no nesting in strong") << "**a *b* c**"
                                          << "P {b:a *b* c}";
    QTest::newRow("no nesting in emphasis") << "*a **b** c*"
                                            << "P {i:a **b** c}";
    QTest::newRow("unmatched") << "**a\n\nb*\n\n*c **d"
                               << "P **a\nP b*\nP *c **d";
    QTest::newRow("not across lines") << "*a\nb*"
                                      << "P *a\nP b*";
    QTest::newRow("strong holding a star") << "**a*b**"
                                           << "P {b:a*b}";
    QTest::newRow("three stars literal") << "***a***"
                                         << "P ***a***";
    QTest::newRow("empty markers literal") << "** ** ****"
                                           << "P {b: } ****";
    QTest::newRow("bullet star then emphasis") << "* *a* b"
                                               << "UL {i:a} b";
    QTest::newRow("html literal") << "<b>x</b> <img src=x onerror=alert(1)> &lt;"
                                  << "P <b>x</b> <img src=x onerror=alert(1)> &lt;";
    QTest::newRow("link and backslash literal") << "[site](http://x.ht) \\*a\\*"
                                                << "P [site](http://x.ht) \\{i:a\\}";
    QTest::newRow("crlf") << "# T\r\n\r\n- a\r\n- b\r\n"
                          << "H1 T\nUL a\nUL b";
    QTest::newRow("lone cr kept") << "a\rb"
                                  << "P a\rb";
    const QString controls =
        QStringLiteral("a") + QChar(0) + "b" + QChar(7) + "c" + QChar(0x202e) + "d" + QChar(0x2028) + "e";
    QTest::newRow("control characters kept") << controls << "P " + controls;
    QTest::newRow("old plain body") << "Line one.\nLine two.\n\nNext."
                                    << "P Line one.\nP Line two.\nP Next.";
}

void TestLessonMarkup::parses() {
    QFETCH(QString, body);
    QFETCH(QString, blocks);
    body = withHash(body);
    const QList<Block> parsed = parse(body);
    QCOMPARE(describe(parsed), blocks);
    verifyNothingLost(body, parsed);
}

void TestLessonMarkup::hostileBodies_data() {
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("blockCount");
    QRandomGenerator random(8);
    QString stars;
    const QString alphabet = QStringLiteral("*ab \n#-![]()1.");
    for (int i = 0; i < 1'000'000; ++i)
        stars += alphabet.at(random.bounded(int(alphabet.size())));
    QTest::newRow("1 MB of markup characters") << stars << -1;
    QTest::newRow("1 MB line") << QString(1'000'000, u'x') << 1;
    QTest::newRow("1 MB of one-star emphasis") << QStringLiteral("*a").repeated(500'000) << 1;
    QTest::newRow("10,000 stars") << QString(10'000, u'*') << 1;
    QTest::newRow("10,000 stars spaced") << QStringLiteral("* ").repeated(10'000) << 1;
    QTest::newRow("10,000 unmatched openers") << QStringLiteral("**a *").repeated(10'000) << 1;
    QTest::newRow("deep brackets") << QStringLiteral("![").repeated(50'000) << 1;
    QTest::newRow("nul and controls")
        << QString(1000, QChar(0)) + QChar(1) + QChar(0x1b) + "[31m" + QChar(0x7f) << 1;
    QTest::newRow("surrogates cut") << QStringLiteral("a") + QChar(0xd83d) + " b " + QChar(0xde00) + " c"
                                    << 1;
}

void TestLessonMarkup::hostileBodies() {
    QFETCH(QString, body);
    QFETCH(int, blockCount);
    QElapsedTimer timer;
    timer.start();
    const QList<Block> blocks = parse(body);
    QVERIFY2(timer.elapsed() < 10'000, "parsing is linear, not quadratic");
    if (blockCount >= 0)
        QCOMPARE(blocks.size(), blockCount);
    QVERIFY(blocks.size() <= MaximumBlocks + 1);
    verifyNothingLost(body, blocks);
}

void TestLessonMarkup::blockLimitKeepsTheRest() {
    QString body;
    for (int i = 0; i < MaximumBlocks + 5; ++i)
        body += QStringLiteral("- item %1\r\n").arg(i);
    const QList<Block> blocks = parse(body);
    QCOMPARE(blocks.size(), MaximumBlocks + 1);
    QCOMPARE(blocks.at(MaximumBlocks - 1).kind, BlockKind::BulletItem);
    const Block &rest = blocks.last();
    QCOMPARE(rest.kind, BlockKind::Paragraph);
    QCOMPARE(rest.spans, QList<Span>({{"- item 2000\n- item 2001\n- item 2002\n- item 2003\n- item 2004"}}));
    verifyNothingLost(body, blocks);
}

void TestLessonMarkup::imageLimitKeepsTheRest() {
    const QString image = withHash("![a **b**](sha256:$H)\n");
    const QList<Block> blocks = parse(image.repeated(MaximumImages + 1) + "*after*");
    QCOMPARE(blocks.size(), MaximumImages + 1);
    QCOMPARE(blocks.at(MaximumImages - 1).kind, BlockKind::Image);
    QCOMPARE(blocks.at(MaximumImages - 1).alt, QStringLiteral("a **b**"));
    QCOMPARE(blocks.last().kind, BlockKind::Paragraph);
    QCOMPARE(blocks.last().spans, QList<Span>({{image + "*after*"}}));
}

QTEST_APPLESS_MAIN(TestLessonMarkup)

#include "tst_lessonmarkup.moc"
