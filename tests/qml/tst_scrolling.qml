import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou.Models

// Scrolling with a mouse wheel or touchpad moves the page at once and leaves nothing in motion,
// so the learner's next click lands (Qt 6.4's own wheel flick swallowed it: see WheelScroll.qml).
AppTestCase {
    id: testCase

    readonly property int networkTimeout: 15000

    function init() {
        const component = Qt.createComponent("qrc:/qt/qml/TekPouNou/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        // Short, so that Settings has something to scroll.
        window = createTemporaryObject(component, null, { width: 1280, height: 480 })
        verify(window, "Main.qml created")
        drawn()
    }

    function cleanup() {
        Language.code = "en"
    }

    // One notch down, then a click at once, ten times over.
    function test_clickRightAfterTheWheelLands() {
        window.showDestination("settings")
        const flickable = findChild(window.contentItem, "settingsFlickable") as Flickable
        tryVerify(() => flickable.contentHeight > flickable.height + 100, 5000, "Settings can scroll")
        const bottom = flickable.originY + flickable.contentHeight - flickable.height
        for (let i = 0; i < 10; ++i) {
            const target = Language.code === "fr" ? "en" : "fr"
            const option = findChild(flickable, "languageOption_" + target) as Item
            // Start one notch above where the option would sit in the middle, then scroll that notch.
            const middle = option.mapToItem(flickable.contentItem, 0, 0).y + option.height / 2 - flickable.height / 2
            flickable.contentY = Math.max(flickable.originY, Math.min(bottom - 100, middle - 72))
            drawn()
            const before = flickable.contentY
            mouseWheel(flickable, flickable.width / 2, flickable.height / 2, 0, -120)
            verify(flickable.contentY - before > 40, "one notch scrolls a few lines at once: " + flickable.contentY)
            verify(!flickable.moving, "nothing keeps moving after the wheel")
            const centre = option.mapToItem(flickable, 0, option.height / 2).y
            verify(centre > 0 && centre < flickable.height, "the option is on screen")
            mouseClick(option)
            compare(Language.code, target, "the click right after scrolling chose the language")
        }
        mouseWheel(flickable, flickable.width / 2, flickable.height / 2, 0, 120 * 50)
        compare(flickable.contentY, flickable.originY, "scrolling up stops at the top")
        mouseWheel(flickable, flickable.width / 2, flickable.height / 2, 0, -120 * 50)
        compare(flickable.contentY, flickable.originY + flickable.contentHeight - flickable.height,
                "scrolling down stops at the bottom")
    }

    function test_courseListScrollsThenOpensACourse() {
        const list = findChild(window.contentItem, "courseList") as ListView
        tryVerify(() => list.count > 3, networkTimeout, "the course list fills")
        drawn()
        mouseWheel(list, list.width / 2, list.height / 2, 0, -120 * 3)
        verify(list.contentY > list.originY, "the list scrolled")
        verify(!list.moving)
        const card = list.itemAt(list.width / 2, list.contentY + list.height / 2)
        verify(card, "a course under the pointer")
        mouseClick(card)
        const stack = findChild(window.contentItem, "coursesStack") as StackView
        tryCompare(stack, "depth", 2)
    }
}
