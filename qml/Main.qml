pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import TekPouNou.Models

ApplicationWindow {
    id: root

    // The destination whose screen is shown. Setting it (or calling showDestination)
    // creates that screen on first visit; screens are kept afterwards so their state stays.
    property string currentDestination: "courses"
    readonly property list<string> destinations: Destinations.names
    readonly property bool compact: root.width < 600

    function showDestination(name: string) {
        if (destinations.indexOf(name) < 0) {
            console.warn("showDestination: unknown destination", name)
            return
        }
        currentDestination = name
    }

    function loaderFor(name: string): Loader {
        const index = destinations.indexOf(name)
        return index < 0 ? null : screens.itemAt(index) as Loader
    }

    // A page inside a destination, for automation (--screen courses/<course id>[/<lesson id>], settings/storage).
    function showPage(name: string, page: string) {
        showDestination(name)
        if (name === "courses") {
            const courses = loaderFor("courses").item as CoursesScreen
            if (courses)
                courses.openCourse(page)
        } else if (name === "settings" && page === "storage") {
            const settings = loaderFor("settings").item as SettingsScreen
            if (settings)
                settings.openStorage()
        } else if (name === "settings" && page === "reports") {
            const settings = loaderFor("settings").item as SettingsScreen
            if (settings)
                settings.openSentReports()
        }
    }

    // Settings, with the sign-in page open on top of it.
    function showSignIn() {
        showDestination("settings")
        const settings = loaderFor("settings").item as SettingsScreen
        if (settings)
            settings.openSignIn()
    }

    // Settings, with the changes waiting to be synced open on top of it.
    function showOutbox() {
        showDestination("settings")
        const settings = loaderFor("settings").item as SettingsScreen
        if (settings)
            settings.openOutbox()
    }

    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Tek Pou Nou")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    // Material writes button labels in capitals; mixed case is easier to read.
    font.capitalization: Font.MixedCase

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.text

    // When the server refuses the session, take the learner to sign in again; the sign-in page
    // shows Auth's notice saying why. Signing out or deleting the account (erase) is the
    // learner's own doing and stays where it is.
    Connections {
        target: Auth

        function onSignedOutOf(userId: string, erase: bool) {
            if (!erase && Auth.notice.length > 0)
                root.showSignIn()
        }
    }

    // Reports name the screen a crash happened on, and time each screen until it is drawn.
    onCurrentDestinationChanged: Reports.screenShown(currentDestination)
    Component.onCompleted: {
        Reports.screenShown(currentDestination)
        if (!Reports.asked)
            reportsConsentDialog.open()
    }

    // The first start asks whether the app may send crash reports and timings.
    ReportsConsentDialog {
        id: reportsConsentDialog
    }

    // Someone signed in on a device where a guest already did things: offer to keep them.
    GuestDataDialog {
        id: guestDataDialog
    }

    Connections {
        target: GuestData

        function onChanged() {
            if (GuestData.offered && !guestDataDialog.visible)
                guestDataDialog.open()
            else if (!GuestData.offered && guestDataDialog.visible)
                guestDataDialog.close() // brought in, or the learner signed out meanwhile
        }
    }

    footer: NavBar {
        objectName: "bottomBar"
        visible: root.compact
        current: root.currentDestination
        onChosen: name => root.showDestination(name)
        onSyncRequested: root.showOutbox()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavRail {
            objectName: "sideRail"
            visible: !root.compact
            Layout.fillHeight: true
            current: root.currentDestination
            onChosen: name => root.showDestination(name)
            onSyncRequested: root.showOutbox()
        }

        StackLayout {
            id: stackLayout
            objectName: "screenStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.destinations.indexOf(root.currentDestination)

            Repeater {
                id: screens

                model: root.destinations

                Loader {
                    id: loader

                    required property string modelData
                    readonly property bool isCurrent: root.currentDestination === modelData

                    objectName: "screenLoader_" + modelData
                    active: false
                    source: Destinations.screenUrl(modelData)
                    // Created on first visit, then kept.
                    onIsCurrentChanged: {
                        if (isCurrent)
                            loader.active = true
                    }
                    Component.onCompleted: {
                        if (isCurrent)
                            loader.active = true
                    }
                    onStatusChanged: {
                        if (status === Loader.Error)
                            console.warn("Could not load", source)
                    }

                    // Screens of the learner's own data ask for sign-in when nobody is signed in.
                    Connections {
                        target: loader.item
                        ignoreUnknownSignals: true

                        function onSignInRequested() {
                            root.showSignIn()
                        }
                    }
                }
            }
        }
    }
}
