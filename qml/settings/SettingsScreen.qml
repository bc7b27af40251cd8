pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou
import TekPouNou.Models

// The Settings destination: the settings page, with the sign-in page pushed on top when the
// learner asks for it (or when the server ended their session), or the page of changes waiting
// to be synced. Pushed pages are created when pushed and destroyed when they close.
FeatureStack {
    id: stack

    // Shows the sign-in page, unless it is already shown.
    function openSignIn() {
        stack.showOnTop("signInPage", signInPage)
    }

    // Shows the changes waiting to be synced, unless they are already shown.
    function openOutbox() {
        stack.showOnTop("outboxPage", outboxPage)
    }

    // Shows downloads, cache and data use, unless they are already shown.
    function openStorage() {
        stack.showOnTop("storagePage", storagePage)
    }

    // Shows what reports were sent, unless it is already shown.
    function openSentReports() {
        stack.showOnTop("sentReportsPage", sentReportsPage)
    }

    objectName: "settingsStack"
    initialItem: settingsPage

    Component {
        id: settingsPage

        SettingsPage {
            onSignInRequested: stack.openSignIn()
            onOutboxRequested: stack.openOutbox()
            onStorageRequested: stack.openStorage()
            onSentReportsRequested: stack.openSentReports()
        }
    }

    Component {
        id: sentReportsPage

        SentReportsPage {
            onBackRequested: stack.pop()
        }
    }

    Component {
        id: storagePage

        StoragePage {
            onBackRequested: stack.pop()
        }
    }

    Component {
        id: signInPage

        SignInPage {
            onBackRequested: stack.pop()
            onFinished: stack.pop()
            onSignUpRequested: stack.push(signUpPage)
            onResetRequested: stack.push(resetCodePage)
        }
    }

    // Both end signed in: back to Settings at once, past the sign-in page.
    Component {
        id: signUpPage

        SignUpPage {
            onBackRequested: stack.pop()
            onFinished: stack.popToFirst()
        }
    }

    Component {
        id: resetCodePage

        ResetCodePage {
            onBackRequested: stack.pop()
            onFinished: stack.popToFirst()
        }
    }

    Component {
        id: outboxPage

        OutboxPage {
            onBackRequested: stack.pop()
        }
    }

    // Once no learner is signed in there are no waiting changes to show.
    Connections {
        target: Sync

        function onChanged() {
            if (!Sync.available && stack.currentItem && stack.currentItem.objectName === "outboxPage")
                stack.pop(null, StackView.Immediate)
        }
    }
}
