pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// The Account section of Settings. Signed out: why to sign in, and the way there. Signed in:
// the learner's account (AccountDetails). The catalog works either way.
ColumnLayout {
    id: section

    signal signInRequested

    objectName: "accountSection"
    spacing: Theme.spacing

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Account")
    }

    // E.g. that the account was deleted. Without a keychain, Auth's notice says what the
    // warning line below already says, so it is not repeated here.
    NoticeBanner {
        objectName: "accountNotice"
        Layout.fillWidth: true
        text: !Auth.signedIn && Auth.keychainAvailable ? Auth.notice : ""
    }

    Label {
        objectName: "signInReason"
        Layout.fillWidth: true
        visible: !Auth.signedIn
        text: qsTr("You are using the app without an account: your tasks, journal and progress stay on this device only. Sign in or create an account to keep them on the server too.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }

    ActionButton {
        objectName: "openSignInButton"
        Layout.fillWidth: true
        visible: !Auth.signedIn
        primary: true
        text: qsTr("Sign in")
        onClicked: section.signInRequested()
    }

    AccountDetails {
        Layout.fillWidth: true
        visible: Auth.signedIn
    }

    ProgressBar {
        objectName: "accountBusy"
        Layout.fillWidth: true
        visible: Auth.busy && Auth.signedIn
        indeterminate: true
    }

    Label {
        objectName: "keychainWarning"
        Layout.fillWidth: true
        visible: !Auth.keychainAvailable
        text: qsTr("This device has no safe place to keep you signed in, so you will need to sign in each time you open the app.")
        wrapMode: Text.Wrap
        color: Theme.warningText
        font.pixelSize: Theme.fontSmall
    }

    // Failures of the actions above. A failed sign-in is shown on the sign-in page instead.
    ErrorMessage {
        objectName: "accountError"
        Layout.fillWidth: true
        text: Auth.signedIn ? Auth.error : ""
    }
}
