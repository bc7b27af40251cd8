import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou.Models

// A small cloud in the navigation while the learner's changes are not all on the server (or sync
// is running, offline or failing), with how many wait. Tapping it shows those changes. Hidden
// when everything is synced or nobody is signed in.
AbstractButton {
    id: control

    readonly property int waiting: Sync.pendingCount + Sync.rejectedCount
    readonly property bool needed: Sync.available
                                   && (waiting > 0 || Sync.state === "syncing" || Sync.state === "offline"
                                       || Sync.state === "failing")
    // The caption under the icon, for the side rail; the bottom bar has no room for it.
    property bool showLabel
    // Over the page's content (above the bottom bar): on a surface of its own, outlined.
    property bool floating
    readonly property color tint: Sync.state === "failing" ? Theme.error
                                                           : Sync.state === "offline" ? Theme.warningText
                                                                                      : Theme.textSecondary

    objectName: "syncIndicator"
    visible: needed
    text: {
        switch (Sync.state) {
        case "syncing":
            return qsTr("Syncing")
        case "offline":
            return qsTr("Offline")
        case "failing":
            return qsTr("Sync problem")
        }
        return Sync.rejectedCount > 0 ? qsTr("%n refused", "changes the server refused", Sync.rejectedCount)
                                      : qsTr("%n waiting", "changes not yet sent", Sync.pendingCount)
    }
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: 4
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: qsTr("Shows the changes that are not on the server yet")

    contentItem: ColumnLayout {
        spacing: 2

        Item {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 44
            implicitHeight: 30

            IconImage {
                anchors.centerIn: parent
                source: Theme.iconUrl(Sync.state === "syncing" ? "refresh"
                                      : Sync.state === "offline" ? "offline"
                                      : Sync.state === "failing" ? "warning" : "cloud")
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
                color: control.tint
            }

            // How many changes are not on the server; red when some were refused.
            Label {
                objectName: "syncBadge"
                visible: control.waiting > 0
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.rightMargin: -2
                width: Math.max(height, implicitWidth)
                height: 20
                leftPadding: 6
                rightPadding: 6
                text: control.waiting > 99 ? "99+" : control.waiting
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: 12
                font.bold: true
                color: Theme.textOnPrimary

                background: Rectangle {
                    radius: height / 2
                    color: Sync.rejectedCount > 0 ? Theme.error : Theme.primary
                    border.width: 2
                    border.color: Theme.surface
                }
            }
        }

        // Two short lines at most: "Sync problem" does not fit one line of the rail in French.
        Label {
            Layout.fillWidth: true
            visible: control.showLabel
            text: control.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font.pixelSize: 14
            color: control.tint
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.pressed ? Theme.surfaceVariant : control.floating ? Theme.surface : "transparent"
        border.width: control.visualFocus ? 2 : control.floating ? 1 : 0
        border.color: control.visualFocus ? Theme.accent : Theme.outline
    }
}
