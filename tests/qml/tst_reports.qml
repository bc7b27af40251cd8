import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou
import TekPouNou.Models

// Crash reports and timings as the learner decides them: the first-run question starts with both
// off and saves what was switched on; Settings shows and changes the same choice.
AppTestCase {
    id: testCase

    Component {
        id: consentDialog

        ReportsConsentDialog {}
    }

    function init() {
        Reports.choose(false, false)
        const component = Qt.createComponent("qrc:/qt/qml/TekPouNou/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = createTemporaryObject(component, null, { width: 390, height: 844 })
        verify(window, "Main.qml created")
        drawn()
    }

    function test_firstRunQuestionStartsOffAndSavesTheChoice() {
        const dialog = createTemporaryObject(consentDialog, window.contentItem)
        dialog.open()
        tryVerify(() => dialog.opened, 5000, "the question is shown")
        const crash = findChild(dialog.contentItem, "consentCrashSwitch")
        const timings = findChild(dialog.contentItem, "consentTimingsSwitch")
        verify(!crash.checked, "crash reports start off")
        verify(!timings.checked, "timings start off")
        mouseClick(crash)
        verify(crash.checked)
        mouseClick(findChild(dialog.contentItem, "consentSaveButton"))
        verify(Reports.asked)
        verify(Reports.crashReports, "the switched-on choice is saved")
        verify(!Reports.timings, "the untouched one stays off")
        tryVerify(() => !dialog.visible, 5000, "the question is gone")
    }

    function test_settingsShowAndChangeTheChoice() {
        Reports.choose(true, false)
        window.showDestination("settings")
        tryVerify(() => find("reportsSection") !== null, 5000)
        drawn() // the page laid out, so that scrolling to a switch knows its height
        const crash = find("crashReportsSwitch")
        const timings = find("timingsSwitch")
        verify(crash.checked)
        verify(!timings.checked)
        tap(timings)
        verify(Reports.timings, "turned on from Settings")
        tap(crash)
        verify(!Reports.crashReports, "turned off from Settings")
        const mobile = find("reportsMobileDataSwitch")
        verify(mobile.enabled, "mobile data can be allowed while one kind is on")
        tap(timings)
        verify(!mobile.enabled, "nothing to send: mobile data is not a question")
    }

    function test_whatWasSentSaysNothingYet() {
        window.showPage("settings", "reports")
        const stack = window.loaderFor("settings").item
        tryVerify(() => !stack.busy && findChild(stack, "sentReportsPage") !== null, 5000)
        const empty = findChild(stack, "sentReportsEmpty")
        verify(empty.visible, "an empty list says so")
        compare(Reports.sent.count, 0)
    }
}
