pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou
import TekPouNou.Models

// The Settings destination: the settings page, with the sign-in page pushed on top when the
// learner asks for it (or when the server ended their session), or the page of changes waiting
// to be synced. Pushed pages are created when pushed and destroyed when they close.
StackView {
    id: stack

    // Shows the sign-in page, unless it is already shown.
    function openSignIn() {
        showOnTop("signInPage", signInPage)
    }

    // Shows the changes waiting to be synced, unless they are already shown.
    function openOutbox() {
        showOnTop("outboxPage", outboxPage)
    }

    // Shows one page right above the settings page: whatever else was pushed closes first.
    function showOnTop(name: string, page: Component) {
        if (stack.currentItem && stack.currentItem.objectName === name)
            return
        if (stack.depth > 1)
            stack.pop(null, StackView.Immediate)
        stack.push(page)
    }

    objectName: "settingsStack"
    initialItem: settingsPage
    // Pages slide in and out; they must not slide over the side rail.
    clip: true

    Component {
        id: settingsPage

        SettingsPage {
            onSignInRequested: stack.openSignIn()
            onOutboxRequested: stack.openOutbox()
        }
    }

    Component {
        id: signInPage

        SignInPage {
            onBackRequested: stack.pop()
            onFinished: stack.pop()
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

    // Escape and the system back key step back through the stack.
    Shortcut {
        sequences: ["Esc", "Back", "Alt+Left"]
        enabled: stack.visible && stack.depth > 1
        onActivated: stack.pop()
    }
}
