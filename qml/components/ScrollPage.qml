pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// The scrolling body of a page: one column of content, centred and kept to a readable width, that
// scrolls as a whole, with a scroll indicator, and moves at once with the wheel (WheelScroll).
// Put the page's items straight inside, laid out with Layout.fillWidth; name it for the tests:
//
//     ScrollPage {
//         objectName: "signUpFlickable"
//         anchors.fill: parent
//         maximumContentWidth: Theme.formWidth
//         ScreenTitle { Layout.fillWidth: true; text: page.title }
//     }
Flickable {
    id: scroll

    // The content is at most this wide, and keeps at least minimumSideMargin on each side.
    property real maximumContentWidth: Theme.readingWidth
    property real minimumSideMargin: Theme.spacing
    // Room above the first item and below the last.
    property real topPadding: Theme.spacingLarge
    property real bottomPadding: Theme.spacingLarge
    // A scroll bar the learner can drag (long texts) instead of a thin indicator.
    property bool draggableScrollBar: false
    property alias spacing: column.spacing
    default property alias content: column.data

    // Where the column is: its left edge and its width.
    readonly property real sideMargin: Math.max(minimumSideMargin, (width - maximumContentWidth) / 2)
    readonly property real availableWidth: width - 2 * sideMargin

    contentWidth: width
    contentHeight: column.implicitHeight + topPadding + bottomPadding
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {
        visible: !scroll.draggableScrollBar
    }
    ScrollBar.vertical: ScrollBar {
        policy: scroll.draggableScrollBar ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff
    }

    WheelScroll {
        flickable: scroll
    }

    ColumnLayout {
        id: column

        x: scroll.sideMargin
        y: scroll.topPadding
        width: scroll.availableWidth
        spacing: Theme.spacing
    }
}
