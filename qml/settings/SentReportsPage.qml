pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Settings → What was sent: every report the server received from this device, newest first.
Page {
    id: page

    readonly property real sideMargin: Math.max(Theme.spacing, (width - Theme.readingWidth) / 2)

    signal backRequested

    objectName: "sentReportsPage"
    title: qsTr("What was sent")
    background: Rectangle {
        color: Theme.background
    }

    header: BackBar {
        onBackRequested: page.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacingSmall

        ScreenTitle {
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            text: page.title
        }

        Label {
            objectName: "sentReportsEmpty"
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            visible: Reports.sent.count === 0
            text: qsTr("Nothing has been sent from this device.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        ListView {
            id: list

            objectName: "sentReportsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Reports.sent
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: ItemDelegate {
                id: row

                required property string when
                required property string kind
                required property string size

                x: page.sideMargin
                width: list.width - 2 * page.sideMargin
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("%1, %2, %3").arg(row.kind).arg(row.when).arg(row.size)

                contentItem: Column {
                    spacing: 2

                    Label {
                        width: parent.width
                        text: row.kind
                        wrapMode: Text.Wrap
                        font.bold: true
                        color: Theme.text
                    }

                    Label {
                        width: parent.width
                        //: A sent report's size and when it was sent, e.g. "1.7 kB · 02/12/2026 11:43".
                        text: qsTr("%1 · %2").arg(row.size).arg(row.when)
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }
}
