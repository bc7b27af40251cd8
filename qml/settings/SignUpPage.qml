pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Making an account: name, email and password, in the UI language as the learner's language.
// The server's rules are checked here first (Auth.signUpProblem), so the learner reads what to fix
// before anything is sent. Once the account exists the learner is signed in and the page asks to
// be closed (finished).
Page {
    id: page

    // What to fix, from the app's own check or the server's answer; shown after a first attempt.
    property string problem
    property bool attempted

    signal backRequested
    signal finished

    function signUp() {
        if (Auth.busy || Auth.signedIn)
            return
        attempted = true
        problem = Auth.signUpProblem(nameField.text.trim(), emailField.text.trim(), passwordField.text)
        if (problem === "")
            Auth.signUp(nameField.text.trim(), emailField.text.trim(), passwordField.text, Language.code)
    }

    objectName: "signUpPage"
    title: qsTr("Create an account")
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
        objectName: "signUpFlickable"
        anchors.fill: parent
        maximumContentWidth: Theme.formWidth
        minimumSideMargin: Theme.spacingLarge

        ScreenTitle {
            Layout.fillWidth: true
            text: page.title
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("With an account, your tasks, journal and progress are kept on the server too, and you find them on your other devices.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        LabeledField {
            id: nameField

            objectName: "signUpNameField"
            label: qsTr("Your name")
            onAccepted: emailField.forceActiveFocus()
        }

        LabeledField {
            id: emailField

            objectName: "signUpEmailField"
            label: qsTr("Email")
            placeholderText: qsTr("name@example.com")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onAccepted: passwordField.forceActiveFocus()
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                id: passwordLabel

                text: qsTr("Password")
                font.bold: true
                color: Theme.text
            }

            PasswordField {
                id: passwordField

                objectName: "signUpPasswordField"
                Layout.fillWidth: true
                Accessible.name: passwordLabel.text
                onAccepted: page.signUp()
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("At least 8 characters. A short sentence is easy to remember and hard to guess.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
            }
        }

        ErrorMessage {
            objectName: "signUpError"
            Layout.fillWidth: true
            text: !page.attempted ? "" : page.problem !== "" ? page.problem : Auth.error
        }

        ActionButton {
            objectName: "signUpButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            primary: true
            enabled: !Auth.busy
            text: qsTr("Create my account")
            onClicked: page.signUp()
        }

        BusyLine {
            visible: Auth.busy
            text: qsTr("Creating your account…")
        }
    }
}
