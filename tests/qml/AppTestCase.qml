import QtQuick
import QtQuick.Controls
import QtTest

// What the app's Qt Quick tests share: the window under test (Main.qml, made by each test file) and
// the ways a learner reaches into it. Not a test itself: only tst_*.qml files are run.
TestCase {
    property ApplicationWindow window

    // Asks for a frame and waits until it is drawn, so that positions are those the learner sees.
    // (Without the request, an unchanged window draws nothing and the wait runs out its timeout.)
    function drawn() {
        window.update()
        waitForRendering(window.contentItem)
    }

    // The window's own items, including the footer (bottom bar) outside contentItem.
    function find(name: string): Item {
        return findChild(window.contentItem.parent, name)
    }

    // Clicks an item once the window has drawn the latest layout.
    function tap(item: Item) {
        verify(item)
        drawn()
        mouseClick(item)
    }
}
