import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// A spinner with a word on what is being done, centred under a form's button.
RowLayout {
    id: line

    property alias text: label.text

    Layout.alignment: Qt.AlignHCenter
    spacing: Theme.spacingSmall

    BusyIndicator {
        running: line.visible
    }

    Label {
        id: label

        color: Theme.textSecondary
    }
}
