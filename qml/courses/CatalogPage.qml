pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// The course catalog: search, category filter, and the list of courseModel.
Page {
    id: page

    // Content is centred and kept to a readable width on large screens.
    readonly property real sideMargin: Math.max(Theme.spacing, (width - Theme.contentWidth) / 2)

    signal courseChosen(string courseId)

    objectName: "catalogPage"
    background: Rectangle {
        color: Theme.background
    }

    CourseListModel {
        id: courseModel

        repository: Catalog
    }

    CategoryListModel {
        id: categoryModel

        repository: Catalog
    }

    // Filter once the learner pauses typing, not on every key.
    Timer {
        id: searchDelay

        interval: 300
        onTriggered: courseModel.search = searchField.text.trim()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacingSmall + 4

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin - 8
            spacing: Theme.spacingSmall

            ScreenTitle {
                Layout.fillWidth: true
                text: qsTr("Courses")
            }

            Button {
                objectName: "downloadAllButton"
                visible: Downloads.available
                enabled: !Downloads.planning
                text: page.width < 440 ? "" : qsTr("Download all")
                flat: true
                icon.source: Theme.iconUrl("download")
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Download all courses in my language")
                ToolTip.visible: hovered || visualFocus
                ToolTip.text: Accessible.name
                onClicked: Downloads.prepareAll()
            }

            Button {
                objectName: "refreshButton"
                text: qsTr("Refresh")
                flat: true
                icon.source: Theme.iconUrl("refresh")
                font.pixelSize: Theme.fontSmall
                Accessible.name: text
                onClicked: courseModel.refresh()
            }
        }

        SearchField {
            id: searchField

            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            placeholderText: qsTr("Search courses")
            maximumLength: RecordLimits.search
            onTextChanged: searchDelay.restart()
            onAccepted: {
                searchDelay.stop()
                courseModel.search = text.trim()
            }
        }

        CategoryFilter {
            Layout.fillWidth: true
            sideMargin: page.sideMargin
            categories: categoryModel
            selected: courseModel.category
            onChosen: categoryId => courseModel.category = categoryId
        }

        OfflineBanner {
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            visible: courseModel.offline
        }

        ErrorLine {
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            message: courseModel.error.length > 0 ? courseModel.error : categoryModel.error
            onRetryRequested: courseModel.refresh()
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: courseList

                objectName: "courseList"
                anchors.fill: parent
                clip: true
                model: courseModel
                spacing: 12
                topMargin: 4
                bottomMargin: Theme.spacing
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator {}

                delegate: CourseCard {
                    x: page.sideMargin
                    width: courseList.width - 2 * page.sideMargin
                    onClicked: page.courseChosen(courseId)
                }

                WheelScroll {
                    flickable: courseList
                }
            }

            // Loading with nothing to show yet: a spinner in the middle. Loading more
            // (refresh, next page) while courses are shown: a thin bar along the top.
            BusyIndicator {
                objectName: "loadingIndicator"
                anchors.centerIn: parent
                running: courseModel.loading && courseList.count === 0
                visible: running
            }

            ProgressBar {
                objectName: "refreshingIndicator"
                width: parent.width
                indeterminate: true
                visible: courseModel.loading && courseList.count > 0
            }

            Label {
                objectName: "emptyState"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * page.sideMargin, Theme.readingWidth)
                visible: courseModel.count === 0 && !courseModel.loading && courseModel.error.length === 0
                text: courseModel.search.length > 0 || courseModel.category.length > 0
                      ? qsTr("No courses match your search.")
                      : qsTr("No saved courses yet. Connect to the internet, then tap Refresh.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontTitle
                color: Theme.textSecondary
            }
        }
    }
}
