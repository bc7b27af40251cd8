<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../qml/AccountDetails.qml" line="40"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="70"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="80"/>
        <location filename="../qml/AccountDetails.qml" line="144"/>
        <source>Export my data</source>
        <translation>Export my data</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="102"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="111"/>
        <source>Sign out and erase this device&apos;s data</source>
        <translation>Sign out and erase this device&apos;s data</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="120"/>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="128"/>
        <source>Sign out and erase this device&apos;s data?</source>
        <translation>Sign out and erase this device&apos;s data?</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="129"/>
        <source>This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="130"/>
        <source>Sign out and erase</source>
        <translation>Sign out and erase</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="147"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../qml/AccountSection.qml" line="20"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="35"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="45"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="65"/>
        <source>This device has no safe place to keep you signed in, so you will need to sign in each time you open the app.</source>
        <translation>This device has no safe place to keep you signed in, so you will need to sign in each time you open the app.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="86"/>
        <source>Your session has ended. Sign in again to continue; nothing you saved on this device is lost.</source>
        <translation>Your session has ended. Sign in again to continue; nothing you saved on this device is lost.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="112"/>
        <source>You are offline. Try again when you are connected.</source>
        <translation>You are offline. Try again when you are connected.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="113"/>
        <source>Your profile could not be saved. Try again later.</source>
        <translation>Your profile could not be saved. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="134"/>
        <source>You are offline. Exporting needs a connection.</source>
        <translation>You are offline. Exporting needs a connection.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="135"/>
        <source>The server could not prepare your data. Try again later.</source>
        <translation>The server could not prepare your data. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="143"/>
        <source>Your data could not be written to that file.</source>
        <translation>Your data could not be written to that file.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="146"/>
        <source>Your data was saved to %1.</source>
        <translation>Your data was saved to %1.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="159"/>
        <source>You are offline. Deleting your account needs a connection.</source>
        <translation>You are offline. Deleting your account needs a connection.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="160"/>
        <source>Your account could not be deleted. Try again later.</source>
        <translation>Your account could not be deleted. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="164"/>
        <source>Your account and this device&apos;s copy of your data were deleted.</source>
        <translation>Your account and this device&apos;s copy of your data were deleted.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="63"/>
        <source>That email and password do not match. Check them and try again.</source>
        <translation>That email and password do not match. Check them and try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authservice.cpp" line="66"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="69"/>
        <source>You are offline. Signing in needs a connection the first time.</source>
        <translation>You are offline. Signing in needs a connection the first time.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="71"/>
        <source>The server&apos;s identity could not be verified. Check the date and time on this device.</source>
        <translation>The server&apos;s identity could not be verified. Check the date and time on this device.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="73"/>
        <location filename="../src/auth/authservice.cpp" line="107"/>
        <source>Enter your email address and your password.</source>
        <translation>Enter your email address and your password.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="74"/>
        <source>Signing in did not work. Try again later.</source>
        <translation>Signing in did not work. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="94"/>
        <source>This device has no keychain to keep you signed in. Sign in again each time you open the app.</source>
        <translation>This device has no keychain to keep you signed in. Sign in again each time you open the app.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="143"/>
        <source>This device has no keychain to keep you signed in. You will need to sign in again next time you open the app.</source>
        <translation>This device has no keychain to keep you signed in. You will need to sign in again next time you open the app.</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <location filename="../qml/BackButton.qml" line="13"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/CatalogPage.qml" line="55"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="60"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="76"/>
        <source>Search courses</source>
        <translation>Search courses</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="153"/>
        <source>No courses match your search.</source>
        <translation>No courses match your search.</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="154"/>
        <source>No saved courses yet. Connect to the internet, then tap Refresh.</source>
        <translation>No saved courses yet. Connect to the internet, then tap Refresh.</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <location filename="../qml/CategoryFilter.qml" line="34"/>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>ChangeStateChip</name>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="23"/>
        <source>Refused</source>
        <comment>a change the server did not accept</comment>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="24"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="25"/>
        <source>Waiting</source>
        <comment>a change not yet sent to the server</comment>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="71"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <location filename="../qml/CourseCard.qml" line="88"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/CourseCard.qml" line="93"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>CourseDetailPage</name>
    <message>
        <location filename="../qml/CourseDetailPage.qml" line="67"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>You are offline. Showing what is saved on this device.</translation>
    </message>
    <message>
        <location filename="../qml/CourseDetailPage.qml" line="87"/>
        <source>This course is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>This course is not saved on this device yet. Connect to the internet and try again.</translation>
    </message>
    <message>
        <location filename="../qml/CourseDetailPage.qml" line="108"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message numerus="yes">
        <location filename="../qml/CourseHeader.qml" line="75"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/CourseHeader.qml" line="81"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="10"/>
        <source>DELETE</source>
        <comment>typed by the learner to confirm deleting their account: one short word in capitals, easy to type on a phone</comment>
        <translation>DELETE</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="13"/>
        <source>Delete your account?</source>
        <translation>Delete your account?</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="14"/>
        <source>Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device&apos;s copy will be erased. This cannot be undone.</source>
        <translation>Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device&apos;s copy will be erased. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="15"/>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="24"/>
        <source>To confirm, type %1 below.</source>
        <translation>To confirm, type %1 below.</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../qml/Destinations.qml" line="17"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="19"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="21"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="23"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="25"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../qml/ErrorLine.qml" line="29"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/models/errortext.cpp" line="13"/>
        <source>The server&apos;s identity could not be verified, so nothing was loaded. Check that the date and time on this device are right.</source>
        <translation>The server&apos;s identity could not be verified, so nothing was loaded. Check that the date and time on this device are right.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="17"/>
        <source>This content is no longer available.</source>
        <translation>This content is no longer available.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="19"/>
        <source>The server could not answer this request.</source>
        <translation>The server could not answer this request.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="21"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>The server has a problem right now. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="25"/>
        <source>The server sent something the app could not read. Saved content is still available.</source>
        <translation>The server sent something the app could not read. Saved content is still available.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../qml/JournalScreen.qml" line="5"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="7"/>
        <source>Your journal will appear here in a coming version.</source>
        <translation>Your journal will appear here in a coming version.</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="55"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>You are offline. Showing what is saved on this device.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="74"/>
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="95"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="102"/>
        <source>This lesson is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>This lesson is not saved on this device yet. Connect to the internet and try again.</translation>
    </message>
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/LessonRow.qml" line="32"/>
        <source>Lesson %1: %2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/LessonRow.qml" line="89"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="53"/>
        <source>Tek Pou Nou</source>
        <translation>Tek Pou Nou</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="39"/>
        <source>You are offline. Showing saved courses.</source>
        <translation>You are offline. Showing saved courses.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="11"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="13"/>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="15"/>
        <source>Lesson progress</source>
        <translation>Lesson progress</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="22"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="38"/>
        <source>Something in this change is not valid, so the server refused it.</source>
        <translation>Something in this change is not valid, so the server refused it.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="40"/>
        <source>This change is too large to send.</source>
        <translation>This change is too large to send.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="41"/>
        <source>The server refused this change (%1).</source>
        <translation>The server refused this change (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../qml/OutboxPage.qml" line="19"/>
        <source>Waiting changes</source>
        <translation>Waiting changes</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="51"/>
        <source>Changes you make on this device wait here until the server has them.</source>
        <translation>Changes you make on this device wait here until the server has them.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="61"/>
        <source>You are offline. These changes will be sent when the internet is back.</source>
        <translation>You are offline. These changes will be sent when the internet is back.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="114"/>
        <source>Everything is saved on the server.</source>
        <translation>Everything is saved on the server.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="130"/>
        <source>Discard this change?</source>
        <translation>Discard this change?</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="131"/>
        <source>The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.</source>
        <translation>The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="132"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <location filename="../qml/OutboxRow.qml" line="93"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/OutboxRow.qml" line="100"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/PasswordField.qml" line="27"/>
        <source>Hide</source>
        <comment>hide the password</comment>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="27"/>
        <source>Show</source>
        <comment>show the password</comment>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="31"/>
        <source>Hide the password</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="31"/>
        <source>Show the password</source>
        <translation>Show the password</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="5"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="7"/>
        <source>Your progress will appear here in a coming version.</source>
        <translation>Your progress will appear here in a coming version.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/SearchField.qml" line="49"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="42"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="60"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="65"/>
        <source>Choose the language of the app.</source>
        <translation>Choose the language of the app.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="86"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="92"/>
        <source>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</source>
        <translation>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="36"/>
        <location filename="../qml/SignInPage.qml" line="75"/>
        <location filename="../qml/SignInPage.qml" line="151"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="86"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="99"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="110"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="124"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="166"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="174"/>
        <source>No account yet? Try the app with a practice account that everyone shares.</source>
        <translation>No account yet? Try the app with a practice account that everyone shares.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="183"/>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="28"/>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="30"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="32"/>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncIndicator.qml" line="34"/>
        <source>%n refused</source>
        <comment>changes the server refused</comment>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncIndicator.qml" line="35"/>
        <source>%n waiting</source>
        <comment>changes not yet sent</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="43"/>
        <source>Shows the changes that are not on the server yet</source>
        <translation>Shows the changes that are not on the server yet</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../qml/SyncSection.qml" line="19"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="30"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="37"/>
        <source>See waiting changes</source>
        <translation>See waiting changes</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="57"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="60"/>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="62"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="64"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synced %n hour ago</numerusform>
            <numerusform>Synced %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="65"/>
        <source>Synced on %1</source>
        <translation>Synced on %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="70"/>
        <source>Syncing your changes…</source>
        <translation>Syncing your changes…</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="72"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="74"/>
        <source>Sync is not working right now</source>
        <translation>Sync is not working right now</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="76"/>
        <source>Everything is synced</source>
        <translation>Everything is synced</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="76"/>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="89"/>
        <source>Your changes are kept on this device and will be sent when the internet is back.</source>
        <translation>Your changes are kept on this device and will be sent when the internet is back.</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="91"/>
        <source>Your changes are kept on this device. The app will try again by itself.</source>
        <translation>Your changes are kept on this device. The app will try again by itself.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncStatusCard.qml" line="128"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncStatusCard.qml" line="137"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n change refused by the server</numerusform>
            <numerusform>%n changes refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/TasksScreen.qml" line="5"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="7"/>
        <source>Your tasks will appear here in a coming version.</source>
        <translation>Your tasks will appear here in a coming version.</translation>
    </message>
</context>
</TS>
