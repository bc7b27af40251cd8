import QtQuick
import QtQuick.Controls
import TekPouNou

// The large title at the top of a top-level screen.
Label {
    font.pixelSize: Theme.fontDisplay
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
