import QtQuick
import QtQuick.Controls
import TekPouNou

// A lesson picture: as wide as the column and never taller than maximumHeight, its alt text as its
// accessible name and as a caption. While it is not there (not on this device yet, loading, broken),
// a framed placeholder holds the alt text in its place: never a blank.
Item {
    id: figure

    property url source
    property string alt
    property real maximumHeight: 480
    property real topPadding
    property real bottomPadding
    readonly property bool loaded: picture.status === Image.Ready

    implicitHeight: topPadding + column.implicitHeight + bottomPadding

    Column {
        id: column

        y: figure.topPadding
        width: figure.width
        spacing: 6

        Image {
            id: picture

            objectName: "lessonImage"
            width: column.width
            height: figure.loaded ? Math.min(figure.maximumHeight,
                                             width * implicitHeight / Math.max(1, implicitWidth)) : 0
            visible: figure.loaded
            source: figure.source
            // Fixed, so a resized window does not load the picture again; about the widest column.
            sourceSize.width: Theme.readingWidth
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            Accessible.role: Accessible.Graphic
            Accessible.name: figure.alt
        }

        Label {
            objectName: "imageCaption"
            width: column.width
            visible: figure.loaded
            text: figure.alt
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            // The picture already says it.
            Accessible.ignored: true
        }

        Rectangle {
            objectName: "imagePlaceholder"
            width: column.width
            height: Math.max(120, placeholderText.implicitHeight + 2 * Theme.spacing)
            visible: !figure.loaded
            radius: Theme.radius
            color: Theme.surfaceVariant
            border.color: Theme.outline
            border.width: 2
            Accessible.role: Accessible.Graphic
            Accessible.name: figure.alt

            Column {
                id: placeholderText

                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                spacing: 4

                Label {
                    objectName: "placeholderAlt"
                    width: parent.width
                    text: figure.alt
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    Accessible.ignored: true
                }

                Label {
                    objectName: "placeholderStatus"
                    width: parent.width
                    text: picture.status === Image.Loading ? qsTr("Loading the picture…")
                                                           : qsTr("The picture is not available on this device yet.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontSmall
                    font.italic: true
                    color: Theme.textSecondary
                }
            }
        }
    }
}
