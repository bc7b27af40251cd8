import QtQuick
import TekPouNou
import TekPouNou.Models

// The Sync section of Settings, while a learner is signed in: whether their changes have reached
// the server, how many still wait or were refused, and the ways to sync now or see them.
// A Column, not a ColumnLayout, so its wrapped buttons keep their own heights (see AccountDetails).
Column {
    id: section

    signal outboxRequested

    objectName: "syncSection"
    visible: Sync.available
    spacing: Theme.spacing

    SectionHeading {
        width: section.width
        text: qsTr("Sync")
    }

    SyncStatusCard {
        width: section.width
    }

    ActionButton {
        objectName: "syncNowButton"
        width: section.width
        enabled: !Sync.syncing
        text: qsTr("Sync now")
        onClicked: Sync.syncNow()
    }

    ActionButton {
        objectName: "openOutboxButton"
        width: section.width
        text: qsTr("See waiting changes")
        onClicked: section.outboxRequested()
    }
}
