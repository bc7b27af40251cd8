import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou.Models

// The Journal screen against the real AuthService, the learner's real LearnerSync and the
// reference server's demo account: signed out it asks for sign-in; signed in, an entry written
// through the editor shows at once, waits in the outbox and reaches the server; edits and
// deletion go the same way, and input the server would refuse is explained and queues nothing.
// The demo account keeps its data between test functions: each one deletes what it wrote.
AppTestCase {
    id: testCase

    readonly property int networkTimeout: 15000

    // Sees the same entries as the screen, to check and to clean up.
    JournalListModel {
        id: journal

        source: Learner
    }

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
        window.requestActivate()
        tryVerify(() => window.active, 5000, "window active to receive keys")
    }

    function cleanup() {
        tryCompare(Auth, "busy", false, networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
        // Whatever a failed test left on the demo account goes, so the next test starts clean.
        if (Sync.available && journal.count > 0) {
            for (let row = journal.count - 1; row >= 0; --row)
                journal.remove(journal.data(journal.index(row, 0), JournalListModel.RecordIdRole))
            Sync.syncNow()
            tryCompare(Sync, "syncing", false, networkTimeout)
            tryCompare(Sync, "pendingCount", 0, networkTimeout)
        }
        if (Auth.signedIn)
            Auth.signOut()
    }

    function settingsStack(): StackView {
        return findChild(window.contentItem, "settingsStack") as StackView
    }

    function stack(): StackView {
        return findChild(window.contentItem, "journalStack") as StackView
    }

    function typeInto(field: Item, text: string) {
        tap(field)
        tryVerify(() => field.activeFocus, 2000, field.objectName + " takes the focus when tapped")
        field.selectAll()
        keyClick(Qt.Key_Backspace)
        for (const ch of text)
            keyClick(ch)
        compare(field.text, text)
    }

    // Scrolls the page's flickable so that the item is on screen, as a learner would.
    function reveal(page: Item, flickableName: string, item: Item): Item {
        const flickable = findChild(page, flickableName) as Flickable
        const top = item.mapToItem(flickable.contentItem, 0, 0).y
        if (top < flickable.contentY || top + item.height > flickable.contentY + flickable.height)
            flickable.contentY = Math.max(0, Math.min(top - 16, flickable.contentHeight - flickable.height))
        return item
    }

    function openJournal() {
        window.showDestination("journal")
        tryVerify(() => find("journalScreen") !== null, 5000, "the journal screen loads")
        drawn()
    }

    // Signs in with the demo account through Settings and waits for the first sync to end.
    function signInWithDemo() {
        window.showDestination("settings")
        tryVerify(() => settingsStack() !== null)
        tryCompare(settingsStack(), "busy", false)
        tap(findChild(settingsStack(), "openSignInButton"))
        tryCompare(settingsStack(), "busy", false)
        tap(findChild(settingsStack().currentItem, "tryDemoButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        declineGuestData() // what earlier tests did as a guest is not this test's business
        tryCompare(Sync, "available", true)
        tryCompare(settingsStack(), "depth", 1)
        tryCompare(Sync, "syncing", false, networkTimeout)
        tryCompare(Sync, "pendingCount", 0, networkTimeout)
        openJournal()
        tryCompare(stack(), "busy", false)
    }

    // "New entry" → the editor, with today's date already filled in.
    function openNewEntry(): Page {
        tap(findChild(stack(), "newEntryButton"))
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        const page = stack().currentItem as Page
        compare(page.objectName, "journalEditorPage")
        return page
    }

    // The editor has closed and the list is back, ready for taps.
    function backToList() {
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
    }

    function rowFor(text: string): Item {
        const list = findChild(stack(), "journalList") as ListView
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            if (row && findChild(row, "journalRowExcerpt").text === text)
                return row
        }
        return null
    }

    // Types into one of the editor's fields, scrolled into view first.
    function typeIntoEditor(page: Item, name: string, text: string) {
        typeInto(reveal(page, "journalEditorFlickable", findChild(page, name)), text)
    }

    function tapInEditor(page: Item, name: string) {
        tap(reveal(page, "journalEditorFlickable", findChild(page, name)))
    }

    function save(page: Item) {
        tapInEditor(page, "saveEntryButton")
    }

    function syncedNow() {
        Sync.syncNow()
        tryCompare(Sync, "syncing", false, networkTimeout)
        tryCompare(Sync, "pendingCount", 0, networkTimeout)
        compare(Sync.rejectedCount, 0, "the server took every change")
        compare(Sync.state, "idle")
    }

    // No account, no wall: the journal works for a guest, and keeps its words sealed on the device.
    function test_signedOutJournalWorksAsAGuest() {
        openJournal()
        const screen = find("journalScreen")
        verify(!findChild(screen, "signInPrompt").visible, "nothing asks to sign in first")
        tryVerify(() => stack().visible, 5000, "the journal is shown with no account")
        verify(Learner.journalKept, "the test session has a keychain: the words are kept")
        verify(!findChild(screen, "journalNotKeptNotice").visible)
    }

    function test_writeEditAndDeleteAnEntry() {
        signInWithDemo()
        const words = "tst-journal " + Date.now()
        const empty = findChild(stack(), "journalEmptyState")
        verify(empty.visible, "an empty journal says what to do")

        // Write it.
        let page = openNewEntry()
        const today = Qt.formatDate(new Date(), "yyyy-MM-dd")
        compare(findChild(page, "dateField").text, today, "a new entry is for today")
        tapInEditor(page, "moodButton_4")
        compare(findChild(page, "moodChoice").text, "Good")
        typeIntoEditor(page, "entryTextArea", words)
        compare(findChild(page, "textCounter").text, words.length + " / 20000")
        typeIntoEditor(page, "tagsField", "lekol, zanmi")
        save(page)
        backToList()
        compare(Sync.pendingCount, 1, "the entry waits to be sent")
        let row = rowFor(words)
        verify(row, "the entry shows at once")
        verify(!empty.visible)
        compare(findChild(row, "journalRowMood").text, "Good")
        compare(findChild(row, "journalRowDate").text, today.split("-").reverse().join("/"))
        verify(!findChild(row, "journalRowConflict").visible)
        syncedNow()

        // Change it: only what changed goes out, and the list shows the new words.
        row = rowFor(words)
        verify(row, "still listed once synced")
        tap(row)
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        page = stack().currentItem as Page
        compare(page.title, "Edit entry")
        compare(findChild(page, "entryTextArea").text, words)
        compare(findChild(page, "tagsField").text, "lekol, zanmi")
        verify(!findChild(page, "conflictBanner").visible)
        tapInEditor(page, "moodButton_2")
        typeIntoEditor(page, "entryTextArea", words + " bis")
        save(page)
        backToList()
        compare(Sync.pendingCount, 1)
        row = rowFor(words + " bis")
        verify(row, "the edit shows at once")
        compare(findChild(row, "journalRowMood").text, "Bad")
        syncedNow()

        // Delete it, after saying yes.
        row = rowFor(words + " bis")
        tap(row)
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        page = stack().currentItem as Page
        tapInEditor(page, "deleteEntryButton")
        const dialog = findChild(page, "deleteEntryDialog") as Dialog
        tryCompare(dialog, "opened", true)
        compare(Sync.pendingCount, 0, "nothing is deleted before the learner confirms")
        tap(findChild(dialog.footer, "confirmButton"))
        backToList()
        compare(Sync.pendingCount, 1, "the deletion waits to be sent")
        verify(!rowFor(words + " bis"), "the entry is gone from the list")
        tryVerify(() => empty.visible)
        syncedNow()
    }

    function test_invalidInputIsExplainedAndQueuesNothing() {
        signInWithDemo()
        const page = openNewEntry()
        const error = findChild(page, "journalError")
        verify(!error.visible, "no error before trying")
        typeIntoEditor(page, "entryTextArea", "tst-journal invalid")

        save(page)
        tryVerify(() => error.visible, 2000, "a missing mood is explained")
        compare(error.text, "Choose how you felt, from 1 to 5.")
        compare(stack().depth, 2, "the editor stays open")
        compare(Sync.pendingCount, 0, "nothing is queued")
        compare(journal.count, 0)

        tapInEditor(page, "moodButton_3")
        typeIntoEditor(page, "dateField", "2026-13-45")
        save(page)
        tryVerify(() => error.text.indexOf("year-month-day") >= 0, 2000, "a wrong date is explained")
        compare(Sync.pendingCount, 0)
        compare(journal.count, 0)

        // Fixed, it saves.
        typeIntoEditor(page, "dateField", "2026-11-20")
        save(page)
        backToList()
        compare(Sync.pendingCount, 1)
        verify(rowFor("tst-journal invalid"))
    }

    function test_phoneWidthFitsTheEditor() {
        window.width = 390
        window.height = 844
        // The phone layout (bottom bar, pages re-wrapped) is in place before anything is tapped.
        tryVerify(() => window.compact && find("bottomBar").visible, 5000)
        waitForItemPolished(window.contentItem)
        drawn()
        signInWithDemo()
        const page = openNewEntry()
        drawn()
        for (const name of ["moodButton_1", "moodButton_5", "saveEntryButton", "dateField", "entryTextArea"]) {
            const item = findChild(page, name)
            const left = item.mapToItem(window.contentItem, 0, 0).x
            verify(left >= 0 && left + item.width <= 390, name + " fits on a 390 px phone")
        }
        verify(findChild(page, "moodButton_1").height >= 48, "a large touch target")
        tap(findChild(page, "backButton"))
        backToList()
        compare(Sync.pendingCount, 0, "going back saves nothing")
    }

    // A stray Back never throws words away: it asks, and only leaving for real drops them.
    function test_backAsksBeforeLosingWords() {
        signInWithDemo()
        const pendingBefore = Sync.pendingCount
        let page = openNewEntry()
        tap(findChild(page, "backButton"))
        backToList() // nothing written yet: no question
        page = openNewEntry()
        typeIntoEditor(page, "entryTextArea", "tst-journal unsaved words")
        tap(findChild(page, "backButton"))
        const dialog = findChild(page, "leaveEditorDialog") as Dialog
        tryCompare(dialog, "opened", true)
        tap(findChild(dialog, "cancelButton"))
        tryCompare(dialog, "visible", false)
        compare(stack().currentItem, page, "Cancel stays in the editor")
        compare(findChild(page, "entryTextArea").text, "tst-journal unsaved words")
        keyClick(Qt.Key_Escape) // the system back key asks the same
        tryCompare(dialog, "opened", true)
        tap(findChild(dialog, "confirmButton"))
        backToList()
        compare(Sync.pendingCount, pendingBefore, "leaving saved nothing")
        verify(!rowFor("tst-journal unsaved words"))
    }

    function test_signOutClosesTheEditor() {
        signInWithDemo()
        openNewEntry()
        Auth.signOut()
        tryCompare(Auth, "signedIn", false)
        backToList()
        verify(Learner.guest, "the guest's own journal is shown instead")
        verify(!findChild(find("journalScreen"), "signInPrompt").visible)
    }
}
