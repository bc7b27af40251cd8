pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// The Settings destination: the settings page, with the sign-in page pushed on top when the
// learner asks for it (or when the server ended their session). The sign-in page is created
// when pushed and destroyed when it closes.
StackView {
    id: stack

    // Shows the sign-in page, unless it is already shown.
    function openSignIn() {
        if (stack.depth === 1)
            stack.push(signInPage)
    }

    objectName: "settingsStack"
    initialItem: settingsPage

    Component {
        id: settingsPage

        SettingsPage {
            onSignInRequested: stack.openSignIn()
        }
    }

    Component {
        id: signInPage

        SignInPage {
            onBackRequested: stack.pop()
            onFinished: stack.pop()
        }
    }

    // Escape and the system back key step back through the stack.
    Shortcut {
        sequences: ["Esc", "Back", "Alt+Left"]
        enabled: stack.visible && stack.depth > 1
        onActivated: stack.pop()
    }
}
