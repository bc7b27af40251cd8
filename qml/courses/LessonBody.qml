pragma ComponentBehavior: Bound

import QtQuick
import TekPouNou
import TekPouNou.Models

// A lesson's text as the author marked it up (offline contract §1): headings, paragraphs, lists and
// pictures, one block under the other. LessonBlocks parses the body; its texts are StyledText the app
// writes from escaped spans, so nothing the server sends is read as markup.
Column {
    id: root

    property alias body: blocks.body
    readonly property alias blockCount: blocks.count
    // However wide the column, a picture is never taller than this.
    property real maximumImageHeight: 480

    spacing: 6

    Repeater {
        model: LessonBlocks {
            id: blocks
        }

        // Each block is made as what it is, text or picture. By URL: Qt 6.4's Loader refuses the
        // bound inline components this file would need, and a new body makes new blocks anyway.
        delegate: Loader {
            id: block

            required property int index
            required property string kind
            required property int level
            required property int number
            required property string text
            required property url imageSource
            required property string alt

            objectName: "lessonBlock_" + index
            width: root.width
            Component.onCompleted: {
                if (kind === "image") {
                    setSource(Qt.resolvedUrl("LessonImage.qml"), {
                        source: imageSource,
                        alt: alt,
                        maximumHeight: root.maximumImageHeight,
                        topPadding: index === 0 ? 0 : Theme.spacingSmall,
                        bottomPadding: Theme.spacingSmall
                    })
                } else {
                    // Room above a heading or paragraph; list items stay close together.
                    const space = kind === "heading" ? Theme.spacing : kind === "paragraph" ? Theme.spacingSmall : 0
                    setSource(Qt.resolvedUrl("LessonTextBlock.qml"), {
                        kind: kind,
                        level: level,
                        number: number,
                        text: text,
                        topPadding: index === 0 ? 0 : space
                    })
                }
            }

            Binding {
                target: block.item
                when: block.kind === "image" && block.item !== null
                property: "maximumHeight"
                value: root.maximumImageHeight
            }
        }
    }
}
