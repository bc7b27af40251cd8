pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou

// A page where the learner writes something and saves it. It knows whether anything changed since
// the form was loaded, and Back (its bar's arrow, or Escape, the system back key and Alt+Left
// through FeatureStack) asks first when something is not saved (LeaveEditorDialog), so that a
// stray tap never throws away what they wrote.
//
// Bind `snapshot` to the form's values as one string (e.g. `JSON.stringify(page.values())`), call
// markLoaded() once the form holds what it opened with, and close the page on backRequested.
Page {
    id: page

    // The form now, and as it was loaded; they differ while there are unsaved changes.
    property string snapshot
    property string loadedSnapshot
    readonly property bool dirty: snapshot !== loadedSnapshot

    // Leaving is decided: close the page.
    signal backRequested

    function markLoaded() {
        loadedSnapshot = snapshot
    }

    // Back, Escape or the system back key: asks first when something is not saved.
    function leave() {
        if (dirty)
            leaveDialog.open()
        else
            backRequested()
    }

    background: Rectangle {
        color: Theme.background
    }

    header: BackBar {
        onBackRequested: page.leave()
    }

    LeaveEditorDialog {
        id: leaveDialog

        onAccepted: page.backRequested()
    }
}
