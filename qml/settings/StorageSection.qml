import QtQuick
import TekPouNou

// The Storage section of Settings: the way to downloads, the cache, data use and packs.
// A Column, not a ColumnLayout, so its wrapped button keeps its own height (see SyncSection).
Column {
    id: section

    signal storageRequested

    objectName: "storageSection"
    spacing: Theme.spacing

    SectionHeading {
        width: section.width
        text: qsTr("Storage")
    }

    ActionButton {
        objectName: "openStorageButton"
        width: section.width
        text: qsTr("Downloads, cache and data use")
        onClicked: section.storageRequested()
    }
}
