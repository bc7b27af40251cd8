import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Asked once, at the first start: may the app send crash reports and timings? Both switches are
// off until the learner turns them on; Settings changes the answer later.
Dialog {
    id: dialog

    objectName: "reportsConsentDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 560, 560)
    modal: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacingLarge
    topPadding: Theme.spacing
    title: qsTr("Help us improve Tek Pou Nou")

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

    onOpened: crashSwitch.forceActiveFocus()

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: qsTr("When the app crashes, or to see what is slow, it can send us a report. A report never contains your name, your password or what you write. Reports wait on this device until there is internet.")
            wrapMode: Text.Wrap
            lineHeight: 1.2
            color: Theme.text
        }

        Switch {
            id: crashSwitch

            objectName: "consentCrashSwitch"
            Layout.fillWidth: true
            text: qsTr("Send crash reports")
            checked: false
            Accessible.name: text
        }

        Switch {
            id: timingsSwitch

            objectName: "consentTimingsSwitch"
            Layout.fillWidth: true
            text: qsTr("Send timings")
            checked: false
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("You can change this at any time in Settings.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        ActionButton {
            objectName: "consentSaveButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Save my choice")
            onClicked: {
                Reports.choose(crashSwitch.checked, timingsSwitch.checked)
                dialog.close()
            }
        }
    }
}
