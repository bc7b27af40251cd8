import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou.Models

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

    // Scrolls the page (not a list) that holds the item so that it is on screen, as a learner
    // would before tapping it: on a phone, or on a long form, buttons are below the fold.
    function scrollIntoView(item: Item) {
        for (let p = item.parent; p; p = p.parent) {
            if (!(p instanceof Flickable) || p instanceof ListView)
                continue
            const flickable = p as Flickable
            const top = item.mapToItem(flickable.contentItem, 0, 0).y
            if (top < flickable.contentY || top + item.height > flickable.contentY + flickable.height)
                flickable.contentY = Math.max(0, Math.min(top - 16, flickable.contentHeight - flickable.height))
            return
        }
    }

    // "Not now" to the offer of the guest's data, as a learner would answer it: the question is
    // gone (its closing transition over, so it no longer holds the input) before anything else.
    function declineGuestData() {
        GuestData.decline()
        const dialog = findChild(window, "guestDataDialog")
        tryVerify(() => !dialog || !dialog.visible, 5000, "the guest-data question is gone")
    }

    // Clicks an item, scrolled into view, once the window has drawn the latest layout.
    function tap(item: Item) {
        verify(item)
        verify(item.visible, (item.objectName || "the item") + " is visible to be tapped")
        scrollIntoView(item)
        drawn()
        mouseClick(item)
    }
}
