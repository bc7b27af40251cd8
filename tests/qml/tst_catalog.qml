import QtQuick
import QtQuick.Controls
import QtTest

// The course catalog against the real services: the test main hands the engine a
// CourseRepository pointed at a running reference server.
AppTestCase {
    id: testCase

    readonly property int networkTimeout: 15000

    function init() {
        // Loaded exactly as the app loads it.
        const component = Qt.createComponent("qrc:/qt/qml/TekPouNou/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = createTemporaryObject(component, null, { width: 1280, height: 1000 })
        verify(window, "Main.qml created")
        drawn()
        tryVerify(() => courseList().count > 0, networkTimeout, "the course list fills")
    }

    // An item's visual children as a JS array (children is a list property, not an Array).
    function childrenOf(item: Item): list<Item> {
        const result = []
        for (let i = 0; i < item.children.length; ++i)
            result.push(item.children[i])
        return result
    }

    function courseList(): ListView {
        return find("courseList") as ListView
    }

    function stack(): StackView {
        return find("coursesStack") as StackView
    }

    // The ids of the courses the list holds (scrolling so every delegate exists).
    function listedCourseIds() {
        const list = courseList()
        const ids = []
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            ids.push(list.itemAtIndex(i).courseId)
        }
        list.positionViewAtBeginning()
        return ids
    }

    function test_listShowsCourseCards() {
        const card = courseList().itemAtIndex(0)
        verify(card.courseId.length > 0)
        verify(card.title.length > 0, "a card shows its title")
        verify(findChild(card, "courseCard_" + card.courseId), "the card is a named button")
    }

    function test_searchFilters() {
        const list = courseList()
        const before = list.count
        const target = list.itemAtIndex(0)
        // The longest word of the first course's title narrows the list but keeps that course.
        const word = target.title.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "").toLowerCase()
        verify(word.length >= 3, "a usable search word: " + word)

        const field = find("searchField") as TextField
        window.requestActivate()
        tryVerify(() => window.active, 5000, "window active to receive keys")
        field.forceActiveFocus()
        for (const ch of word)
            keyClick(ch)
        compare(field.text, word)
        tryVerify(() => list.count > 0 && list.count < before, networkTimeout,
                  "searching \"" + word + "\" narrows " + before + " courses")
        verify(listedCourseIds().indexOf(target.courseId) >= 0, "the course whose title was searched stays")

        field.text = "zzqx-no-such-course"
        tryCompare(list, "count", 0, networkTimeout)
        tryVerify(() => find("emptyState").visible, networkTimeout, "the empty state explains why")

        field.clear()
        tryCompare(list, "count", before, networkTimeout)
    }

    function test_overlongSearchIsCutToWhatTheServerTakes() {
        // The API takes 200 characters; a pasted longer search used to come back as "The server could
        // not answer this request" with "Try again".
        const list = courseList()
        const field = find("searchField") as TextField
        field.text = "kreyol ".repeat(40)
        compare(field.text.length, 200)
        // The empty state shows only for an answer without an error.
        tryVerify(() => find("emptyState").visible, networkTimeout, "an answer, not an error")
        field.clear()
        tryVerify(() => list.count > 0, networkTimeout)
    }

    function test_categoryChipFilters() {
        const list = courseList()
        const before = list.count
        const filter = find("categoryFilter")
        // Chips other than "All" come from the category model: take the first one.
        tryVerify(() => findChild(filter, "categoryChip_all") !== null)
        let chip = null
        const row = filter.contentItem.children[0]
        for (const child of childrenOf(row)) {
            if (child.categoryId !== undefined && child.categoryId.length > 0) {
                chip = findChild(child, "categoryChip_" + child.categoryId)
                break
            }
        }
        verify(chip, "a category chip")
        mouseClick(chip)
        tryVerify(() => chip.checked, 5000, "the chosen chip shows as selected")
        tryVerify(() => list.count > 0 && list.count < before, networkTimeout, "the category narrows the list")
        verify(!findChild(filter, "categoryChip_all").checked)

        mouseClick(findChild(filter, "categoryChip_all"))
        tryCompare(list, "count", before, networkTimeout)
    }

    function test_courseThenLesson() {
        const card = courseList().itemAtIndex(0)
        const courseId = card.courseId
        mouseClick(card)
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        const detail = stack().currentItem
        compare(detail.courseId, courseId)

        const lessonList = findChild(detail, "lessonList")
        verify(lessonList)
        let rows = []
        tryVerify(() => {
            rows = childrenOf(lessonList).filter(child => child.lessonId !== undefined)
            return rows.length > 0
        }, networkTimeout, "the course shows its lessons")
        const row = rows[0]
        verify(findChild(row, "lessonRow_" + row.lessonId), "lesson rows are named")
        compare(row.position, 1)
        drawn()
        const top = row.mapToItem(window.contentItem, 0, 0).y
        verify(top + row.height < window.contentItem.height, "the first lesson is on screen to tap")
        mouseClick(row)

        tryCompare(stack(), "depth", 3)
        tryCompare(stack(), "busy", false)
        const lesson = stack().currentItem
        compare(lesson.lessonId, row.lessonId)
        const body = findChild(lesson, "lessonBody")
        tryVerify(() => body.blockCount > 0, networkTimeout, "the lesson's body is shown")
        verify(findChild(body, "lessonBlock_0"), "its blocks are laid out")
        compare(findChild(lesson, "lessonTitle").text, row.title)

        // The back buttons step back one page at a time.
        mouseClick(findChild(lesson, "backButton"))
        tryCompare(stack(), "depth", 2)
        tryCompare(stack(), "busy", false)
        compare(stack().currentItem, detail)
        mouseClick(findChild(detail, "backButton"))
        tryCompare(stack(), "depth", 1)
    }

    name: "Catalog"
    when: windowShown
}
