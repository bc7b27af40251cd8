import QtQuick
import TekPouNou

// Asked when a learner leaves an editor with changes not saved yet, so that a stray tap on Back
// never throws away what they wrote.
ConfirmDialog {
    objectName: "leaveEditorDialog"
    title: qsTr("Leave without saving?")
    message: qsTr("Your changes on this page are not saved yet. If you leave now, they are lost.")
    confirmText: qsTr("Leave without saving")
}
