import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou.Models

// Signing in and the account section, against the real AuthService and the reference server's
// demo accounts (demo, ana and sam @tekpounou.ht, password lekol-2026). Each test starts signed out.
AppTestCase {
    id: testCase

    readonly property int networkTimeout: 15000
    readonly property string password: "lekol-2026"

    function init() {
        // Whatever a previous test left: finish it, and start signed out.
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
        if (Auth.signedIn)
            Auth.signOut()
    }

    function stack(): StackView {
        return find("settingsStack") as StackView
    }

    function visibleChild(parent: QtObject, name: string): Item {
        const item = findChild(parent, name)
        verify(item, name + " exists")
        tryVerify(() => item.visible, 5000, name + " is shown")
        return item
    }

    // Settings through the side rail, as a learner would go there.
    function openSettings() {
        const rail = findChild(window.contentItem, "sideRail")
        verify(rail.visible)
        tap(findChild(rail, "navButton_settings"))
        tryCompare(window, "currentDestination", "settings")
        verify(stack(), "Settings is a page stack")
        tryCompare(stack(), "busy", false)
    }

    // Settings → "Sign in": the sign-in page on top of Settings.
    function openSignInPage(): Page {
        openSettings()
        tap(visibleChild(stack(), "openSignInButton"))
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        const page = stack().currentItem as Page
        compare(page.objectName, "signInPage")
        return page
    }

    function typeInto(field: TextField, text: string) {
        tap(field)
        tryVerify(() => field.activeFocus, 2000, field.objectName + " takes the focus when tapped")
        field.selectAll()
        keyClick(Qt.Key_Backspace)
        for (const ch of text)
            keyClick(ch)
        compare(field.text, text)
    }

    // Signs in through the page; returns with the page closed and Settings showing the account.
    function signInAs(email: string) {
        const page = openSignInPage()
        typeInto(findChild(page, "emailField"), email)
        typeInto(findChild(page, "passwordField"), password)
        tap(findChild(page, "signInButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        declineGuestData() // what earlier tests did as a guest is not this test's business
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        tryCompare(Auth, "busy", false, networkTimeout)
        drawn()
    }

    function test_wrongPasswordThenDemoThenSignOut() {
        const page = openSignInPage()
        const email = findChild(page, "emailField") as TextField
        const passwordField = findChild(page, "passwordField") as TextField
        const error = findChild(page, "signInError")
        verify(!error.visible, "no error before any attempt")

        typeInto(email, "demo@tekpounou.ht")
        typeInto(passwordField, "not-the-password")
        compare(passwordField.echoMode, TextInput.Password, "the password is hidden while typed")
        tap(findChild(page, "showPasswordButton"))
        compare(passwordField.echoMode, TextInput.Normal, "Show reveals the password")
        tap(findChild(page, "showPasswordButton"))
        compare(passwordField.echoMode, TextInput.Password, "Hide hides it again")

        // Enter in the password field signs in.
        passwordField.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(() => error.visible && error.text.length > 0, networkTimeout, "a wrong password shows an error")
        verify(!Auth.signedIn, "still signed out")
        compare(stack().currentItem, page, "the sign-in page stays open")
        verify(findChild(page, "signInButton").enabled, "the learner can try again")

        tap(visibleChild(page, "tryDemoButton")) // this server has a demo account, and says so
        tryCompare(Auth, "signedIn", true, networkTimeout)
        declineGuestData() // what earlier tests did as a guest is not this test's business
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)

        const name = visibleChild(stack(), "accountName")
        compare(name.text, "Demo")
        compare(findChild(stack(), "accountEmail").text, "demo@tekpounou.ht")
        verify(!findChild(stack(), "openSignInButton").visible)

        tap(visibleChild(stack(), "signOutButton"))
        tryCompare(Auth, "signedIn", false)
        visibleChild(stack(), "openSignInButton")
        verify(!findChild(stack(), "accountName").visible, "the account is no longer shown")
    }

    function test_signInPagePrefillsTheLastEmail() {
        signInAs("ana@tekpounou.ht")
        tap(visibleChild(stack(), "signOutButton"))
        tryCompare(Auth, "signedIn", false)
        const page = openSignInPage()
        compare(findChild(page, "emailField").text, "ana@tekpounou.ht")
        compare(findChild(page, "passwordField").text, "", "never the password")
        tap(findChild(page, "backButton"))
        tryCompare(stack(), "depth", 1)
    }

    function test_saveDisplayName() {
        signInAs("ana@tekpounou.ht")
        const field = visibleChild(stack(), "displayNameField") as TextField
        const save = findChild(stack(), "saveProfileButton")
        compare(field.text, "Ana")
        verify(!save.enabled, "nothing to save yet")
        typeInto(field, "Ana Maria")
        verify(save.enabled)
        tap(save)
        tryCompare(findChild(stack(), "accountName"), "text", "Ana Maria", networkTimeout)
        compare(Auth.displayName, "Ana Maria")

        typeInto(field, "Ana")
        keyClick(Qt.Key_Return)
        tryCompare(Auth, "displayName", "Ana", networkTimeout)
    }

    function test_eraseAsksFirstAndSaysWhatIsErased() {
        signInAs("ana@tekpounou.ht")
        tap(visibleChild(stack(), "eraseButton"))
        const dialog = findChild(stack(), "eraseDialog") as Dialog
        tryCompare(dialog, "opened", true)
        for (const word of ["courses", "tasks", "journal", "progress", "this device", "account stays"])
            verify(dialog.message.indexOf(word) >= 0, "the dialog says: " + word)
        tap(findChild(dialog, "cancelButton"))
        tryCompare(dialog, "visible", false)
        verify(Auth.signedIn, "cancel keeps the learner signed in")

        tap(findChild(stack(), "eraseButton"))
        tryCompare(dialog, "opened", true)
        tap(findChild(dialog, "confirmButton"))
        tryCompare(dialog, "visible", false)
        tryCompare(Auth, "signedIn", false)
        visibleChild(stack(), "openSignInButton")
    }

    // Creates an account through Settings → Sign in → Create an account; returns its email.
    function signUpFresh(): string {
        const signIn = openSignInPage()
        tap(visibleChild(signIn, "createAccountButton"))
        tryCompare(stack(), "busy", false)
        const page = stack().currentItem as Page
        compare(page.objectName, "signUpPage")
        const email = "sam-" + Date.now() % 1000000 + "@lekol.ht"
        typeInto(findChild(page, "signUpNameFieldInput"), "Sam")
        typeInto(findChild(page, "signUpEmailFieldInput"), email)
        typeInto(findChild(page, "signUpPasswordField"), password)
        tap(findChild(page, "signUpButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        declineGuestData() // what earlier tests did as a guest is not this test's business
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)
        tryCompare(Auth, "busy", false, networkTimeout)
        return email
    }

    // The demo accounts are shared: deleting one is never offered (the server refuses it too).
    function test_deleteAccountNeedsTheWord() {
        const email = signUpFresh()
        tap(visibleChild(stack(), "deleteAccountButton"))
        const dialog = findChild(stack(), "deleteAccountDialog") as Dialog
        tryCompare(dialog, "opened", true)
        const confirm = findChild(dialog, "confirmButton")
        const field = findChild(dialog, "deleteConfirmField") as TextField
        verify(!confirm.enabled, "the red button waits for the word")
        typeInto(field, "yes")
        verify(!confirm.enabled, "another word does not do")
        typeInto(field, "delete")
        verify(confirm.enabled, "the named word (in any case) does")
        tap(confirm)
        tryCompare(dialog, "visible", false)

        tryCompare(Auth, "signedIn", false, networkTimeout)
        compare(stack().depth, 1, "the learner's own deletion is not an ended session: no sign-in page")
        const notice = visibleChild(stack(), "accountNotice")
        verify(notice.text.length > 0, "the section says the account was deleted")

        // The account is gone from the server: signing in with it fails.
        const page = openSignInPage()
        typeInto(findChild(page, "emailField"), email)
        typeInto(findChild(page, "passwordField"), password)
        tap(findChild(page, "signInButton"))
        const error = findChild(page, "signInError")
        tryVerify(() => error.visible, networkTimeout, "the deleted account cannot sign in")
        verify(!Auth.signedIn)
    }

    function test_exportWritesTheChosenFile() {
        signInAs("demo@tekpounou.ht")
        const dialog = findChild(stack(), "exportDialog")
        verify(dialog, "export has a file dialog")
        verify(String(dialog.selectedFile).endsWith("/tekpounou-export.json"), "a default file name")
        // Into /tmp, not the learner's (here: the test user's) own folder.
        dialog.currentFolder = "file:///tmp"
        dialog.selectedFile = "file:///tmp/tekpounou-export.json"
        tap(visibleChild(stack(), "exportButton"))
        tryCompare(dialog, "visible", true)

        // Qt's own save dialog (drawn in the window): a file name, then Save.
        const name = findChild(window.contentItem.parent, "fileNameTextField") as TextField
        verify(name, "the save dialog asks for a file name")
        tryVerify(() => name.visible)
        compare(name.text, "tekpounou-export.json")
        typeInto(name, "tpn-tst_account-export.json")
        let box = null
        for (let i = 0; i < name.parent.children.length; ++i) {
            if (name.parent.children[i] instanceof DialogButtonBox)
                box = name.parent.children[i] as DialogButtonBox
        }
        verify(box, "the save dialog has its buttons")
        const save = box.standardButton(Dialog.Save) ?? box.standardButton(Dialog.Open)
        tap(save)
        tryCompare(dialog, "visible", false)

        const message = findChild(stack(), "exportMessage")
        tryVerify(() => message.visible, networkTimeout, "the export reports back")
        verify(message.text.indexOf("/tmp/tpn-tst_account-export.json") >= 0, message.text)
    }

    // Where Main takes the learner when the server ended their session.
    function test_showSignInOpensSettingsWithTheSignInPage() {
        compare(window.currentDestination, "courses")
        window.showSignIn()
        compare(window.currentDestination, "settings")
        tryCompare(stack(), "depth", 2)
        compare(stack().currentItem.objectName, "signInPage")
        window.showSignIn()
        compare(stack().depth, 2, "asked twice, still one sign-in page")
    }

    name: "Account"
    when: windowShown

    // A forgotten password in a school without email: a teacher's one-time code, typed in the app.
    function test_resetCodeSetsANewPasswordAndSignsIn() {
        const email = signUpFresh()
        Auth.signOut()
        tryCompare(Auth, "signedIn", false, networkTimeout)
        const code = teacherDesk.resetCode(email)
        verify(code.length > 0, "the server printed a code")

        const signIn = openSignInPage()
        tap(visibleChild(signIn, "resetCodeButton"))
        tryCompare(stack(), "busy", false)
        const page = stack().currentItem as Page
        compare(page.objectName, "resetCodePage")
        typeInto(findChild(page, "resetEmailFieldInput"), email)
        typeInto(findChild(page, "resetCodeFieldInput"), "AAAA-BBBB-CC")
        typeInto(findChild(page, "resetPasswordField"), "yon lot modpas")
        tap(findChild(page, "resetButton"))
        const error = findChild(page, "resetError")
        tryVerify(() => error.visible && error.text.length > 0, networkTimeout, "a wrong code is explained")
        verify(!Auth.signedIn)

        typeInto(findChild(page, "resetCodeFieldInput"), code.toLowerCase()) // typed as it comes
        tap(findChild(page, "resetButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
        tryCompare(stack(), "depth", 1)
        Auth.signOut()
        tryCompare(Auth, "signedIn", false, networkTimeout)

        // The code worked once; the new password is the one that opens the account now.
        const again = openSignInPage()
        typeInto(findChild(again, "emailField"), email)
        typeInto(findChild(again, "passwordField"), "yon lot modpas")
        tap(findChild(again, "signInButton"))
        tryCompare(Auth, "signedIn", true, networkTimeout)
    }

    // Signing out with edits the server has not had yet says what will wait, before it happens.
    function test_signOutWithUnsentChangesWarnsFirst() {
        signUpFresh()
        const model = Qt.createQmlObject("import TekPouNou.Models; TaskListModel { source: Learner }", testCase)
        verify(model.create({ title: "Pa voye ankò" }) !== "")
        verify(Sync.pendingCount + Sync.rejectedCount > 0, "the edit waits for the next sync")
        tap(visibleChild(stack(), "signOutButton"))
        const dialog = findChild(stack(), "signOutDialog") as Dialog
        tryCompare(dialog, "opened", true)
        verify(dialog.message.indexOf("1") >= 0, dialog.message)
        tap(findChild(dialog, "cancelButton"))
        tryCompare(dialog, "visible", false)
        verify(Auth.signedIn, "cancel keeps the learner signed in")
        model.destroy()
    }
}
