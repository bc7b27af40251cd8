import QtQuick

PlaceholderScreen {
    objectName: "tasksScreen"
    title: qsTr("Tasks")
    iconName: "tasks"
    message: qsTr("Your tasks will appear here in a coming version.")
}
