import QtQuick

PlaceholderScreen {
    objectName: "progressScreen"
    title: qsTr("Progress")
    iconName: "progress"
    message: qsTr("Your progress will appear here in a coming version.")
}
