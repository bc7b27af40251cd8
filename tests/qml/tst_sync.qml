import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou
import TekPouNou.Models

// What the learner sees of sync, against the real AuthService, the real LearnerSync and the
// reference server's demo account: nothing while signed out; once signed in, the Sync section
// of Settings, "Sync now", and the page of waiting changes (empty: QML cannot make edits yet).
AppTestCase {
    id: testCase

    readonly property int networkTimeout: 15000

    function init() {
        tryCompare(Auth, "busy", false, networkTimeout)
        if (Auth.signedIn)
            Auth.signOut()
        tryCompare(Auth, "signedIn", false)
        // Loaded exactly as the app loads it.
        const component = Qt.createComponent("qrc:/qt/qml/TekPouNou/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = createTemporaryObject(component, null, { width: 1280, height: 900 })
        verify(window, "Main.qml created")
        drawn()
    }

    function cleanup() {
        tryCompare(Auth, "busy", false, networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
        if (Auth.signedIn)
            Auth.signOut()
    }

    function stack(): StackView {
        return findChild(window.contentItem, "settingsStack") as StackView
    }

    // Scrolls Settings so that the item is on screen, as a learner would before tapping it.
    function reveal(item: Item): Item {
        const flickable = findChild(stack(), "settingsFlickable") as Flickable
        const top = item.mapToItem(flickable.contentItem, 0, 0).y
        if (top < flickable.contentY || top + item.height > flickable.contentY + flickable.height)
            flickable.contentY = Math.max(0, Math.min(top - 16, flickable.contentHeight - flickable.height))
        return item
    }

    function openSettings() {
        tap(findChild(find("sideRail"), "navButton_settings"))
        tryCompare(window, "currentDestination", "settings")
        tryCompare(stack(), "busy", false)
    }

    // Signs in with the demo account and waits for the first sync to end.
    function signInWithDemo() {
        openSettings()
        tap(findChild(stack(), "openSignInButton"))
        tryCompare(stack(), "busy", false)
        tap(findChild(stack().currentItem, "tryDemoButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        declineGuestData() // what earlier tests did as a guest is not this test's business
        tryCompare(Sync, "available", true)
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        tryCompare(findChild(stack(), "lastSyncedText"), "text", "Synced just now", networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
    }

    function test_signedOutShowsNoSync() {
        compare(Sync.available, false)
        compare(Sync.state, "signedOut")
        const railIndicator = findChild(find("sideRail"), "syncIndicator")
        verify(railIndicator, "the side rail has a sync indicator")
        verify(!railIndicator.visible, "no sync indicator while signed out")
        verify(!findChild(find("bottomBar"), "syncIndicator").visible)
        openSettings()
        const section = findChild(stack(), "syncSection")
        verify(section, "Settings has a sync section")
        verify(!section.visible, "no sync section while signed out")
        verify(findChild(stack(), "openSignInButton").visible)
    }

    function test_signInSyncsThenSyncNow() {
        signInWithDemo()
        const section = findChild(stack(), "syncSection")
        tryVerify(() => section.visible, 5000, "the sync section is shown once signed in")
        compare(Sync.state, "idle", "the first sync succeeded")
        compare(Sync.pendingCount, 0)
        compare(Sync.rejectedCount, 0)
        compare(findChild(section, "syncHeadline").text, "Everything is synced")
        verify(!findChild(section, "pendingCountText").visible, "nothing waits")
        verify(!findChild(section, "rejectedCountText").visible, "nothing was refused")
        verify(!findChild(section, "syncProgress").visible, "no progress bar when not syncing")
        const indicator = findChild(find("sideRail"), "syncIndicator")
        verify(!indicator.visible, "no indicator while everything is synced")

        // "Sync now" starts a run at once: the button waits, the bar and the indicator show.
        const button = reveal(findChild(section, "syncNowButton"))
        verify(button.enabled)
        const before = Sync.lastSyncedAt.getTime()
        wait(5) // so the next sync's time is later
        tap(button)
        verify(Sync.syncing, "Sync now starts a sync")
        compare(Sync.state, "syncing")
        verify(!button.enabled, "no second sync while one runs")
        verify(findChild(section, "syncProgress").visible)
        compare(findChild(section, "syncHeadline").text, "Syncing your changes…")
        verify(indicator.visible, "the indicator shows while syncing")
        tryCompare(Sync, "syncing", false, networkTimeout)
        compare(Sync.state, "idle")
        verify(Sync.lastSyncedAt.getTime() > before, "the sync reached the server")
        verify(button.enabled)
        tryVerify(() => !indicator.visible, 5000, "the indicator goes once synced")
    }

    function test_outboxPageShowsEmptyState() {
        signInWithDemo()
        tap(reveal(findChild(stack(), "openOutboxButton")))
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        const page = stack().currentItem
        compare(page.objectName, "outboxPage")
        const list = findChild(page, "outboxList") as ListView
        verify(list)
        compare(list.count, 0)
        const empty = findChild(page, "outboxEmptyState")
        verify(empty.visible, "the empty state is shown")
        compare(empty.text, "Everything is saved on the server.")

        tap(findChild(page, "backButton"))
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        verify(findChild(stack(), "syncSection").visible)
    }

    function test_mainOpensTheOutboxAndSignOutClosesIt() {
        signInWithDemo()
        window.showDestination("courses")
        window.showOutbox()
        compare(window.currentDestination, "settings")
        tryCompare(stack(), "depth", 2)
        compare(stack().currentItem.objectName, "outboxPage")
        window.showOutbox()
        compare(stack().depth, 2, "asking again does not stack a second page")

        Auth.signOut()
        tryCompare(Auth, "signedIn", false)
        compare(Sync.available, false)
        tryCompare(stack(), "depth", 1)
        verify(!findChild(stack(), "syncSection").visible, "the sync section goes with the learner")
    }

    function test_phoneHasTheIndicatorInTheBottomBar() {
        window.width = 390
        window.height = 844
        drawn()
        const bar = find("bottomBar")
        verify(bar.visible)
        const indicator = findChild(bar, "syncIndicator")
        verify(indicator)
        verify(!indicator.visible, "hidden while signed out")
        verify(indicator.height >= 48, "a large touch target")
    }

    // The indicator appears and goes while the learner taps the bar: the buttons must stay where
    // they are, or a tap meant for one lands on its neighbour.
    function test_bottomBarButtonsStayWhenTheIndicatorShows() {
        window.width = 320
        window.height = 700
        drawn()
        const bar = find("bottomBar")
        const indicator = findChild(bar, "syncIndicator")
        const places = () => Destinations.names.map(name => {
            const button = findChild(bar, "navButton_" + name)
            const p = button.mapToItem(bar, 0, 0)
            return Math.round(p.x) + "+" + Math.round(button.width)
        })
        const hidden = places()
        indicator.visible = true // as when a change waits; the real cases are in test_signInSyncsThenSyncNow
        drawn()
        compare(places(), hidden)
        verify(findChild(bar, "navButton_settings").width >= 48, "still a large touch target at 320 px")
    }
}
