import QtQuick
import QtQuick.Controls
import TekPouNou

// One block of lesson text: a heading (level 1 or 2), a paragraph, or a list item with its bullet or
// number in a column of its own, so a long item wraps under its text and not under the marker.
// `text` is StyledText that LessonBlocks wrote from escaped spans.
Item {
    id: block

    property string kind: "paragraph"
    property int level
    property int number
    property string text
    property real topPadding

    readonly property bool listItem: kind === "bullet" || kind === "numbered"

    implicitHeight: topPadding + Math.max(content.implicitHeight, marker.visible ? marker.implicitHeight : 0)

    Label {
        id: marker

        objectName: "listMarker"
        y: block.topPadding
        width: block.kind === "numbered" ? Math.max(36, implicitWidth) : 24
        visible: block.listItem
        text: block.kind === "numbered" ? qsTr("%1.", "the number before an item of a numbered list").arg(block.number)
                                        : "•"
        textFormat: Text.PlainText
        horizontalAlignment: block.kind === "numbered" ? Text.AlignRight : Text.AlignHCenter
        font: content.font
        color: Theme.accent
        Accessible.ignored: block.kind === "bullet"
    }

    Label {
        id: content

        objectName: "blockText"
        x: block.listItem ? marker.width + Theme.spacingSmall : 0
        y: block.topPadding
        width: block.width - x
        text: block.text
        textFormat: Text.StyledText
        wrapMode: Text.Wrap
        lineHeight: block.kind === "heading" ? 1.15 : 1.45
        font.pixelSize: block.level === 1 ? Theme.fontHeading : block.level === 2 ? Theme.fontTitle + 1
                                                                                   : Theme.fontBody + 1
        font.bold: block.kind === "heading"
        color: Theme.text
        Accessible.role: block.kind === "heading" ? Accessible.Heading : Accessible.StaticText
    }
}
