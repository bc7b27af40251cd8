import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// The learner's rules for spending data on downloads: Wi-Fi only, and a monthly budget that
// downloads never pass without asking.
ColumnLayout {
    id: section

    // Megabytes; 0 is "no limit".
    readonly property var budgets: [0, 50, 100, 250, 500, 1000, 2000]

    objectName: "dataUseSection"
    spacing: Theme.spacingSmall

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Data use")
    }

    Switch {
        objectName: "wifiOnlySwitch"
        Layout.fillWidth: true
        text: qsTr("Download on Wi-Fi only")
        checked: Downloads.wifiOnly
        onToggled: Downloads.wifiOnly = checked
        Accessible.name: text
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Monthly data budget for downloads")
        wrapMode: Text.Wrap
        color: Theme.text
    }

    ComboBox {
        objectName: "budgetChoice"
        Layout.fillWidth: true
        model: section.budgets.map(mb => mb === 0 ? qsTr("No limit") : Downloads.formatBytes(mb * 1000 * 1000))
        currentIndex: Math.max(0, section.budgets.indexOf(Downloads.budgetMegabytes))
        onActivated: index => Downloads.budgetMegabytes = section.budgets[index]
        Accessible.name: qsTr("Monthly data budget for downloads")
    }

    Label {
        objectName: "usageText"
        Layout.fillWidth: true
        text: Downloads.usageText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }
}
