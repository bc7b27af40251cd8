pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// A new password with a one-time code from a teacher or administrator (schools often have no
// email: `tekpounou-server reset-code EMAIL` prints the code). Using the code ends every other
// session of the account and signs the learner in here; the page then asks to be closed (finished).
Page {
    id: page

    property string problem
    property bool attempted

    signal backRequested
    signal finished

    function reset() {
        if (Auth.busy || Auth.signedIn)
            return
        attempted = true
        problem = Auth.resetProblem(emailField.text.trim(), codeField.text, passwordField.text)
        if (problem === "")
            Auth.resetPassword(emailField.text.trim(), codeField.text, passwordField.text)
    }

    objectName: "resetCodePage"
    title: qsTr("I have a reset code")
    background: Rectangle {
        color: Theme.background
    }

    header: BackBar {
        onBackRequested: page.backRequested()
    }

    Connections {
        target: Auth

        function onStateChanged() {
            if (Auth.signedIn && page.StackView.status === StackView.Active)
                page.finished()
        }
    }

    ScrollPage {
        objectName: "resetCodeFlickable"
        anchors.fill: parent
        maximumContentWidth: Theme.formWidth
        minimumSideMargin: Theme.spacingLarge

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Choose a new password")
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Forgot your password? Ask your teacher for a reset code. It works once, for one day.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        LabeledField {
            id: emailField

            objectName: "resetEmailField"
            label: qsTr("Email")
            text: Auth.lastEmail
            placeholderText: qsTr("name@example.com")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onAccepted: codeField.forceActiveFocus()
        }

        LabeledField {
            id: codeField

            objectName: "resetCodeField"
            label: qsTr("Reset code")
            //: An example of the code's form; keep the letters and digits as they are.
            placeholderText: qsTr("e.g. K7QM-3XPA-9R")
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            onAccepted: passwordField.forceActiveFocus()
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                id: passwordLabel

                text: qsTr("New password")
                font.bold: true
                color: Theme.text
            }

            PasswordField {
                id: passwordField

                objectName: "resetPasswordField"
                Layout.fillWidth: true
                Accessible.name: passwordLabel.text
                onAccepted: page.reset()
            }
        }

        ErrorMessage {
            objectName: "resetError"
            Layout.fillWidth: true
            text: !page.attempted ? "" : page.problem !== "" ? page.problem : Auth.error
        }

        ActionButton {
            objectName: "resetButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            primary: true
            enabled: !Auth.busy
            text: qsTr("Set the new password")
            onClicked: page.reset()
        }

        BusyLine {
            visible: Auth.busy
            text: qsTr("Signing in…")
        }
    }
}
