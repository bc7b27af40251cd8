import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import TekPouNou

// A password box with a Show/Hide button, so a learner can check what they typed.
FormField {
    id: field

    property bool revealed

    echoMode: revealed ? TextInput.Normal : TextInput.Password
    rightPadding: toggle.width + 4
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase

    Button {
        id: toggle

        objectName: "showPasswordButton"
        anchors.right: parent.right
        anchors.rightMargin: 4
        anchors.verticalCenter: parent.verticalCenter
        implicitHeight: Theme.touchTarget
        implicitWidth: Math.max(72, implicitContentWidth + leftPadding + rightPadding)
        flat: true
        // Clicking does not take the focus (or the keyboard) away from the password.
        focusPolicy: Qt.NoFocus
        text: field.revealed ? qsTr("Hide", "hide the password") : qsTr("Show", "show the password")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        Material.foreground: Theme.accent
        Accessible.name: field.revealed ? qsTr("Hide the password") : qsTr("Show the password")
        onClicked: field.revealed = !field.revealed
    }
}
