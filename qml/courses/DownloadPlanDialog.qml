import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Before a download starts: what it costs (only what the device lacks), and the question a
// metered network or the monthly budget calls for. Opens whenever Downloads has a plan.
Dialog {
    id: dialog

    readonly property bool wanted: Downloads.planning || Downloads.planReady || Downloads.planError.length > 0

    objectName: "downloadPlanDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 560, 560)
    modal: true
    focus: true
    padding: Theme.spacingLarge
    title: qsTr("Download for offline")
    onWantedChanged: wanted ? open() : close()
    onRejected: Downloads.dismissPlan()

    header: Label {
        text: dialog.title
        wrapMode: Text.Wrap
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
        font.pixelSize: Theme.fontHeading - 4
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacing

        BusyLine {
            Layout.fillWidth: true
            visible: Downloads.planning
            text: qsTr("Working out the size…")
        }
        Label {
            objectName: "planSummary"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Downloads.planError.length > 0 ? Downloads.planError : Downloads.planSummary
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            color: Theme.text
        }
        Label {
            objectName: "planQuestion"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Downloads.planQuestion
            wrapMode: Text.Wrap
            color: Theme.warningText
        }
    }

    footer: Flow {
        layoutDirection: Qt.RightToLeft
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        bottomPadding: Theme.spacingLarge
        spacing: Theme.spacingSmall

        ActionButton {
            objectName: "confirmDownloadButton"
            visible: Downloads.planReady
            primary: true
            text: qsTr("Download")
            onClicked: Downloads.confirmPlan()
        }
        ActionButton {
            objectName: "dismissPlanButton"
            text: Downloads.planReady ? qsTr("Not now") : qsTr("Close")
            onClicked: dialog.reject()
        }
    }
}
