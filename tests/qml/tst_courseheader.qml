import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou

// The course page's header with and without the course's picture. (The picture itself comes from
// image://content; here one of the module's icons stands in for one that is on the device.)
AppTestCase {
    id: testCase

    name: "CourseHeader"
    when: windowShown

    Component {
        id: windowComponent

        ApplicationWindow {
            property alias courseHeader: courseHeader

            width: 390
            height: 844
            visible: true

            CourseHeader {
                id: courseHeader

                width: parent.width
                title: "Dlo pwòp"
                lessonCount: 4
                durationMinutes: 40
                hasDetails: true
                maximumImageHeight: 150
            }
        }
    }

    function init() {
        window = createTemporaryObject(windowComponent, null) as ApplicationWindow
        verify(window)
        drawn()
    }

    function test_pictureWhenThereIsOne() {
        const header = window.courseHeader
        const picture = findChild(header, "courseImage") as Image
        verify(!picture.visible, "no picture, no room for one")
        const plainHeight = header.height

        header.imageSource = Theme.iconUrl("water")
        tryCompare(picture, "status", Image.Ready, 5000)
        verify(picture.visible)
        tryVerify(() => picture.height > 0 && picture.height <= 150, 5000, "at most its maximum: " + picture.height)
        verify(header.height >= plainHeight + picture.height, "the header makes room for it")
        const title = findChild(header, "courseTitle") as Label
        verify(picture.mapToItem(header, 0, 0).y >= title.mapToItem(header, 0, 0).y + title.height,
               "under the title")

        header.imageSource = "image://content/" + "ab".repeat(32)
        tryCompare(picture, "status", Image.Error, 5000)
        verify(!picture.visible, "a picture that cannot be loaded leaves no gap")
        tryCompare(header, "height", plainHeight)
    }
}
