import QtQuick
import QtQuick.Controls
import QtTest

// Downloads as a learner meets them: "Download for offline" on a course shows what it costs, the
// course then says it is available offline (on its page and its card), and Settings → Storage
// lists it, keeps it through "Clear cache" and removes it on request.
AppTestCase {
    id: testCase

    readonly property int networkTimeout: 30000

    function init() {
        const component = Qt.createComponent("qrc:/qt/qml/TekPouNou/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = createTemporaryObject(component, null, { width: 1280, height: 900 })
        verify(window, "Main.qml created")
        drawn()
        tryVerify(() => find("courseList").count > 0, networkTimeout, "the course list fills")
    }

    function open(name: string) {
        tap(findChild(find("sideRail"), "navButton_" + name))
    }

    function test_downloadACourseThenManageIt() {
        const list = find("courseList") as ListView
        const card = list.itemAtIndex(0)
        const courseId = card.courseId
        tap(findChild(card, "courseCard_" + courseId))
        tryVerify(() => find("courseDetailPage"), networkTimeout)
        const download = find("downloadCourseButton")
        tryVerify(() => download.visible, networkTimeout, "a course not on the device offers its download")
        tap(download)

        const dialog = findChild(find("coursesStack"), "downloadPlanDialog") as Dialog
        tryVerify(() => dialog.opened, networkTimeout, "the cost is shown before anything is fetched")
        const summary = findChild(dialog.contentItem, "planSummary") as Label
        tryVerify(() => summary.text.indexOf("to download") >= 0, networkTimeout, summary.text)
        verify(/[0-9]\s(KB|MB)/.test(summary.text), "the size is in bytes a learner reads: " + summary.text)
        tap(findChild(dialog.footer, "confirmDownloadButton"))
        tryVerify(() => !dialog.visible, 5000)

        const status = find("offlineStatus") as Label
        tryVerify(() => status.text.indexOf("Available offline") === 0, networkTimeout, status.text)
        verify(find("removeDownloadButton").visible)

        // Back on the catalog, the card says so too.
        const stack = find("coursesStack") as StackView
        stack.pop(null, StackView.Immediate)
        drawn()
        const badge = findChild(list.itemAtIndex(0), "offlineBadge") as Item
        tryVerify(() => badge.visible && badge.text === "Offline", 5000)

        open("settings")
        tap(find("openStorageButton"))
        tryVerify(() => find("storagePage") && !(find("settingsStack") as StackView).busy, 5000)
        tryVerify(() => find("storageRow_0"), 5000, "the downloaded course is listed with its size")
        tap(find("clearCacheButton"))
        const clear = findChild(find("storagePage"), "clearCacheDialog") as Dialog
        tryVerify(() => clear.opened, 5000)
        tap(findChild(clear.footer, "confirmButton"))
        tryVerify(() => !clear.visible, 5000)
        verify(find("storageRow_0"), "clearing the cache keeps downloads")
        tap(findChild(find("storageRow_0"), "removeDownloadButton"))
        tryVerify(() => find("noDownloads").visible, 5000, "removed")
    }
}
