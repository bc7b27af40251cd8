pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// An entry that two devices changed before they synced: the server kept both texts. The learner
// keeps one of them, or puts them together in their own words; either way the entry then has one
// text again, on every device.
Page {
    id: page

    property JournalListModel journal
    property string recordId
    property var entry: ({})
    property string errorText

    // The current text first, then each kept version, oldest first.
    readonly property var versions: {
        if (!entry.conflicted)
            return []
        const list = [{ heading: qsTr("Current version"), text: entry.text, index: 0 }]
        entry.conflictVersions.forEach((version, i) => list.push({
            heading: qsTr("Other version, saved %1").arg(version.savedAt),
            text: version.text,
            index: i + 1
        }))
        return list
    }

    signal backRequested
    signal resolved

    function load() {
        entry = journal.entry(recordId)
        const texts = []
        for (const version of versions) {
            if (version.text.length > 0 && texts.indexOf(version.text) < 0)
                texts.push(version.text)
        }
        mergedArea.text = texts.join("\n\n")
    }

    // One whole version: its text, mood and tags.
    function keep(index: int) {
        if (journal.keepVersion(recordId, index))
            resolved()
        else
            errorText = journal.error
    }

    function keepMerged(text: string) {
        if (journal.resolve(recordId, text))
            resolved()
        else
            errorText = journal.error
    }

    objectName: "journalConflictPage"
    title: qsTr("Choose a version")
    background: Rectangle {
        color: Theme.background
    }

    header: BackBar {
        onBackRequested: page.backRequested()
    }

    Component.onCompleted: load()

    ScrollPage {
        objectName: "journalConflictFlickable"
        anchors.fill: parent

        ScreenTitle {
            Layout.fillWidth: true
            text: page.title
        }

        Label {
            Layout.fillWidth: true
            visible: page.versions.length > 0
            text: qsTr("This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        NoticeBanner {
            objectName: "noConflictNotice"
            Layout.fillWidth: true
            text: page.versions.length === 0 ? qsTr("This entry has only one version now: there is nothing to choose.") : ""
        }

        Repeater {
            model: page.versions

            Rectangle {
                id: card

                required property var modelData
                required property int index

                objectName: "version_" + index
                Layout.fillWidth: true
                implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.outline

                ColumnLayout {
                    id: cardColumn

                    x: Theme.spacing
                    y: Theme.spacing
                    width: card.width - 2 * Theme.spacing
                    spacing: Theme.spacingSmall

                    SectionHeading {
                        Layout.fillWidth: true
                        text: card.modelData.heading
                    }

                    Label {
                        objectName: "versionText"
                        Layout.fillWidth: true
                        text: card.modelData.text.length > 0 ? card.modelData.text : qsTr("(No text)")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }

                    ActionButton {
                        objectName: "keepVersionButton_" + card.index
                        Layout.fillWidth: true
                        text: qsTr("Keep this version")
                        onClicked: page.keep(card.modelData.index)
                    }
                }
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: page.versions.length > 0
            text: qsTr("Or put them together")
        }

        Label {
            id: mergedHint

            Layout.fillWidth: true
            visible: page.versions.length > 0
            text: qsTr("Change the text below as you like, then save it. It replaces both versions.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(200, page.height * 0.4)
            visible: page.versions.length > 0

            FormTextArea {
                id: mergedArea

                objectName: "mergedTextArea"
                textFormat: TextEdit.PlainText
                Accessible.name: mergedHint.text
            }
        }

        ErrorMessage {
            objectName: "conflictError"
            Layout.fillWidth: true
            text: page.errorText
        }

        ActionButton {
            objectName: "saveMergedButton"
            Layout.fillWidth: true
            visible: page.versions.length > 0
            primary: true
            text: qsTr("Save this text")
            onClicked: page.keepMerged(mergedArea.text)
        }
    }
}
