pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou
import TekPouNou.Models

// A row of category chips, "All" first, that scrolls sideways when it does not fit.
Flickable {
    id: filter

    property CategoryListModel categories
    property string selected
    property real sideMargin: Theme.spacing

    signal chosen(string categoryId)

    objectName: "categoryFilter"
    implicitHeight: chips.height
    contentWidth: chips.width + 2 * sideMargin
    contentHeight: chips.height
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    ScrollIndicator.horizontal: ScrollIndicator {}

    Row {
        id: chips

        x: filter.sideMargin
        spacing: Theme.spacingSmall

        CategoryChip {
            categoryId: ""
            name: qsTr("All")
            color: Theme.accent
            icon: "courses"
            checked: filter.selected.length === 0
            onClicked: filter.chosen("")
        }

        Repeater {
            model: filter.categories

            CategoryChip {
                checked: filter.selected === categoryId
                onClicked: filter.chosen(categoryId)
            }
        }
    }
}
