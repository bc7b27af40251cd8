import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou.Models

// A new learner's whole path, on the app's own services and the reference server: Tasks and the
// Journal work at once with no account; they create an account in the app; the app offers to bring
// what they did along, and does; on another device (here: this one after "sign out and erase") the
// same account shows it. Then the shared demo account: offered by this server, never deletable.
AppTestCase {
    id: testCase

    readonly property int networkTimeout: 15000
    readonly property string password: "pen ak papye 2026"

    function init() {
        tryCompare(Auth, "busy", false, networkTimeout)
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
        if (Auth.signedIn)
            Auth.signOut()
        tryCompare(Auth, "signedIn", false)
    }

    function settings(): StackView {
        return find("settingsStack") as StackView
    }

    function visibleChild(parent: QtObject, name: string): Item {
        const item = findChild(parent, name)
        verify(item, name + " exists")
        tryVerify(() => item.visible, networkTimeout, name + " is shown")
        return item
    }

    function openDestination(name: string) {
        tap(findChild(find("sideRail"), "navButton_" + name))
        tryCompare(window, "currentDestination", name)
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

    function openSignIn(): Page {
        openDestination("settings")
        tryCompare(settings(), "busy", false)
        tap(visibleChild(settings(), "openSignInButton"))
        tryCompare(settings(), "busy", false)
        return settings().currentItem as Page
    }

    function hasTask(title: string): bool {
        const model = find("tasksScreen").taskModel
        for (let i = 0; i < model.count; ++i) {
            if (model.task(model.data(model.index(i, 0), TaskListModel.RecordIdRole)).title === title)
                return true
        }
        return false
    }

    function test_1_guestSignsUpKeepsWhatTheyDidAndFindsItAgain() {
        // A guest: no account, and the learner's screens work.
        verify(!Auth.signedIn)
        tryVerify(() => Learner.available && Learner.guest, 5000, "a guest's data is open from the first start")
        openDestination("tasks")
        const tasksStack = visibleChild(find("tasksScreen"), "tasksStack")
        verify(!findChild(find("tasksScreen"), "signInPrompt").visible, "no wall: Tasks works without an account")
        const title = "Li chapit 3 " + Date.now() % 100000
        verify(find("tasksScreen").taskModel.create({ title: title }) !== "")
        tryVerify(() => hasTask(title))
        openDestination("journal")
        const journal = find("journalScreen")
        verify(journal.entryModel.create({ date: "2026-12-01", mood: 4, text: "Premye jou a" }) !== "")
        tryCompare(journal.entryModel, "count", 1)
        compare(Sync.available, false, "a guest has nothing to sync")

        // They create an account in the app.
        const signIn = openSignIn()
        tap(visibleChild(signIn, "createAccountButton"))
        tryCompare(settings(), "busy", false)
        const signUp = settings().currentItem as Page
        compare(signUp.objectName, "signUpPage")
        const email = "elev-" + Date.now() % 1000000 + "@lekol.ht"
        // The app's own check first, in the learner's language: a short password is refused at once.
        typeInto(findChild(signUp, "signUpNameFieldInput"), "Elev Gede")
        typeInto(findChild(signUp, "signUpEmailFieldInput"), email)
        typeInto(findChild(signUp, "signUpPasswordField"), "kout")
        tap(findChild(signUp, "signUpButton"))
        tryVerify(() => findChild(signUp, "signUpError").text.length > 0, 2000, "a short password is explained")
        verify(!Auth.signedIn)
        typeInto(findChild(signUp, "signUpPasswordField"), password)
        tap(findChild(signUp, "signUpButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        tryCompare(settings(), "depth", 1)

        // The offer to bring the guest's data along, with what it holds; they say yes.
        const dialog = findChild(window, "guestDataDialog")
        tryVerify(() => GuestData.offered, networkTimeout)
        tryVerify(() => dialog && dialog.visible, 5000, "the offer is shown")
        verify(GuestData.summary.indexOf("1") >= 0, GuestData.summary)
        tap(findChild(dialog, "adoptButton"))
        tryVerify(() => !GuestData.offered, networkTimeout, "everything brought in")
        tryVerify(() => !dialog.visible)
        verify(!Learner.guest)
        openDestination("tasks")
        tryVerify(() => hasTask(title), 5000, "the guest's task is the learner's now")
        tryCompare(Sync, "pendingCount", 0, networkTimeout)

        // Another device of the same learner: this one, its data erased, signed in again.
        Auth.signOutAndErase()
        tryCompare(Auth, "signedIn", false, networkTimeout)
        verify(!hasTask(title), "erased from this device")
        const again = openSignIn()
        typeInto(findChild(again, "emailField"), email)
        typeInto(findChild(again, "passwordField"), password)
        tap(findChild(again, "signInButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        verify(!GuestData.offered, "nothing is left as a guest's to offer")
        openDestination("tasks")
        tryVerify(() => hasTask(title), networkTimeout, "the task came back from the server")
        openDestination("journal")
        tryCompare(find("journalScreen").entryModel, "count", 1, networkTimeout)
    }

    function test_2_theDemoIsOfferedAndCannotBeDeleted() {
        const signIn = openSignIn()
        const demo = visibleChild(signIn, "tryDemoButton") // this server has the demo account
        tap(demo)
        tryCompare(Auth, "signedIn", true, networkTimeout)
        verify(Auth.demoAccount)
        tryCompare(settings(), "depth", 1)
        const remove = findChild(settings(), "deleteAccountButton")
        verify(remove)
        verify(!remove.visible, "the shared demo account offers no deletion")
    }
}
