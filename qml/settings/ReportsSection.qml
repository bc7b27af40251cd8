import QtQuick
import QtQuick.Controls
import TekPouNou
import TekPouNou.Models

// Settings → Reports: whether the app sends crash reports and timings, on mobile data too, and
// the way to what was sent. A Column, not a ColumnLayout, so its wrapped texts keep their heights.
Column {
    id: section

    signal sentReportsRequested

    objectName: "reportsSection"
    spacing: Theme.spacingSmall

    SectionHeading {
        width: section.width
        text: qsTr("Crash reports and timings")
    }

    Label {
        width: section.width
        text: qsTr("They help us fix problems and make the app faster. They never contain your name, your password or what you write.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }

    Switch {
        objectName: "crashReportsSwitch"
        width: section.width
        text: qsTr("Send crash reports")
        checked: Reports.crashReports
        onToggled: Reports.crashReports = checked
        Accessible.name: text
    }

    Switch {
        objectName: "timingsSwitch"
        width: section.width
        text: qsTr("Send timings")
        checked: Reports.timings
        onToggled: Reports.timings = checked
        Accessible.name: text
    }

    Switch {
        objectName: "reportsMobileDataSwitch"
        width: section.width
        text: qsTr("Also send them on mobile data")
        checked: Reports.overMobileData
        enabled: Reports.crashReports || Reports.timings
        onToggled: Reports.overMobileData = checked
        Accessible.name: text
    }

    ActionButton {
        objectName: "openSentReportsButton"
        width: section.width
        text: qsTr("What was sent")
        onClicked: section.sentReportsRequested()
    }
}
