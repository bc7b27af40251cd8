pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Signing in with an email and a password; the ways to an account from here (creating one, a reset
// code from a teacher) and, when the server offers one, the shared demo account in one tap.
// Once the learner is signed in the page asks to be closed (finished).
Page {
    id: page

    // Auth.error is the last failed action anywhere: show it only after an attempt made here.
    property bool attempted

    signal backRequested
    signal finished
    signal signUpRequested
    signal resetRequested

    function signIn() {
        if (Auth.busy || Auth.signedIn)
            return
        attempted = true
        Auth.signIn(emailField.text.trim(), passwordField.text)
    }

    function tryDemo() {
        if (Auth.busy || Auth.signedIn)
            return
        attempted = true
        Auth.signInAsDemo()
    }

    objectName: "signInPage"
    title: qsTr("Sign in")
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
        objectName: "signInFlickable"
        anchors.fill: parent
        maximumContentWidth: Theme.formWidth
        minimumSideMargin: Theme.spacingLarge

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Sign in")
        }

        NoticeBanner {
            objectName: "signInNotice"
            Layout.fillWidth: true
            text: Auth.notice
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Sign in to keep your tasks, journal and progress, on this device and on your other devices.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            spacing: 6

            Label {
                id: emailLabel

                text: qsTr("Email")
                font.bold: true
                color: Theme.text
            }

            FormField {
                id: emailField

                objectName: "emailField"
                Layout.fillWidth: true
                text: Auth.lastEmail
                placeholderText: qsTr("name@example.com")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: emailLabel.text
                onAccepted: passwordField.forceActiveFocus()
            }
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

                objectName: "passwordField"
                Layout.fillWidth: true
                Accessible.name: passwordLabel.text
                onAccepted: page.signIn()
            }
        }

        ErrorMessage {
            objectName: "signInError"
            Layout.fillWidth: true
            text: page.attempted ? Auth.error : ""
        }

        ActionButton {
            objectName: "signInButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            primary: true
            enabled: !Auth.busy
            text: qsTr("Sign in")
            onClicked: page.signIn()
        }

        RowLayout {
            objectName: "signInBusy"
            Layout.alignment: Qt.AlignHCenter
            visible: Auth.busy
            spacing: Theme.spacingSmall

            BusyIndicator {
                running: Auth.busy
            }

            Label {
                text: qsTr("Signing in…")
                color: Theme.textSecondary
            }
        }

        ActionButton {
            objectName: "resetCodeButton"
            Layout.fillWidth: true
            enabled: !Auth.busy
            text: qsTr("I have a reset code")
            onClicked: page.resetRequested()
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            text: qsTr("No account yet? Create one: it takes a name, an email and a password.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        ActionButton {
            objectName: "createAccountButton"
            Layout.fillWidth: true
            enabled: !Auth.busy
            text: qsTr("Create an account")
            onClicked: page.signUpRequested()
        }

        // Only where the server says it has one: elsewhere the button could only fail.
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            visible: Auth.demoAvailable
            text: qsTr("Just looking? Try the app with a practice account that everyone shares.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        ActionButton {
            objectName: "tryDemoButton"
            Layout.fillWidth: true
            visible: Auth.demoAvailable
            enabled: !Auth.busy
            text: qsTr("Try the demo")
            onClicked: page.tryDemo()
        }
    }
}
