import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou.Models

// The Tasks screen against the real AuthService, the real LearnerSync and the reference server's
// demo account: signed out it asks to sign in; signed in, a task added, changed, ticked or deleted
// shows at once, waits in the outbox and reaches the server on the next sync. The demo account is
// shared by every test of this file (one server per run): each test names its tasks uniquely and
// deletes them again, and asserts nothing about tasks it did not make.
AppTestCase {
    id: testCase

    readonly property int networkTimeout: 15000
    property var created: [] // record ids this test made, deleted in cleanup

    // Asks for a frame and waits until it is drawn, so that positions are those the learner sees.

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
        if (Auth.signedIn && created.length > 0) {
            const model = screen().taskModel
            for (const id of created)
                model.remove(id)
            Sync.syncNow()
            tryCompare(Sync, "pendingCount", 0, networkTimeout)
            tryCompare(Sync, "syncing", false, networkTimeout)
        }
        created = []
        if (Auth.signedIn)
            Auth.signOut()
    }

    function screen(): Item {
        return find("tasksScreen")
    }

    function stack(): StackView {
        return find("tasksStack") as StackView
    }

    function settingsStack(): StackView {
        return find("settingsStack") as StackView
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

    // Through the side rail, or the bottom bar on a phone, as a learner would go there.
    function openDestination(name: string) {
        const nav = find("sideRail").visible ? find("sideRail") : find("bottomBar")
        tap(findChild(nav, "navButton_" + name))
        tryCompare(window, "currentDestination", name)
    }

    // Signs in with the demo account through Settings and waits for the first sync to end.
    function signInWithDemo() {
        openDestination("settings")
        tryCompare(settingsStack(), "busy", false)
        tap(findChild(settingsStack(), "openSignInButton"))
        tryCompare(settingsStack(), "busy", false)
        tap(findChild(settingsStack().currentItem, "tryDemoButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        declineGuestData() // what earlier tests did as a guest is not this test's business
        tryCompare(Sync, "available", true)
        tryCompare(settingsStack(), "depth", 1)
        tryCompare(settingsStack(), "busy", false)
        tryCompare(findChild(settingsStack(), "lastSyncedText"), "text", "Synced just now", networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
    }

    function openTasks() {
        openDestination("tasks")
        verify(stack(), "Tasks is a page stack")
        tryVerify(() => stack().visible, 5000, "signed in, the list is shown")
        tryCompare(stack(), "busy", false)
    }

    // A title no other test or run uses.
    function uniqueTitle(what: string): string {
        return what + " " + Date.now() % 1000000
    }

    // The list's row for a title, scrolled into view; null when there is none.
    function rowFor(title: string): Item {
        const list = findChild(stack(), "taskList") as ListView
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const row = list.itemAtIndex(i)
            if (row && row.title === title)
                return row
        }
        return null
    }

    function openEditor(row: Item): Page {
        tap(row)
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        const page = stack().currentItem as Page
        compare(page.objectName, "taskEditorPage")
        return page
    }

    // "Add a task", a title, Save: back on the list with the new row, whose id is returned.
    function addTask(title: string): string {
        tap(findChild(stack(), "addTaskButton"))
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        const editor = stack().currentItem
        typeInto(findChild(editor, "titleField"), title)
        tap(findChild(editor, "saveTaskButton"))
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        const row = rowFor(title)
        verify(row, "the new task is in the list")
        created.push(row.recordId)
        return row.recordId
    }

    // No account, no wall: a guest's tasks are kept on this device.
    function test_signedOutWorksAsAGuest() {
        openDestination("tasks")
        tryVerify(() => stack().visible, 5000, "the list is shown with no account")
        verify(!findChild(screen(), "signInPrompt").visible, "nothing asks to sign in first")
        verify(Learner.guest)
        const title = uniqueTitle("Guest task")
        const id = addTask(title)
        compare(Sync.pendingCount, 0, "a guest queues nothing for a server")
        verify(screen().taskModel.remove(id), "and can delete it again")
        created = []
        tryVerify(() => !rowFor(title))
    }

    // Due dates are written in words in the UI language (Kreyòl by the project's own month names) and
    // change with it at once, with no reload of the list.
    function test_dueDateInWordsFollowsTheLanguage() {
        const before = Language.code
        openDestination("tasks")
        tryVerify(() => stack().visible, 5000)
        const title = uniqueTitle("Plante pwa")
        const id = screen().taskModel.create({ title: title, dueDate: "2090-03-01" })
        verify(id.length > 0, screen().taskModel.error)
        created.push(id)
        Language.code = "ht"
        const due = () => findChild(rowFor(title), "taskDue").text
        tryVerify(() => due().indexOf("1 mas 2090") >= 0, 5000, due())
        Language.code = "fr"
        tryVerify(() => due().indexOf("1 mars 2090") >= 0, 5000, due())
        Language.code = before
        verify(screen().taskModel.remove(id))
        created = []
    }

    function test_newTaskShowsAtOnceThenSyncs() {
        signInWithDemo()
        openTasks()
        verify(!findChild(screen(), "signInPrompt").visible, "no sign-in prompt once signed in")
        const model = screen().taskModel
        const countBefore = model.count
        compare(findChild(stack(), "tasksEmptyState").visible, countBefore === 0, "a sentence when there are none")
        compare(Sync.pendingCount, 0)
        const title = uniqueTitle("Plant beans")

        tap(findChild(stack(), "addTaskButton"))
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        const editor = stack().currentItem
        verify(!findChild(editor, "deleteTaskButton").visible, "nothing to delete yet")
        typeInto(findChild(editor, "titleField"), title)
        tap(findChild(editor, "saveTaskButton"))
        // At once, before any sync: in the list and waiting to be sent.
        compare(model.count, countBefore + 1)
        compare(Sync.pendingCount, 1)
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        const row = rowFor(title)
        verify(row, "the new task is in the list")
        created.push(row.recordId)
        compare(row.status, "todo")
        verify(!row.done)
        verify(!findChild(stack(), "tasksEmptyState").visible)

        Sync.syncNow()
        tryCompare(Sync, "pendingCount", 0, networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
        compare(Sync.state, "idle", "the server took it")
        verify(rowFor(title), "still listed after the sync")
    }

    function test_editTitleAndStatus() {
        signInWithDemo()
        openTasks()
        const model = screen().taskModel
        const title = uniqueTitle("Read lesson")
        const id = addTask(title)
        const editor = openEditor(rowFor(title))
        compare(findChild(editor, "titleField").text, title)
        verify(findChild(editor, "status_todo").checked)
        verify(findChild(editor, "priority_medium").checked)

        const renamed = uniqueTitle("Read lesson two")
        typeInto(findChild(editor, "titleField"), renamed)
        tap(findChild(editor, "status_in_progress"))
        tap(findChild(editor, "priority_high"))
        tap(findChild(editor, "saveTaskButton"))
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        verify(!rowFor(title), "the old title is gone")
        const row = rowFor(renamed)
        verify(row, "the new title is listed")
        compare(row.status, "in_progress")
        compare(row.priority, "high")
        compare(model.task(id).title, renamed)
        verify(Sync.pendingCount >= 1, "the change waits to be sent")

        // The check box marks it done, and again not done.
        tap(findChild(row, "taskDone_" + id))
        compare(model.task(id).status, "done")
        tryVerify(() => rowFor(renamed) && rowFor(renamed).done, 5000, "the row shows it done")
        tap(findChild(rowFor(renamed), "taskDone_" + id))
        compare(model.task(id).status, "todo")

        Sync.syncNow()
        tryCompare(Sync, "pendingCount", 0, networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
        compare(Sync.rejectedCount, 0, "the server took every change")
        compare(model.task(id).title, renamed)
    }

    function test_emptyTitleShowsErrorAndQueuesNothing() {
        signInWithDemo()
        openTasks()
        const model = screen().taskModel
        const countBefore = model.count
        const pendingBefore = Sync.pendingCount

        tap(findChild(stack(), "addTaskButton"))
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        const editor = stack().currentItem
        const error = findChild(editor, "taskEditorError")
        verify(!error.visible, "no error before trying")
        tap(findChild(editor, "saveTaskButton"))
        verify(error.visible, "the error is shown")
        compare(error.text, "Give the task a title.")
        compare(stack().depth, 2, "the editor stays open")

        typeInto(findChild(editor, "titleField"), "   ")
        tap(findChild(editor, "saveTaskButton"))
        compare(error.text, "Give the task a title.")

        typeInto(findChild(editor, "titleField"), uniqueTitle("Water the garden"))
        typeInto(findChild(editor, "dueDateField"), "2026-02-30")
        tap(findChild(editor, "saveTaskButton"))
        verify(error.text.startsWith("Write the due date as YYYY-MM-DD"), error.text)
        compare(model.count, countBefore, "nothing was added")
        compare(Sync.pendingCount, pendingBefore, "nothing was queued")

        tap(findChild(editor, "backButton"))
        const leave = findChild(editor, "leaveEditorDialog") as Dialog
        tryCompare(leave, "opened", true, 5000, "unsaved changes: Back asks first")
        tap(findChild(leave, "confirmButton"))
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        compare(Sync.pendingCount, pendingBefore, "leaving queued nothing")
        verify(!findChild(stack(), "taskListError").visible, "the editor's error stays with it")
    }

    function test_deleteAsksFirst() {
        signInWithDemo()
        openTasks()
        const model = screen().taskModel
        const title = uniqueTitle("Sweep the yard")
        const id = addTask(title)
        const countBefore = model.count

        let editor = openEditor(rowFor(title))
        tap(findChild(editor, "deleteTaskButton"))
        const dialog = findChild(editor, "deleteTaskDialog") as Dialog
        tryCompare(dialog, "opened", true)
        tap(findChild(dialog, "cancelButton"))
        tryCompare(dialog, "visible", false)
        compare(model.count, countBefore, "cancel keeps it")
        compare(stack().depth, 2)

        tap(findChild(editor, "deleteTaskButton"))
        tryCompare(dialog, "opened", true)
        tap(findChild(dialog, "confirmButton"))
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        compare(model.count, countBefore - 1)
        compare(model.indexOf(id), -1)
        verify(!rowFor(title), "gone from the list")
        created = []
        Sync.syncNow()
        tryCompare(Sync, "pendingCount", 0, networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
        compare(Sync.rejectedCount, 0)
    }

    function test_signOutClosesTheEditor() {
        signInWithDemo()
        openTasks()
        tap(findChild(stack(), "addTaskButton"))
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        Auth.signOut()
        tryCompare(Sync, "available", false)
        compare(stack().depth, 1, "nothing of this learner stays open")
        verify(Learner.guest, "the guest's own list is shown instead")
        verify(!findChild(screen(), "signInPrompt").visible)
    }

    // What another device's edit replaced comes from the model (tst_tasklistmodel proves it from a
    // pulled record's history); here, that the editor lists it in the form the model gives it.
    function test_editorListsWhatAnotherDeviceReplaced() {
        signInWithDemo()
        openTasks()
        const title = uniqueTitle("Feed the hens")
        const id = addTask(title)
        Sync.syncNow() // so that no later sync reloads the page while it is checked
        tryCompare(Sync, "pendingCount", 0, networkTimeout)
        tryCompare(Sync, "syncing", false, networkTimeout)
        const editor = openEditor(rowFor(title))
        const section = findChild(editor, "taskHistory")
        verify(!section.visible, "nothing was replaced")
        compare(screen().taskModel.history(id).length, 0)

        editor.historyEntries = [
            { field: "status", fieldLabel: "Status", value: "done", valueText: "Done",
              replacedAt: new Date(), replacedAtText: "22/11/2026 03:33" },
            { field: "notes", fieldLabel: "Notes", value: "Buy corn", valueText: "Buy corn",
              replacedAt: new Date(), replacedAtText: "21/11/2026 10:00" }
        ]
        tryVerify(() => section.visible, 2000, "the section shows once something was replaced")
        const first = findChild(section, "historyEntry")
        verify(first)
        compare(findChild(first, "historyValue").text, "Done")
        scrollIntoView(first)
        drawn()
        verify(first.height > 0 && first.width > 0)
    }

    function test_phoneWidthFitsTheEditor() {
        window.width = 390
        window.height = 844
        // The window system confirms a resize asynchronously.
        tryCompare(window.contentItem, "width", 390)
        signInWithDemo()
        openTasks()
        const title = uniqueTitle("Buy seeds")
        const id = addTask(title)
        const row = rowFor(title)
        verify(row.width <= 390 && row.x >= 0, "the row fits the phone")
        const editor = openEditor(row)
        for (const name of ["titleField", "notesField", "dueDateField", "saveTaskButton", "deleteTaskButton"]) {
            const item = findChild(editor, name)
            const left = item.mapToItem(window.contentItem, 0, 0).x
            verify(left >= 0 && left + item.width <= 390, name + " fits the phone")
        }
        tap(findChild(editor, "backButton"))
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        compare(screen().taskModel.indexOf(id) >= 0, true)
    }
}
