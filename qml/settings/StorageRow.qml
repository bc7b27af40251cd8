import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// One downloaded course in Settings → Storage: its name, language, size and a way to remove it.
Rectangle {
    id: row

    required property int index
    required property string title
    required property string languageName
    required property string sizeText
    required property string statusText
    required property string downloadState
    required property double progress

    signal removeRequested
    signal pauseRequested
    signal resumeRequested
    signal cancelRequested

    objectName: "storageRow_" + index
    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: row.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: row.statusText.length > 0 ? qsTr("%1 · %2 · %3").arg(row.languageName).arg(row.sizeText).arg(row.statusText)
                                            : qsTr("%1 · %2").arg(row.languageName).arg(row.sizeText)
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
        ProgressBar {
            objectName: "rowProgress"
            Layout.fillWidth: true
            visible: row.downloadState !== "complete"
            value: row.progress
            Accessible.name: row.statusText
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            ActionButton {
                objectName: "pauseRowButton"
                visible: row.downloadState === "downloading"
                text: qsTr("Pause")
                onClicked: row.pauseRequested()
            }
            ActionButton {
                objectName: "resumeRowButton"
                visible: row.downloadState === "paused" || row.downloadState === "failed"
                primary: true
                text: qsTr("Resume")
                onClicked: row.resumeRequested()
            }
            ActionButton {
                objectName: "cancelRowButton"
                visible: row.downloadState !== "complete"
                text: qsTr("Cancel download")
                onClicked: row.cancelRequested()
            }
            ActionButton {
                objectName: "removeDownloadButton"
                visible: row.downloadState === "complete"
                text: qsTr("Remove download")
                Accessible.name: qsTr("Remove the download of %1").arg(row.title)
                onClicked: row.removeRequested()
            }
        }
    }
}
