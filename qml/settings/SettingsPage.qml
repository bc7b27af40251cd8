pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Settings: the learner's account and its sync, the language of the app, and what version this is.
Page {
    id: page

    signal signInRequested
    signal outboxRequested
    signal storageRequested
    signal sentReportsRequested

    objectName: "settingsPage"
    background: Rectangle {
        color: Theme.background
    }

    ScrollPage {
        objectName: "settingsFlickable"
        anchors.fill: parent
        minimumSideMargin: Theme.spacingLarge
        topPadding: Theme.spacing
        bottomPadding: Theme.spacingLarge + Theme.spacingSmall

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Settings")
        }

        AccountSection {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            onSignInRequested: page.signInRequested()
        }

        SyncSection {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            onOutboxRequested: page.outboxRequested()
        }

        StorageSection {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            onStorageRequested: page.storageRequested()
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            text: qsTr("Language")
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Choose the language of the app.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        Repeater {
            model: Language.codes

            LanguageOption {
                required property string modelData

                Layout.fillWidth: true
                code: modelData
                checked: Language.code === modelData
                onClicked: Language.code = modelData
            }
        }

        ReportsSection {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            onSentReportsRequested: page.sentReportsRequested()
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            text: qsTr("About")
        }

        Label {
            objectName: "aboutText"
            Layout.fillWidth: true
            text: qsTr("Tek Pou Nou, version %1. Learn at your own pace, even without the internet.")
                  .arg(Application.version)
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
    }
}
