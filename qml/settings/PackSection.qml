pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Carrying courses to a device with no internet: save the downloaded courses as a pack on a USB
// stick or an SD card, or add courses from a pack. Only courses signed by Tek Pou Nou come in.
ColumnLayout {
    id: section

    readonly property var offeredPlaces: Packs.places()
    property string folder: offeredPlaces.length > 0 ? offeredPlaces[0].path : ""

    objectName: "packSection"
    spacing: Theme.spacingSmall

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Share courses without internet")
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Save your downloaded courses on a USB stick or a memory card, or add courses from one. A course that was changed by anyone is refused.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Folder")
        color: Theme.text
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Repeater {
            id: places

            model: section.offeredPlaces

            Button {
                required property var modelData
                readonly property string path: modelData.path

                text: modelData.name
                checkable: true
                checked: section.folder === path
                onClicked: section.folder = path
                Accessible.name: text
            }
        }
    }

    TextField {
        objectName: "packFolderField"
        Layout.fillWidth: true
        text: section.folder
        onTextEdited: section.folder = text
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Folder")
    }

    ActionButton {
        objectName: "exportPackButton"
        Layout.fillWidth: true
        enabled: !Packs.busy && section.folder.length > 0
        text: qsTr("Save downloaded courses here")
        onClicked: Packs.exportTo(section.folder)
    }

    ActionButton {
        objectName: "importPackButton"
        Layout.fillWidth: true
        enabled: !Packs.busy && section.folder.length > 0
        text: qsTr("Add courses from this folder")
        onClicked: Packs.importFrom(section.folder)
    }

    ProgressBar {
        objectName: "packProgress"
        Layout.fillWidth: true
        visible: Packs.busy
        value: Packs.progress
    }

    Label {
        objectName: "packResult"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Packs.result
        wrapMode: Text.Wrap
        font.bold: true
        color: Theme.text
    }

    Repeater {
        model: Packs.problems

        Label {
            required property string modelData

            Layout.fillWidth: true
            text: modelData
            wrapMode: Text.Wrap
            color: Theme.error
        }
    }
}
