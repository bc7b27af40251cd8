pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou

// A destination's stack of pages, with stepping back written once: Escape, the system back key
// and Alt+Left close the page on top, except that an EditorPage on top is asked to leave (it asks
// the learner first when something is not saved). Pages handle their own Back button by closing
// themselves (`onBackRequested: stack.pop()`). Pushed pages are created when pushed and destroyed
// when popped.
StackView {
    id: stack

    // One step back, as the keys take it.
    function back() {
        const editor = stack.currentItem as EditorPage
        if (editor)
            editor.leave()
        else
            stack.pop()
    }

    // Closes every page above the first at once, e.g. once nobody is signed in any more.
    function popToFirst() {
        if (stack.depth > 1)
            stack.pop(null, StackView.Immediate)
    }

    // Shows a page right above the first one, unless a page with that objectName is already on
    // top: whatever else was pushed closes first.
    function showOnTop(name: string, page: Component) {
        if (stack.currentItem && stack.currentItem.objectName === name)
            return
        stack.popToFirst()
        stack.push(page)
    }

    // Pages slide in and out; they must not slide over the side rail.
    clip: true

    Shortcut {
        sequences: ["Esc", "Back", "Alt+Left"]
        enabled: stack.visible && stack.depth > 1
        onActivated: stack.back()
    }
}
