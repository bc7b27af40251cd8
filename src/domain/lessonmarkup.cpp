#include "lessonmarkup.h"

using namespace LessonMarkup;

namespace {

void appendSpan(QList<Span> &spans, QStringView text, bool strong, bool emphasis) {
    if (text.isEmpty())
        return;
    if (!spans.isEmpty() && spans.last().strong == strong && spans.last().emphasis == emphasis)
        spans.last().text += text;
    else
        spans.append({text.toString(), strong, emphasis});
}

qsizetype starRun(QStringView line, qsizetype at) {
    qsizetype end = at;
    while (end < line.size() && line[end] == u'*')
        ++end;
    return end - at;
}

bool isLowerHex(QStringView text) {
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

qsizetype codePoints(QStringView text) {
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()))
            ++count;
    }
    return count;
}

// `![alt](sha256:<64 lower-case hex>)`, the whole (trimmed) line, alt 1–300 characters without `]`.
bool parseImage(QStringView line, Block *block) {
    static constexpr QStringView open = u"![";
    static constexpr QStringView middle = u"](sha256:";
    constexpr qsizetype hashLength = 64;
    if (!line.startsWith(open) || !line.endsWith(u')'))
        return false;
    const qsizetype close = line.indexOf(u']', open.size());
    if (close < 0 || line.sliced(close).size() != middle.size() + hashLength + 1 ||
        !line.sliced(close).startsWith(middle))
        return false;
    const QStringView alt = line.sliced(open.size(), close - open.size());
    const QStringView hash = line.sliced(close + middle.size(), hashLength);
    if (alt.isEmpty() || codePoints(alt) > MaximumAltLength || !isLowerHex(hash))
        return false;
    block->kind = BlockKind::Image;
    block->alt = alt.toString();
    block->imageSha256 = hash.toString();
    return true;
}

// `N. text` with 1–3 digits: the number, or -1.
int itemNumber(QStringView line, qsizetype *textStart) {
    qsizetype digits = 0;
    while (digits < line.size() && digits < 4 && line[digits] >= u'0' && line[digits] <= u'9')
        ++digits;
    if (digits < 1 || digits > 3 || !line.sliced(digits).startsWith(u". "))
        return -1;
    *textStart = digits + 2;
    return line.first(digits).toInt();
}

// What one non-blank line is; the text of a heading or item is in `block->spans`.
Block classify(QStringView line) {
    Block block;
    if (parseImage(line.trimmed(), &block))
        return block;
    QStringView text;
    qsizetype start = 0;
    if (line.startsWith(u"# ")) {
        block.kind = BlockKind::Heading1;
        text = line.sliced(2);
    } else if (line.startsWith(u"## ")) {
        block.kind = BlockKind::Heading2;
        text = line.sliced(3);
    } else if (line.startsWith(u"- ") || line.startsWith(u"* ")) {
        block.kind = BlockKind::BulletItem;
        text = line.sliced(2);
    } else if (const int number = itemNumber(line, &start); number >= 0) {
        block.kind = BlockKind::NumberedItem;
        block.number = number;
        text = line.sliced(start);
    }
    text = text.trimmed();
    if (text.isEmpty()) { // not a block marker after all ("- " alone): the line as it is
        block = {};
        text = line.trimmed();
    }
    block.spans = parseInline(text);
    return block;
}

// The body from `rest` on, as typed, when a limit is reached.
Block literalRest(QStringView rest) {
    QString text;
    for (QStringView line : rest.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        text += line;
        text += u'\n';
    }
    Block block;
    block.spans = {{text.trimmed(), false, false}};
    return block;
}

} // namespace

QList<Span> LessonMarkup::parseInline(QStringView line) {
    // A run of one or two `*` opens a style that the next run of the same length closes; text in
    // between is never empty (runs are maximal) and taken as it is (no nesting). Longer runs, and
    // runs with no closer, are literal. An unclosed opener leaves no later run of its length, so
    // each length scans to the end at most once: linear time.
    QList<Span> spans;
    qsizetype literalFrom = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] != u'*') {
            ++i;
            continue;
        }
        const qsizetype run = starRun(line, i);
        qsizetype closer = run <= 2 ? i + run : -1;
        while (closer >= 0 && closer < line.size()) {
            if (line[closer] != u'*') {
                ++closer;
                continue;
            }
            const qsizetype length = starRun(line, closer);
            if (length == run)
                break;
            closer += length;
        }
        if (closer < 0 || closer >= line.size()) {
            i += run;
            continue;
        }
        appendSpan(spans, line.sliced(literalFrom, i - literalFrom), false, false);
        appendSpan(spans, line.sliced(i + run, closer - i - run), run == 2, run == 1);
        i = closer + run;
        literalFrom = i;
    }
    appendSpan(spans, line.sliced(literalFrom), false, false);
    return spans;
}

QList<Block> LessonMarkup::parse(QStringView body) {
    QList<Block> blocks;
    int images = 0;
    for (qsizetype start = 0; start <= body.size();) {
        qsizetype end = body.indexOf(u'\n', start);
        if (end < 0)
            end = body.size();
        QStringView line = body.sliced(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const qsizetype lineStart = start;
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        // Each line is its own paragraph: lessons written as plain text before the markup (one
        // paragraph or one "a: papa, tab" example per line) read as they always did.
        Block block = classify(line);
        if (blocks.size() >= MaximumBlocks || (block.kind == BlockKind::Image && images >= MaximumImages)) {
            blocks.append(literalRest(body.sliced(lineStart)));
            break;
        }
        if (block.kind == BlockKind::NumberedItem && !blocks.isEmpty() &&
            blocks.last().kind == BlockKind::NumberedItem)
            block.number = blocks.last().number + 1;
        images += block.kind == BlockKind::Image;
        blocks.append(std::move(block));
    }
    return blocks;
}
