import QtQuick

PlaceholderScreen {
    objectName: "journalScreen"
    title: qsTr("Journal")
    iconName: "journal"
    message: qsTr("Your journal will appear here in a coming version.")
}
