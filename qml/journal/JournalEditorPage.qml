pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Writing a new journal entry, or changing or deleting one. The model checks the fields with the
// server's rules; what it refuses is explained here and nothing is saved. Back asks first when
// something is not saved (EditorPage).
EditorPage {
    id: page

    property JournalListModel journal
    property string recordId // empty: a new entry
    property int mood // 0 until the learner chooses
    property bool conflicted
    property string errorText

    readonly property bool isNew: recordId.length === 0
    readonly property int maximumText: RecordLimits.journalText

    signal finished
    signal conflictRequested

    function load() {
        if (isNew) {
            dateField.text = Qt.formatDate(new Date(), "yyyy-MM-dd")
            markLoaded()
            return
        }
        const entry = journal.entry(recordId)
        if (!entry.recordId) {
            errorText = qsTr("This entry no longer exists.")
            return
        }
        dateField.text = entry.date
        mood = entry.mood
        textArea.text = entry.text
        tagsField.text = entry.tags.join(", ")
        conflicted = entry.conflicted
        markLoaded()
    }

    function fields(): var {
        const result = {
            date: dateField.text,
            text: textArea.text,
            tags: tagsField.text.split(",")
        }
        if (mood > 0)
            result.mood = mood
        return result
    }

    function save() {
        const ok = isNew ? journal.create(fields()).length > 0 : journal.update(recordId, fields())
        errorText = ok ? "" : journal.error
        if (ok)
            finished()
    }

    objectName: "journalEditorPage"
    title: isNew ? qsTr("New entry") : qsTr("Edit entry")
    snapshot: JSON.stringify(fields())

    Component.onCompleted: load()

    ScrollPage {
        objectName: "journalEditorFlickable"
        anchors.fill: parent

        ScreenTitle {
            Layout.fillWidth: true
            text: page.title
        }

        // Two devices changed this entry: both versions are kept until the learner chooses.
        Rectangle {
            objectName: "conflictBanner"
            Layout.fillWidth: true
            visible: page.conflicted
            implicitHeight: bannerColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius / 2
            color: Theme.warningBackground

            ColumnLayout {
                id: bannerColumn

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: qsTr("This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.")
                    wrapMode: Text.Wrap
                    color: Theme.warningText
                }

                ActionButton {
                    objectName: "openConflictButton"
                    Layout.fillWidth: true
                    text: qsTr("Choose a version")
                    onClicked: page.conflictRequested()
                }
            }
        }

        Label {
            id: dateLabel

            text: qsTr("Date")
            font.bold: true
            color: Theme.text
        }

        FormField {
            id: dateField

            objectName: "dateField"
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            //: The form of a date the learner types: year, month, day.
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
            Accessible.name: dateLabel.text
        }

        Label {
            id: moodLabel

            Layout.fillWidth: true
            text: qsTr("How did you feel?")
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            spacing: Theme.spacingSmall

            Repeater {
                model: 5

                // A radio button per mood, the number inside the circle and its word read aloud.
                AbstractButton {
                    id: moodButton

                    required property int index
                    readonly property int level: index + 1
                    readonly property bool chosen: page.mood === level

                    objectName: "moodButton_" + level
                    Layout.preferredWidth: 56
                    Layout.preferredHeight: 56
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: page.journal.moodName(level)
                    Accessible.checkable: true
                    Accessible.checked: chosen
                    onClicked: page.mood = level

                    background: Rectangle {
                        radius: width / 2
                        color: moodButton.chosen ? Theme.primary : moodButton.pressed ? Theme.surfaceVariant : Theme.surface
                        border.width: moodButton.visualFocus ? 3 : moodButton.chosen ? 0 : 2
                        border.color: moodButton.visualFocus ? Theme.accent : Theme.primary
                    }

                    contentItem: Label {
                        text: moodButton.level.toString()
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: moodButton.chosen ? Theme.textOnPrimary : Theme.primaryDark
                    }
                }
            }
        }

        Label {
            objectName: "moodChoice"
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            text: page.mood > 0 ? page.journal.moodName(page.mood)
                                : qsTr("Choose from 1 (very bad) to 5 (very good).")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        Label {
            id: textLabel

            text: qsTr("Your words")
            font.bold: true
            color: Theme.text
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(200, page.height * 0.4)
            Layout.topMargin: -Theme.spacingSmall

            FormTextArea {
                id: textArea

                objectName: "entryTextArea"
                textFormat: TextEdit.PlainText
                placeholderText: qsTr("Write about your day…")
                Accessible.name: textLabel.text
            }
        }

        Label {
            objectName: "textCounter"
            Layout.alignment: Qt.AlignRight
            Layout.topMargin: -Theme.spacingSmall
            //: How many characters of the most allowed the text has, e.g. "120 / 20000".
            text: qsTr("%1 / %2").arg(textArea.length).arg(page.maximumText)
            font.pixelSize: Theme.fontSmall
            font.bold: textArea.length > page.maximumText
            color: textArea.length > page.maximumText ? Theme.error : Theme.textSecondary
        }

        Label {
            id: tagsLabel

            text: qsTr("Tags (optional)")
            font.bold: true
            color: Theme.text
        }

        FormField {
            id: tagsField

            objectName: "tagsField"
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            placeholderText: qsTr("school, family")
            Accessible.name: tagsLabel.text
            Accessible.description: tagsHint.text
        }

        Label {
            id: tagsHint

            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            text: qsTr("Separate tags with commas.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        ErrorMessage {
            objectName: "journalError"
            Layout.fillWidth: true
            text: page.errorText
        }

        ActionButton {
            objectName: "saveEntryButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Save")
            onClicked: page.save()
        }

        ActionButton {
            objectName: "deleteEntryButton"
            Layout.fillWidth: true
            visible: !page.isNew
            destructive: true
            text: qsTr("Delete this entry")
            onClicked: deleteDialog.open()
        }
    }

    ConfirmDialog {
        id: deleteDialog

        objectName: "deleteEntryDialog"
        title: qsTr("Delete this entry?")
        message: qsTr("The entry will be deleted on this device and on your other devices. This cannot be undone.")
        confirmText: qsTr("Delete")
        onAccepted: {
            if (page.journal.remove(page.recordId))
                page.finished()
            else
                page.errorText = page.journal.error
        }
    }
}
