import QtQuick
import QtQuick.Controls
import QtTest
import TekPouNou

// A lesson body with every kind of block, laid out by LessonBody as the lesson page shows it. No
// image provider is registered here: a lesson's picture that cannot be loaded shows its placeholder.
AppTestCase {
    id: testCase

    readonly property string hash: "0123456789abcdef".repeat(4)
    readonly property string sample: [
        "# Bouyi dlo",
        "Dlo ki sanble pwòp ka gen **mikwòb** ladan l. *Toujou* trete l. <img src=x> &lt;",
        "## Sa pou w fè",
        "- Yon bokit pwòp",
        "* Yon kouvèti",
        "",
        "3. Mete dlo a bouyi.",
        "1. Kite l bouyi yon minit.",
        "![Yon chodyè dlo k ap bouyi sou dife](sha256:" + hash + ")",
        "Apre sa, kouvri l."
    ].join("\n")

    name: "LessonBody"
    when: windowShown

    Component {
        id: windowComponent

        ApplicationWindow {
            property alias body: lessonBody
            property alias figure: figure

            width: 390
            height: 844
            visible: true

            Column {
                width: parent.width - 32
                x: 16
                spacing: 16

                LessonBody {
                    id: lessonBody

                    width: parent.width
                    body: testCase.sample
                }

                // A picture that is there: one of the module's own icons.
                LessonImage {
                    id: figure

                    width: parent.width
                    maximumHeight: 150
                    alt: "A drop of water"
                    source: Theme.iconUrl("water")
                }
            }
        }
    }

    function init() {
        window = createTemporaryObject(windowComponent, null) as ApplicationWindow
        verify(window)
        drawn()
    }

    function block(index: int): Item {
        const loader = findChild(window.body, "lessonBlock_" + index) as Loader
        verify(loader, "block " + index)
        verify(loader.item, "block " + index + " is loaded")
        return loader.item
    }

    function blockText(index: int): Label {
        return findChild(block(index), "blockText") as Label
    }

    function test_everyKindIsLaidOut() {
        compare(window.body.blockCount, 9)
        const h1 = blockText(0)
        compare(h1.text, "Bouyi dlo")
        verify(h1.font.bold)
        const paragraph = blockText(1)
        compare(paragraph.textFormat, Text.StyledText)
        compare(paragraph.text, "Dlo ki sanble pwòp ka gen <b>mikwòb</b> ladan l. <i>Toujou</i> trete l. "
                + "&lt;img src=x&gt; &amp;lt;")
        verify(!paragraph.font.bold)
        const h2 = blockText(2)
        compare(h2.text, "Sa pou w fè")
        verify(h2.font.bold)
        verify(h1.font.pixelSize > h2.font.pixelSize && h2.font.pixelSize > paragraph.font.pixelSize,
               "headings are bigger than text, the first level most")

        const bullets = [[3, "Yon bokit pwòp"], [4, "Yon kouvèti"]]
        for (const [index, text] of bullets) {
            compare(blockText(index).text, text)
            const marker = findChild(block(index), "listMarker") as Label
            verify(marker.visible)
            compare(marker.text, "•")
            verify(blockText(index).x >= marker.width, "the text is beside the bullet")
        }
        compare(blockText(5).text, "Mete dlo a bouyi.")
        compare((findChild(block(5), "listMarker") as Label).text, "3.")
        compare((findChild(block(6), "listMarker") as Label).text, "4.", "the list counts on from its first number")
        verify(!(findChild(block(1), "listMarker") as Label).visible, "a paragraph has no marker")
        compare(blockText(8).text, "Apre sa, kouvri l.")

        // One column, top to bottom, nothing overlapping.
        for (let i = 1; i < 9; ++i) {
            const previous = findChild(window.body, "lessonBlock_" + (i - 1)) as Item
            const current = findChild(window.body, "lessonBlock_" + i) as Item
            verify(current.y >= previous.y + previous.height, "block " + i + " is below block " + (i - 1))
            compare(current.width, window.body.width)
        }
    }

    function test_unknownImageShowsItsAltText() {
        const figure = block(7)
        verify(findChild(figure, "lessonImage"))
        const placeholder = findChild(figure, "imagePlaceholder") as Rectangle
        tryVerify(() => (findChild(figure, "lessonImage") as Image).status === Image.Error, 5000,
                  "image://content has no provider here")
        verify(placeholder.visible)
        verify(placeholder.height >= 120)
        compare(placeholder.width, window.body.width)
        compare(placeholder.Accessible.name, "Yon chodyè dlo k ap bouyi sou dife")
        compare((findChild(placeholder, "placeholderAlt") as Label).text, "Yon chodyè dlo k ap bouyi sou dife")
        verify((findChild(placeholder, "placeholderStatus") as Label).text.length > 0)
        verify(!(findChild(figure, "imageCaption") as Label).visible, "the alt text is not shown twice")
        verify(figure.height >= placeholder.height)

        window.body.maximumImageHeight = 123
        compare(figure.maximumHeight, 123, "a picture follows the page's maximum height")
    }

    function test_loadedImageFitsTheColumnWithItsCaption() {
        const figure = window.figure
        const picture = findChild(figure, "lessonImage") as Image
        tryCompare(picture, "status", Image.Ready, 5000)
        verify(picture.visible)
        compare(picture.width, figure.width)
        verify(picture.height > 0 && picture.height <= 150, "never taller than its maximum: " + picture.height)
        compare(picture.Accessible.name, "A drop of water")
        const caption = findChild(figure, "imageCaption") as Label
        verify(caption.visible)
        compare(caption.text, "A drop of water")
        verify(caption.y >= picture.y + picture.height, "the caption is under the picture")
        verify(!(findChild(figure, "imagePlaceholder") as Item).visible)
    }

    function test_readableNarrowAndWide_data() {
        return [{ tag: "320 px", width: 320 }, { tag: "1280 px", width: 1280 }]
    }

    function test_readableNarrowAndWide(data) {
        window.width = data.width
        drawn()
        const body = window.body
        for (let i = 0; i < body.blockCount; ++i) {
            const item = block(i)
            compare(item.width, body.width)
            const text = findChild(item, "blockText") as Label
            if (text && text.visible)
                verify(text.x + text.width <= body.width && text.contentWidth <= text.width + 1,
                       "block " + i + " wraps inside the column")
        }
        const paragraph = blockText(1)
        if (data.width === 320)
            verify(paragraph.lineCount > 2, "a long paragraph wraps on a phone")
        else
            verify(paragraph.lineCount <= 2)
    }
}
