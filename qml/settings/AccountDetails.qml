pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// The signed-in learner: who they are, their name to change, and what they can do with their
// account (export, sign out, erase this device's data, delete the account).
// A Column, not a ColumnLayout: in Qt 6.4 a layout nested in layouts can keep a button at the
// height its label had while the page was first laid out narrow; a Column always uses the
// buttons' own heights.
Column {
    id: details

    // Where an export is saved unless the learner picks another folder: Documents when the
    // device has that folder, else the home folder (a missing folder cannot be saved into).
    readonly property url exportFolder: {
        const documents = StandardPaths.locate(StandardPaths.DocumentsLocation, "", StandardPaths.LocateDirectory)
        return String(documents).length > 0 ? documents : StandardPaths.writableLocation(StandardPaths.HomeLocation)
    }

    // Edits not yet confirmed by the server, refused ones included.
    readonly property int waiting: Sync.pendingCount + Sync.rejectedCount

    spacing: Theme.spacing

    AccountCard {
        width: details.width
        name: Auth.displayName
        email: Auth.email
    }

    ColumnLayout {
        width: details.width
        spacing: 6

        Label {
            id: nameLabel

            text: qsTr("Your name")
            font.bold: true
            color: Theme.text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            FormField {
                id: nameField

                objectName: "displayNameField"
                Layout.fillWidth: true
                text: Auth.displayName
                maximumLength: 80
                Accessible.name: nameLabel.text
                onAccepted: saveButton.save()
            }

            ActionButton {
                id: saveButton

                function save() {
                    if (enabled)
                        Auth.updateProfile(nameField.text.trim(), Language.code)
                }

                objectName: "saveProfileButton"
                enabled: !Auth.busy && nameField.text.trim().length > 0 && nameField.text.trim() !== Auth.displayName
                text: qsTr("Save")
                onClicked: save()
            }
        }
    }

    ActionButton {
        objectName: "exportButton"
        width: details.width
        enabled: !Auth.busy
        text: qsTr("Export my data")
        onClicked: exportDialog.open()
    }

    Label {
        id: exportMessage

        property bool ok: true

        objectName: "exportMessage"
        width: details.width
        visible: text.length > 0
        textFormat: Text.PlainText
        wrapMode: Text.WrapAnywhere
        color: ok ? Theme.primaryDark : Theme.error
        font.pixelSize: Theme.fontSmall
    }

    ActionButton {
        objectName: "signOutButton"
        width: details.width
        enabled: !Auth.busy
        text: qsTr("Sign out")
        // Edits that have not reached the server wait on this device: say so before they do.
        onClicked: details.waiting > 0 ? signOutDialog.open() : Auth.signOut()
    }

    ActionButton {
        objectName: "eraseButton"
        width: details.width
        enabled: !Auth.busy
        destructive: true
        text: qsTr("Sign out and erase this device's data")
        onClicked: eraseDialog.open()
    }

    // The shared demo account is everyone's: the server refuses to delete it, so it is not offered.
    ActionButton {
        objectName: "deleteAccountButton"
        width: details.width
        visible: !Auth.demoAccount
        enabled: !Auth.busy
        destructive: true
        text: qsTr("Delete my account")
        onClicked: deleteDialog.open()
    }

    ConfirmDialog {
        id: signOutDialog

        objectName: "signOutDialog"
        title: qsTr("Sign out with changes not yet sent?")
        message: qsTr("%n change(s) you made have not reached the server yet. They will wait on this device and be sent the next time you sign in here.", "", details.waiting)
        confirmText: qsTr("Sign out")
        onAccepted: Auth.signOut()
    }

    ConfirmDialog {
        id: eraseDialog

        objectName: "eraseDialog"
        title: qsTr("Sign out and erase this device's data?")
        message: details.waiting > 0
                 ? qsTr("%n change(s) you made have not reached the server yet and will be lost. This also removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.", "", details.waiting)
                 : qsTr("This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.")
        confirmText: qsTr("Sign out and erase")
        onAccepted: Auth.signOutAndErase()
    }

    DeleteAccountDialog {
        id: deleteDialog

        onAccepted: Auth.deleteAccount()
    }

    FileDialog {
        id: exportDialog

        objectName: "exportDialog"
        title: qsTr("Export my data")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("JSON files (*.json)")]
        currentFolder: details.exportFolder
        selectedFile: details.exportFolder + "/tekpounou-export.json"
        onAccepted: {
            exportMessage.text = ""
            Auth.exportData(selectedFile)
        }
    }

    Connections {
        target: Auth

        function onExportFinished(ok: bool, message: string) {
            exportMessage.ok = ok
            exportMessage.text = message
        }

        // A name saved elsewhere, or another learner: show the name the account has now.
        function onUserChanged() {
            nameField.text = Auth.displayName
        }
    }
}
