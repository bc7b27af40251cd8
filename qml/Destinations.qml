pragma Singleton

import QtQuick

// The app's five top-level destinations, in navigation order, with their labels,
// icons and screen files. Main.qml and both navigation bars read this one table.
QtObject {
    readonly property list<string> names: ["courses", "tasks", "progress", "journal", "settings"]
    // Each screen in its feature folder; loaded by URL, so only on first visit.
    readonly property list<string> screenFiles: [
        "courses/CoursesScreen.qml", "tasks/TasksScreen.qml", "progress/ProgressScreen.qml",
        "journal/JournalScreen.qml", "settings/SettingsScreen.qml"
    ]

    function label(name: string): string {
        switch (name) {
        case "courses":
            return qsTr("Courses")
        case "tasks":
            return qsTr("Tasks")
        case "progress":
            return qsTr("Progress")
        case "journal":
            return qsTr("Journal")
        case "settings":
            return qsTr("Settings")
        }
        return name
    }

    function screenUrl(name: string): url {
        const index = names.indexOf(name)
        return index < 0 ? "" : Qt.resolvedUrl(screenFiles[index])
    }
}
