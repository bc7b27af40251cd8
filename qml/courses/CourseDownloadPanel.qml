import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// A course's offline state on its page: "Download for offline", then progress with pause,
// resume and cancel, then "Available offline" with update and remove.
Rectangle {
    id: panel

    required property string courseId
    required property string courseTitle

    objectName: "courseDownloadPanel"
    visible: Downloads.available
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline

    OfflineCourse {
        id: offline

        downloads: Downloads
        courseId: panel.courseId
    }

    Component.onCompleted: Downloads.checkForUpdate(courseId)

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Label {
            objectName: "offlineStatus"
            Layout.fillWidth: true
            text: offline.state === "none" ? qsTr("Not downloaded: this course needs the internet.") : offline.statusText
            wrapMode: Text.Wrap
            color: offline.state === "failed" ? Theme.error : Theme.text
        }

        ProgressBar {
            objectName: "downloadProgress"
            Layout.fillWidth: true
            visible: offline.state !== "none" && offline.state !== "complete" && offline.state !== "update"
            value: offline.progress
            Accessible.name: offline.statusText
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            ActionButton {
                objectName: "downloadCourseButton"
                visible: offline.state === "none" || offline.state === "update"
                primary: true
                enabled: !Downloads.planning
                text: offline.state === "update" ? qsTr("Download the update") : qsTr("Download for offline")
                onClicked: Downloads.prepareCourse(panel.courseId, panel.courseTitle)
            }
            ActionButton {
                objectName: "pauseDownloadButton"
                visible: offline.busy
                text: qsTr("Pause")
                onClicked: Downloads.pause(panel.courseId)
            }
            ActionButton {
                objectName: "resumeDownloadButton"
                visible: offline.state === "paused" || offline.state === "failed"
                primary: true
                text: offline.state === "failed" ? qsTr("Try again") : qsTr("Resume")
                onClicked: Downloads.resume(panel.courseId)
            }
            ActionButton {
                objectName: "cancelDownloadButton"
                visible: offline.busy || offline.state === "paused" || offline.state === "failed"
                text: qsTr("Cancel download")
                onClicked: Downloads.cancel(panel.courseId)
            }
            ActionButton {
                objectName: "removeDownloadButton"
                visible: offline.state === "complete" || offline.state === "update"
                text: qsTr("Remove download")
                onClicked: Downloads.remove(panel.courseId)
            }
        }
    }
}
