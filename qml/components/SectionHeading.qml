import QtQuick
import QtQuick.Controls
import TekPouNou

// The heading of one section of a screen, e.g. "Language" in Settings.
Label {
    font.pixelSize: Theme.fontTitle
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
