import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou

// What a screen of the learner's own data shows while nobody is signed in: why it is empty and a
// way to sign in. The screen passes `signInRequested` on; Main.qml opens the sign-in page.
ColumnLayout {
    id: prompt

    required property string iconName
    required property string message

    signal signInRequested

    objectName: "signInPrompt"
    spacing: Theme.spacing

    IconImage {
        Layout.alignment: Qt.AlignHCenter
        source: Theme.iconUrl(prompt.iconName)
        sourceSize.width: 72
        sourceSize.height: 72
        color: Theme.accent
    }

    Label {
        objectName: "signInPromptMessage"
        Layout.fillWidth: true
        text: prompt.message
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontTitle
        color: Theme.textSecondary
    }

    ActionButton {
        objectName: "signInPromptButton"
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.min(prompt.width, Theme.formWidth)
        primary: true
        text: qsTr("Sign in")
        onClicked: prompt.signInRequested()
    }
}
