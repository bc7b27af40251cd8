import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// Deleting the account for good: the learner types a word the dialog names before the red
// button works, so it cannot happen by a slip of the finger.
ConfirmDialog {
    id: dialog

    readonly property string word: qsTr("DELETE", "typed by the learner to confirm deleting their account: one short word in capitals, easy to type on a phone")

    objectName: "deleteAccountDialog"
    title: qsTr("Delete your account?")
    message: qsTr("Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device's copy will be erased. This cannot be undone.")
    confirmText: qsTr("Delete my account")
    // Capitals or not: phone keyboards decide that on their own.
    confirmEnabled: wordField.text.trim().toUpperCase() === word.toUpperCase()
    onAboutToShow: wordField.clear()

    Label {
        id: instruction

        Layout.fillWidth: true
        text: qsTr("To confirm, type %1 below.").arg(dialog.word)
        wrapMode: Text.Wrap
        font.bold: true
        color: Theme.text
    }

    FormField {
        id: wordField

        objectName: "deleteConfirmField"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.name: instruction.text
        onAccepted: {
            if (dialog.confirmEnabled)
                dialog.accept()
        }
    }
}
