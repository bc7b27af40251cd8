import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import TekPouNou
import TekPouNou.Models

// Where the learner's changes are: an icon and a headline for the sync state, when everything
// last reached the server, a bar while sending, and how many changes wait or were refused.
Rectangle {
    id: card

    readonly property bool upToDate: Sync.state === "idle" && Sync.pendingCount === 0
    readonly property string iconName: {
        switch (Sync.state) {
        case "syncing":
            return "refresh"
        case "offline":
            return "offline"
        case "failing":
            return "warning"
        }
        return upToDate ? "synced" : "cloud"
    }

    objectName: "syncStatusCard"
    implicitHeight: Math.max(stateBadge.height, texts.implicitHeight) + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.outline

    // Plain positioning, not layouts: the wrapped lines come and go with the state, and a
    // RowLayout around them ran into polish loops.
    Rectangle {
        id: stateBadge

        x: Theme.spacing
        y: Theme.spacing
        width: 48
        height: 48
        radius: 24
        color: Sync.state === "failing" ? Theme.errorBackground
                                        : Sync.state === "offline" ? Theme.warningBackground : Theme.selected
        Accessible.ignored: true

        IconImage {
            objectName: "syncStateIcon"
            anchors.centerIn: parent
            source: Theme.iconUrl(card.iconName)
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            color: Sync.state === "failing" ? Theme.error
                                            : Sync.state === "offline" ? Theme.warningText : Theme.primaryDark
        }
    }

    Column {
        id: texts

        x: stateBadge.x + stateBadge.width + Theme.spacing
        y: Theme.spacing
        width: card.width - x - Theme.spacing
        spacing: 4

        Label {
            objectName: "syncHeadline"
            width: texts.width
            text: {
                switch (Sync.state) {
                case "syncing":
                    return qsTr("Syncing your changes…")
                case "offline":
                    return qsTr("Offline")
                case "failing":
                    return qsTr("Sync is not working right now")
                }
                return card.upToDate ? qsTr("Everything is synced") : qsTr("Waiting to sync")
            }
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }

        Label {
            objectName: "syncExplanation"
            width: texts.width
            visible: text.length > 0
            text: Sync.state === "offline"
                  ? qsTr("Your changes are kept on this device and will be sent when the internet is back.")
                  : Sync.state === "failing"
                    ? qsTr("Your changes are kept on this device. The app will try again by itself.")
                    : ""
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        Label {
            objectName: "lastSyncedText"
            width: texts.width
            text: Sync.lastSyncedText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        // Some room around the thin bar, so it does not touch the lines above and below.
        Item {
            width: texts.width
            height: bar.implicitHeight + 2 * 6
            visible: Sync.syncing

            ProgressBar {
                id: bar

                objectName: "syncProgress"
                width: parent.width
                anchors.verticalCenter: parent.verticalCenter
                // A fraction while changes are being sent; just busy while fetching the server's.
                indeterminate: Sync.progress <= 0 || Sync.pendingCount === 0
                value: Sync.progress
            }
        }

        Label {
            objectName: "pendingCountText"
            width: texts.width
            visible: Sync.pendingCount > 0
            text: qsTr("%n change(s) waiting to be sent", "", Sync.pendingCount)
            wrapMode: Text.Wrap
            color: Theme.text
        }

        Label {
            objectName: "rejectedCountText"
            width: texts.width
            visible: Sync.rejectedCount > 0
            text: qsTr("%n change(s) refused by the server", "", Sync.rejectedCount)
            wrapMode: Text.Wrap
            font.bold: true
            color: Theme.error
        }
    }
}
