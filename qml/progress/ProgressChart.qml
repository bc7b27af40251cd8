pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou

// Lessons completed per day, as bars: oldest day on the left, today on the right and marked. The
// days come from ProgressModel.completionsByDay ({date, day, count, today}).
Item {
    id: chart

    property var days: []
    readonly property int total: days.reduce((sum, d) => sum + d.count, 0)
    readonly property int todayCount: days.length > 0 ? days[days.length - 1].count : 0
    // The top of the scale: at least 1, so an empty chart still has an axis.
    readonly property int maximum: days.reduce((top, d) => Math.max(top, d.count), 1)
    readonly property real axisWidth: 28
    readonly property real plotHeight: 140
    readonly property real barSpace: plotHeight - 22 // room above the tallest bar for its count
    readonly property real slotWidth: (width - axisWidth) / Math.max(1, days.length)

    objectName: "progressChart"
    implicitHeight: plotHeight + dayLabels.height + caption.implicitHeight + Theme.spacingSmall * 2
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("%n lesson(s) completed in the last 14 days, %1 today", "", total).arg(todayCount)

    // The scale: its top and zero, with light lines across.
    Repeater {
        model: [chart.maximum, 0]

        Item {
            id: tick

            required property int modelData

            y: chart.plotHeight - chart.barSpace * tick.modelData / chart.maximum
            width: chart.width

            Label {
                y: -height / 2
                width: chart.axisWidth - 6
                horizontalAlignment: Text.AlignRight
                text: tick.modelData
                font.pixelSize: Theme.fontSmall - 2
                color: Theme.textSecondary
            }

            Rectangle {
                x: chart.axisWidth
                width: chart.width - chart.axisWidth
                height: 1
                color: tick.modelData === 0 ? Theme.textSecondary : Theme.outline
            }
        }
    }

    Row {
        x: chart.axisWidth
        height: chart.plotHeight

        Repeater {
            model: chart.days

            Item {
                id: slot

                required property var modelData
                required property int index
                readonly property int count: slot.modelData.count
                readonly property bool isToday: slot.modelData.today

                objectName: isToday ? "chartBar_today" : "chartBar_" + index
                width: chart.slotWidth
                height: chart.plotHeight

                Rectangle {
                    id: bar

                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    width: Math.min(32, slot.width * 0.6)
                    // An empty day keeps a sliver, so each day is still seen as a place.
                    height: slot.count > 0 ? Math.max(4, chart.barSpace * slot.count / chart.maximum) : 2
                    radius: Math.min(4, width / 4)
                    color: slot.count === 0 ? Theme.outline : slot.isToday ? Theme.accent : Theme.primary
                }

                Label {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: bar.top
                    anchors.bottomMargin: 2
                    visible: slot.count > 0
                    text: slot.count
                    font.pixelSize: Theme.fontSmall - 2
                    font.bold: true
                    color: Theme.text
                }
            }
        }
    }

    // The days of the month under their bars; today's stands out.
    Row {
        id: dayLabels

        x: chart.axisWidth
        y: chart.plotHeight + 4

        Repeater {
            model: chart.days

            Label {
                required property var modelData

                width: chart.slotWidth
                horizontalAlignment: Text.AlignHCenter
                text: modelData.day
                font.pixelSize: Theme.fontSmall - 2
                font.bold: modelData.today
                color: modelData.today ? Theme.accent : Theme.textSecondary
            }
        }
    }

    Label {
        id: caption

        anchors.bottom: parent.bottom
        x: chart.axisWidth
        width: chart.width - chart.axisWidth
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Day of the month (last 14 days; today on the right)")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall - 2
        color: Theme.textSecondary
    }
}
