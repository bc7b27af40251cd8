import QtQuick

// Scrolls a Flickable by what the mouse wheel or touchpad asks, at once. Qt 6.4's own wheel handling
// starts a slow decelerating flick instead, and the first tap after it only stops that flick: the
// learner's first click after scrolling was lost (tests/qml/tst_scrolling.qml).
// Declare it inside the Flickable: `WheelScroll { flickable: myFlickable }`.
WheelHandler {
    id: handler

    required property Flickable flickable
    // One notch of a wheel: about three lines of body text, as desktop apps scroll.
    readonly property real notch: 3 * 24

    target: null
    acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
    orientation: Qt.Vertical
    onWheel: event => {
        const f = handler.flickable
        const top = f.originY - f.topMargin
        const bottom = Math.max(top, f.originY + f.contentHeight + f.bottomMargin - f.height)
        const delta = event.pixelDelta.y !== 0 ? event.pixelDelta.y : event.angleDelta.y / 120 * handler.notch
        f.cancelFlick()
        f.contentY = Math.max(top, Math.min(bottom, f.contentY - delta))
    }
}
