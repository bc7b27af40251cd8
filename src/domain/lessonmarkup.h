#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The lesson markup, version 1 (offline contract §1): a lesson body in, the blocks the lesson page
// shows out. Pure and total: any text parses, nothing in it is lost (unknown syntax stays literal
// text), and past the limits the rest of the body is one literal paragraph.
namespace LessonMarkup {

inline constexpr int MaximumBlocks = 2000;
inline constexpr int MaximumImages = 64;
inline constexpr int MaximumAltLength = 300; // code points

// A run of text with one style. Markers are gone from `text`; a literal `*` stays in it.
struct Span {
    QString text;
    bool strong = false;
    bool emphasis = false;
    friend bool operator==(const Span &, const Span &) = default;
};

enum class BlockKind { Heading1, Heading2, Paragraph, BulletItem, NumberedItem, Image };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int number = 0;      // a numbered item's number as shown (its list's start + its place)
    QString imageSha256; // an image's content hash: 64 lower-case hex digits
    QString alt;         // an image's alt text
    QList<Span> spans;   // the text of a heading, paragraph or item
    friend bool operator==(const Block &, const Block &) = default;
};

QList<Block> parse(QStringView body);

// The inline markup of one line: `**strong**` and `*emphasis*`, not nested; anything else literal.
QList<Span> parseInline(QStringView line);

} // namespace LessonMarkup
