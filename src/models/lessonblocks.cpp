#include "lessonblocks.h"

#include "contentimage.h"
#include "lessonmarkup.h"

using namespace LessonMarkup;

namespace {

QString styledText(const QList<Span> &spans) {
    QString text;
    for (const Span &span : spans) {
        QString escaped = span.text.toHtmlEscaped();
        // Only the literal rest past the limits holds line breaks: keep them as typed.
        escaped.replace(u'\n', QLatin1String("<br>"));
        if (span.strong)
            escaped = QLatin1String("<b>") + escaped + QLatin1String("</b>");
        if (span.emphasis)
            escaped = QLatin1String("<i>") + escaped + QLatin1String("</i>");
        text += escaped;
    }
    return text;
}

QString kindName(BlockKind kind) {
    switch (kind) {
    case BlockKind::Heading1:
    case BlockKind::Heading2:
        return QStringLiteral("heading");
    case BlockKind::Paragraph:
        return QStringLiteral("paragraph");
    case BlockKind::BulletItem:
        return QStringLiteral("bullet");
    case BlockKind::NumberedItem:
        return QStringLiteral("numbered");
    case BlockKind::Image:
        return QStringLiteral("image");
    }
    return QStringLiteral("paragraph");
}

} // namespace

int LessonBlocks::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant LessonBlocks::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return row.kind;
    case LevelRole:
        return row.level;
    case NumberRole:
        return row.number;
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case ImageSourceRole:
        return row.imageSource;
    case AltRole:
        return row.alt;
    }
    return {};
}

QHash<int, QByteArray> LessonBlocks::roleNames() const {
    return {{KindRole, "kind"},
            {LevelRole, "level"},
            {NumberRole, "number"},
            {TextRole, "text"},
            {ImageSourceRole, "imageSource"},
            {AltRole, "alt"}};
}

void LessonBlocks::setBody(const QString &body) {
    if (body == m_body)
        return;
    beginResetModel();
    m_body = body;
    m_rows.clear();
    const QList<Block> blocks = parse(body);
    m_rows.reserve(blocks.size());
    for (const Block &block : blocks) {
        const int level = block.kind == BlockKind::Heading1 ? 1 : block.kind == BlockKind::Heading2 ? 2 : 0;
        m_rows.append({kindName(block.kind), level, block.number, styledText(block.spans),
                       contentImageUrl(block.imageSha256), block.alt});
    }
    endResetModel();
    emit bodyChanged();
}
