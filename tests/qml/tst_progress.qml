import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou.Models

// Lesson progress against the real services and the reference server's demo account: signed out,
// the Progress screen asks to sign in; signed in, a lesson marked done waits in the outbox, shows
// on the Progress screen (its course, and today's bar of the chart) and reaches the server.
// The demo account's data outlives each test function, so nothing here expects a fresh account.
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

    function settingsStack(): StackView {
        return findChild(window.contentItem, "settingsStack") as StackView
    }

    function coursesStack(): StackView {
        return findChild(window.contentItem, "coursesStack") as StackView
    }

    function open(destination: string): Item {
        tap(findChild(find("sideRail"), "navButton_" + destination))
        tryCompare(window, "currentDestination", destination)
        const loader = findChild(window.contentItem, "screenLoader_" + destination) as Loader
        tryCompare(loader, "status", Loader.Ready)
        return loader.item
    }

    // Signs in with the demo account and waits for the first sync to end.
    function signInWithDemo() {
        open("settings")
        tryCompare(settingsStack(), "busy", false)
        tap(findChild(settingsStack(), "openSignInButton"))
        tryCompare(settingsStack(), "busy", false)
        tap(findChild(settingsStack().currentItem, "tryDemoButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        declineGuestData() // what earlier tests did as a guest is not this test's business
        tryCompare(Sync, "available", true)
        tryCompare(settingsStack(), "depth", 1)
        tryCompare(Sync, "syncing", false, networkTimeout)
    }

    // An item's visual children as a JS array (children is a list property, not an Array).
    function childrenOf(item: Item): list<Item> {
        const result = []
        for (let i = 0; i < item.children.length; ++i)
            result.push(item.children[i])
        return result
    }

    // Scrolls a flickable so that the item is on screen, as a learner would before tapping it.
    function reveal(flickable: Flickable, item: Item): Item {
        const top = item.mapToItem(flickable.contentItem, 0, 0).y
        if (top < flickable.contentY || top + item.height > flickable.contentY + flickable.height)
            flickable.contentY = Math.max(0, Math.min(top - 16, flickable.contentHeight - flickable.height))
        return item
    }

    // Opens the first course, then its lessons one by one until one is not done yet; returns its page.
    function openUnfinishedLesson(): Item {
        open("courses")
        const list = findChild(coursesStack(), "courseList") as ListView
        tryVerify(() => list.count > 0, networkTimeout, "the course list fills")
        tap(list.itemAtIndex(0))
        tryCompare(coursesStack(), "depth", 2)
        tryCompare(coursesStack(), "busy", false)
        const detail = coursesStack().currentItem
        const lessonList = findChild(detail, "lessonList")
        let rows = []
        tryVerify(() => {
            rows = childrenOf(lessonList).filter(child => child.lessonId !== undefined)
            return rows.length > 0
        }, networkTimeout, "the course shows its lessons")
        for (const row of rows) {
            tap(reveal(findChild(detail, "courseDetailFlickable") as Flickable, row))
            tryCompare(coursesStack(), "depth", 3)
            tryCompare(coursesStack(), "busy", false)
            const page = coursesStack().currentItem
            tryVerify(() => findChild(page, "lessonBody").blockCount > 0, networkTimeout, "the lesson is shown")
            if (findChild(page, "markDoneButton").visible)
                return page
            verify(findChild(page, "lessonDoneState").visible, "a lesson is either done or can be marked done")
            tap(findChild(page, "backButton"))
            tryCompare(coursesStack(), "depth", 2)
            tryCompare(coursesStack(), "busy", false)
        }
        fail("every lesson of the first course is done already")
        return null
    }

    // No account, no wall: a guest's progress is counted on this device.
    function test_signedOutShowsTheGuestsProgress() {
        const screen = open("progress")
        compare(screen.objectName, "progressScreen")
        verify(!findChild(screen, "signInPrompt").visible, "nothing asks to sign in first")
        tryVerify(() => findChild(screen, "progressFlickable").visible, 5000, "the figures are shown")
    }

    function test_guestLessonCanBeMarkedDone() {
        open("courses")
        const list = findChild(coursesStack(), "courseList") as ListView
        tryVerify(() => list.count > 0, networkTimeout, "the course list fills")
        tap(list.itemAtIndex(0))
        tryCompare(coursesStack(), "busy", false)
        const detail = coursesStack().currentItem
        let rows = []
        tryVerify(() => {
            rows = childrenOf(findChild(detail, "lessonList")).filter(child => child.lessonId !== undefined)
            return rows.length > 0
        }, networkTimeout)
        tap(rows[0])
        tryCompare(coursesStack(), "depth", 3)
        tryCompare(coursesStack(), "busy", false)
        const lesson = coursesStack().currentItem
        tryVerify(() => findChild(lesson, "lessonBody").blockCount > 0, networkTimeout)
        verify(findChild(lesson, "markDoneButton").visible, "a guest can mark a lesson done")
        verify(!findChild(lesson, "progressSignedOut").visible, "nothing says progress is not saved")
        compare(Sync.pendingCount, 0, "a guest queues nothing for a server")
    }

    function test_markDoneShowsOnProgressAndSyncs() {
        signInWithDemo()
        const before = Sync.pendingCount
        const page = openUnfinishedLesson()
        const courseId = page.courseId
        const lessonId = page.lessonId
        const flickable = findChild(page, "lessonFlickable") as Flickable
        const button = reveal(flickable, findChild(page, "markDoneButton"))
        const progress = findChild(page, "lessonProgress")
        verify(progress.available)
        window.requestActivate()
        tryVerify(() => progress.active, 5000, "time counts while the lesson is on screen and the app in front")
        tryCompare(progress, "percent", 100, 5000, "reading to the end of the lesson counts")

        tap(button)
        verify(Sync.pendingCount > before, "marking done waits in the outbox")
        verify(progress.completed)
        tryVerify(() => findChild(page, "lessonDoneState").visible, 5000, "the page says the lesson is done")
        verify(!button.visible, "no second \"Mark as done\"")
        tap(findChild(page, "backButton"))
        tryCompare(coursesStack(), "depth", 2)
        tryCompare(coursesStack(), "busy", false)
        const doneRow = findChild(coursesStack().currentItem, "lessonRow_" + lessonId)
        tryVerify(() => findChild(doneRow, "lessonDoneMark").visible, 5000, "the course's lesson list ticks it")

        const screen = open("progress")
        verify(!progress.active, "no time counts while another screen is shown")
        verify(!findChild(screen, "signInPrompt").visible)
        verify(!findChild(screen, "progressEmptyState").visible, "a course is started")
        let row = null
        tryVerify(() => {
            row = findChild(screen, "courseProgress_" + courseId)
            return row !== null && row.lessonsDone >= 1
        }, 5000, "the course shows with its lesson done")
        verify(row.lessonCount >= row.lessonsDone)
        verify(row.percent > 0)
        // "3 of 5 lessons" (the test runs untranslated: "3 of 5 lesson(s)").
        const text = findChild(row, "courseProgressText").text
        verify(text.startsWith(row.lessonsDone + " of " + row.lessonCount + " lesson"), text)
        verify(findChild(screen, "lessonsCompletedFigure").modelData.value >= 1)

        const today = findChild(findChild(screen, "progressChart"), "chartBar_today")
        verify(today, "the chart has a bar for today")
        verify(today.count >= 1, "today's bar counts the lesson")
        verify(today.height > 0)

        Sync.syncNow()
        tryCompare(Sync, "pendingCount", 0, networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
        compare(Sync.rejectedCount, 0, "the server took the progress")
        tryVerify(() => findChild(screen, "courseProgress_" + courseId).lessonsDone >= 1, 5000,
                  "the server's record still has the lesson done")

        // On a phone: everything fits the width.
        window.width = 390
        window.height = 844
        drawn()
        const chart = findChild(screen, "progressChart")
        const chartRight = chart.mapToItem(screen, chart.width, 0).x
        verify(chartRight <= screen.width, "the chart fits a phone: " + chartRight + " of " + screen.width)
        row = findChild(screen, "courseProgress_" + courseId)
        verify(row.mapToItem(screen, row.width, 0).x <= screen.width, "the course row fits a phone")
    }

    name: "Progress"
    when: windowShown
}
