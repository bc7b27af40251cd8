import QtQuick
import QtQuick.Controls
import QtTest

// Adaptive navigation and lazy screens: a screen exists only once it has been visited,
// and keeps its state afterwards.
AppTestCase {
    id: testCase

    readonly property list<string> others: ["tasks", "progress", "journal", "settings"]

    function init() {
        // Loaded exactly as the app loads it.
        const component = Qt.createComponent("qrc:/qt/qml/TekPouNou/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = createTemporaryObject(component, null, { width: 1280, height: 800 })
        verify(window, "Main.qml created")
        drawn()
    }

    function test_onlyCoursesExistsAtStart() {
        compare(window.currentDestination, "courses")
        compare(window.destinations.join(","), "courses,tasks,progress,journal,settings")
        const courses = window.loaderFor("courses")
        verify(courses.item !== null, "courses screen loaded at start")
        compare(courses.status, Loader.Ready)
        for (const name of others) {
            const loader = window.loaderFor(name)
            verify(loader, name + " has a loader")
            compare(loader.objectName, "screenLoader_" + name)
            compare(loader.item, null, name + " must not exist before it is visited")
            compare(loader.status, Loader.Null)
        }
    }

    function test_visitCreatesOnlyThatScreen() {
        window.showDestination("tasks")
        compare(window.currentDestination, "tasks")
        const tasks = window.loaderFor("tasks")
        verify(tasks.item !== null, "tasks screen created on first visit")
        verify(tasks.item.visible, "tasks screen shown")
        for (const name of ["progress", "journal", "settings"])
            compare(window.loaderFor(name).item, null, name + " still not created")
    }

    function test_revisitKeepsTheSameScreen() {
        const courses = window.loaderFor("courses").item
        window.showDestination("journal")
        const journal = window.loaderFor("journal").item
        verify(journal !== null)
        window.showDestination("courses")
        verify(!journal.visible, "journal hidden while courses shown")
        window.showDestination("journal")
        verify(window.loaderFor("journal").item === journal, "journal screen kept, not recreated")
        verify(window.loaderFor("courses").item === courses, "courses screen kept, not recreated")
    }

    function test_unknownDestinationIsIgnored() {
        ignoreWarning(/unknown destination/)
        window.showDestination("nowhere")
        compare(window.currentDestination, "courses")
        compare(window.loaderFor("nowhere"), null)
    }

    function test_adaptiveNavigation_data() {
        return [
            { tag: "phone 390", width: 390, bottomBar: true },
            { tag: "tablet 600", width: 600, bottomBar: false },
            { tag: "laptop 1280", width: 1280, bottomBar: false }
        ]
    }

    function test_adaptiveNavigation(data) {
        window.width = data.width
        // The window system confirms a resize asynchronously.
        tryCompare(window.contentItem, "width", data.width)
        compare(find("bottomBar").visible, data.bottomBar)
        compare(find("sideRail").visible, !data.bottomBar)
    }

    function test_clickNavButtonShowsSettings_data() {
        return [
            { tag: "side rail", width: 1280, bar: "sideRail" },
            { tag: "bottom bar", width: 390, bar: "bottomBar" }
        ]
    }

    function test_clickNavButtonShowsSettings(data) {
        window.width = data.width
        tryCompare(window.contentItem, "width", data.width)
        const bar = find(data.bar)
        verify(bar.visible)
        const button = findChild(bar, "navButton_settings")
        verify(button, "settings button in the " + data.tag)
        drawn()
        mouseClick(button)
        tryCompare(window, "currentDestination", "settings")
        const settings = window.loaderFor("settings").item
        verify(settings !== null, "settings screen created by the click")
        verify(settings.visible)
        verify(findChild(settings, "languageOption_ht"), "language options shown")
        verify(button.checked, "the clicked button shows as selected")
    }

    name: "Navigation"
    when: windowShown
}
