import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// A screen whose feature has not landed yet: its title and one honest sentence.
Page {
    id: screen

    required property string iconName
    required property string message

    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingLarge

        ScreenTitle {
            Layout.fillWidth: true
            text: screen.title
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.readingWidth
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing

            Item {
                Layout.fillHeight: true
            }

            IconImage {
                Layout.alignment: Qt.AlignHCenter
                source: Theme.iconUrl(screen.iconName)
                sourceSize.width: 72
                sourceSize.height: 72
                color: Theme.accent
            }

            Label {
                objectName: "placeholderMessage"
                Layout.fillWidth: true
                text: screen.message
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontTitle
                color: Theme.textSecondary
            }

            Item {
                Layout.fillHeight: true
                Layout.preferredHeight: 2
            }
        }
    }
}
