pragma Singleton

import QtQuick

// Colours, sizes and icon paths shared by every screen. Sizes are generous on purpose:
// many learners read slowly or use small, worn phones, so text is large and every
// touch target is at least 48 px.
QtObject {
    // A deep blue-green on a warm paper background.
    readonly property color primary: "#145C66"
    readonly property color primaryDark: "#0D434A"
    readonly property color accent: "#0E7480"
    readonly property color background: "#FBF8F3"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceVariant: "#EFE9DF"
    readonly property color outline: "#DDD5C8"
    readonly property color text: "#1F2A2E"
    readonly property color textSecondary: "#4A5A5F"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color selected: "#D3EBEC"
    readonly property color warningBackground: "#FFF1D0"
    readonly property color warningText: "#5C4300"
    readonly property color error: "#B3261E"
    readonly property color errorBackground: "#FCEBE9"
    readonly property color errorOutline: "#F0B7B2"

    readonly property int fontSmall: 16
    readonly property int fontBody: 18
    readonly property int fontTitle: 20
    readonly property int fontHeading: 26
    readonly property int fontDisplay: 30

    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 24
    readonly property int radius: 14
    readonly property int touchTarget: 48
    readonly property int iconSize: 24
    readonly property int readingWidth: 720
    readonly property int formWidth: 520
    readonly property int contentWidth: 880

    readonly property list<string> iconNames: [
        "laptop", "phone", "book", "pencil", "calculator", "chart", "heart", "water",
        "store", "coins", "sprout", "sun", "courses", "tasks", "progress", "journal",
        "settings", "search", "refresh", "offline", "back", "chevron", "clock", "close",
        "cloud", "synced", "warning", "check", "download"
    ]

    // The URL of one of the module's icons; an unknown name (new server data) falls
    // back to the book, so a card never shows an empty badge.
    function iconUrl(name: string): url {
        const known = iconNames.indexOf(name) >= 0 ? name : "book"
        return Qt.resolvedUrl("resources/icons/" + known + ".svg")
    }
}
