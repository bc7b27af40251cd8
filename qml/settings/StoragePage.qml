pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Settings → Storage: what downloaded courses and the cache take, the rules for spending data,
// and packs that carry courses to a device with no internet. Removing a download or clearing the
// cache never touches the learner's tasks, journal or progress.
Page {
    id: page

    signal backRequested

    objectName: "storagePage"
    title: qsTr("Storage and downloads")
    background: Rectangle {
        color: Theme.background
    }

    header: BackBar {
        onBackRequested: page.backRequested()
    }

    StorageModel {
        id: storage

        downloads: Downloads
    }

    ScrollPage {
        objectName: "storageFlickable"
        anchors.fill: parent

        ScreenTitle {
            Layout.fillWidth: true
            text: page.title
        }

        Label {
            objectName: "downloadsTotal"
            Layout.fillWidth: true
            text: storage.downloadsText
            wrapMode: Text.Wrap
            color: Theme.text
        }

        Label {
            objectName: "noDownloads"
            Layout.fillWidth: true
            visible: downloadRows.count === 0
            text: qsTr("No course is downloaded yet. Open a course and choose \u201cDownload for offline\u201d.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        Repeater {
            id: downloadRows

            model: storage

            StorageRow {
                Layout.fillWidth: true
                onRemoveRequested: storage.removeDownload(index)
                onPauseRequested: storage.pause(index)
                onResumeRequested: storage.resume(index)
                onCancelRequested: storage.cancel(index)
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            text: qsTr("Cache")
        }

        Label {
            objectName: "cacheTotal"
            Layout.fillWidth: true
            text: storage.cacheText
            wrapMode: Text.Wrap
            color: Theme.text
        }

        ActionButton {
            objectName: "clearCacheButton"
            Layout.fillWidth: true
            text: qsTr("Clear cache")
            onClicked: clearCacheDialog.open()
        }

        DataUseSection {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
        }

        PackSection {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
        }
    }

    ConfirmDialog {
        id: clearCacheDialog

        objectName: "clearCacheDialog"
        title: qsTr("Clear the cache?")
        message: qsTr("Pages and pictures you have seen will be removed from this device; they come back when you see them again online. Downloaded courses, and your tasks, journal and progress, stay.")
        confirmText: qsTr("Clear cache")
        onAccepted: storage.clearCache()
    }
}
