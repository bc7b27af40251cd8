pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// The learner's changes that the server does not have yet: waiting, being sent, or refused. A
// refused one shows why and can be sent again or, after a warning, discarded.
Page {
    id: page

    readonly property real sideMargin: Math.max(Theme.spacing, (width - Theme.readingWidth) / 2)

    signal backRequested

    objectName: "outboxPage"
    title: qsTr("Waiting changes")
    background: Rectangle {
        color: Theme.background
    }

    header: BackBar {
        onBackRequested: page.backRequested()
    }

    OutboxModel {
        id: outbox

        source: Learner
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacingSmall

        ScreenTitle {
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            text: page.title
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            Layout.bottomMargin: Theme.spacingSmall
            text: qsTr("Changes you make on this device wait here until the server has them.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        OfflineBanner {
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            visible: Sync.state === "offline" && outbox.count > 0
            text: qsTr("You are offline. These changes will be sent when the internet is back.")
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list

                objectName: "outboxList"
                anchors.fill: parent
                clip: true
                model: outbox
                spacing: 12
                topMargin: 4
                bottomMargin: Theme.spacing
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator {}

                delegate: OutboxRow {
                    // The role named "state" (an Item has its own state property).
                    required property var model

                    x: page.sideMargin
                    width: list.width - 2 * page.sideMargin
                    changeState: model.state
                    onRetryRequested: outbox.retry(mutationId)
                    onDiscardRequested: {
                        discardDialog.mutationId = mutationId
                        discardDialog.open()
                    }
                }

                WheelScroll {
                    flickable: list
                }
            }

            // Nothing waits: a calm "all saved", not an empty screen.
            Column {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * page.sideMargin, Theme.readingWidth)
                visible: outbox.count === 0
                spacing: Theme.spacingSmall

                IconImage {
                    anchors.horizontalCenter: parent.horizontalCenter
                    source: Theme.iconUrl("synced")
                    sourceSize.width: 48
                    sourceSize.height: 48
                    color: Theme.primary
                }

                Label {
                    objectName: "outboxEmptyState"
                    width: parent.width
                    text: qsTr("Everything is saved on the server.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontTitle
                    color: Theme.textSecondary
                }
            }
        }
    }

    ConfirmDialog {
        id: discardDialog

        property string mutationId

        objectName: "discardDialog"
        title: qsTr("Discard this change?")
        message: qsTr("The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.")
        confirmText: qsTr("Discard")
        onAccepted: outbox.discard(mutationId)
    }
}
