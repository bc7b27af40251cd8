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
    <name>JournalConflictPage</name>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="23"/>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="25"/>
        <source>Other version, saved %1</source>
        <translation>Other version, saved %1</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="61"/>
        <source>Choose a version</source>
        <translation>Choose a version</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="99"/>
        <source>This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.</source>
        <translation>This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="107"/>
        <source>This entry has only one version now: there is nothing to choose.</source>
        <translation>This entry has only one version now: there is nothing to choose.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="143"/>
        <source>(No text)</source>
        <translation>(No text)</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="152"/>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="163"/>
        <source>Or put them together</source>
        <translation>Or put them together</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="171"/>
        <source>Change the text below as you like, then save it. It replaces both versions.</source>
        <translation>Change the text below as you like, then save it. It replaces both versions.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="215"/>
        <source>Save this text</source>
        <translation>Save this text</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="37"/>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="75"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="75"/>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="129"/>
        <source>This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.</source>
        <translation>This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="137"/>
        <source>Choose a version</source>
        <translation>Choose a version</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="146"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="158"/>
        <source>YYYY-MM-DD</source>
        <extracomment>The form of a date the learner types: year, month, day.</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="167"/>
        <source>How did you feel?</source>
        <translation>How did you feel?</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="222"/>
        <source>Choose from 1 (very bad) to 5 (very good).</source>
        <translation>Choose from 1 (very bad) to 5 (very good).</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="230"/>
        <source>Your words</source>
        <translation>Your words</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="253"/>
        <source>Write about your day…</source>
        <translation>Write about your day…</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="270"/>
        <source>%1 / %2</source>
        <extracomment>How many characters of the most allowed the text has, e.g. &quot;120 / 20000&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="279"/>
        <source>Tags (optional)</source>
        <translation>Tags (optional)</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="290"/>
        <source>school, family</source>
        <translation>school, family</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="300"/>
        <source>Separate tags with commas.</source>
        <translation>Separate tags with commas.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="316"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="325"/>
        <source>Delete this entry</source>
        <translation>Delete this entry</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="341"/>
        <source>Delete this entry?</source>
        <translation>Delete this entry?</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="342"/>
        <source>The entry will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>The entry will be deleted on this device and on your other devices. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="343"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>JournalEntryRow</name>
    <message>
        <location filename="../qml/JournalEntryRow.qml" line="27"/>
        <source>Two versions — choose</source>
        <translation>Two versions — choose</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="69"/>
        <source>Write the date as year-month-day, for example %1.</source>
        <translation>Write the date as year-month-day, for example %1.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="73"/>
        <source>Choose how you felt, from 1 to 5.</source>
        <translation>Choose how you felt, from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="75"/>
        <source>This entry is too long: it can have at most %1 characters.</source>
        <translation>This entry is too long: it can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="80"/>
        <source>Use at most %1 tags.</source>
        <translation>Use at most %1 tags.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="83"/>
        <source>A tag can have at most %1 characters.</source>
        <translation>A tag can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="225"/>
        <location filename="../src/models/journallistmodel.cpp" line="249"/>
        <location filename="../src/models/journallistmodel.cpp" line="265"/>
        <location filename="../src/models/journallistmodel.cpp" line="295"/>
        <location filename="../src/models/journallistmodel.cpp" line="313"/>
        <source>Sign in to write in your journal.</source>
        <translation>Sign in to write in your journal.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="227"/>
        <source>This entry could not be saved on this device.</source>
        <translation>This entry could not be saved on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="249"/>
        <location filename="../src/models/journallistmodel.cpp" line="295"/>
        <location filename="../src/models/journallistmodel.cpp" line="313"/>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="267"/>
        <source>This entry could not be deleted on this device.</source>
        <translation>This entry could not be deleted on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="298"/>
        <source>This entry has changed since. Open it again to choose.</source>
        <translation>This entry has changed since. Open it again to choose.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="322"/>
        <source>Very bad</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="324"/>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="326"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="328"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="330"/>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../qml/JournalScreen.qml" line="26"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="51"/>
        <source>Sign in to keep a journal of your days. It is saved on this device and on your account.</source>
        <translation>Sign in to keep a journal of your days. It is saved on this device and on your account.</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="98"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="148"/>
        <source>Your journal is empty. Write a few words about your day: how it went and how you felt.</source>
        <translation>Your journal is empty. Write a few words about your day: how it went and how you felt.</translation>
    </message>
</context>
<context>
    <name>LeaveEditorDialog</name>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="7"/>
        <source>Leave without saving?</source>
        <translation>Leave without saving?</translation>
    </message>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="8"/>
        <source>Your changes on this page are not saved yet. If you leave now, they are lost.</source>
        <translation>Your changes on this page are not saved yet. If you leave now, they are lost.</translation>
    </message>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="9"/>
        <source>Leave without saving</source>
        <translation>Leave without saving</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="70"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>You are offline. Showing what is saved on this device.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="89"/>
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="110"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="117"/>
        <source>This lesson is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>This lesson is not saved on this device yet. Connect to the internet and try again.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="152"/>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="173"/>
        <source>Done</source>
        <comment>the learner has finished this lesson</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="183"/>
        <source>Sign in to save your progress in this lesson.</source>
        <translation>Sign in to save your progress in this lesson.</translation>
    </message>
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/LessonRow.qml" line="43"/>
        <source>Lesson %1: %2, done</source>
        <translation>Lesson %1: %2, done</translation>
    </message>
    <message>
        <location filename="../qml/LessonRow.qml" line="44"/>
        <source>Lesson %1: %2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/LessonRow.qml" line="112"/>
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
        <location filename="../src/models/outboxmodel.cpp" line="13"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="15"/>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="17"/>
        <source>Lesson progress</source>
        <translation>Lesson progress</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="24"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="40"/>
        <source>Something in this change is not valid, so the server refused it.</source>
        <translation>Something in this change is not valid, so the server refused it.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="42"/>
        <source>This change is too large to send.</source>
        <translation>This change is too large to send.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="43"/>
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
    <name>ProgressChart</name>
    <message numerus="yes">
        <location filename="../qml/ProgressChart.qml" line="24"/>
        <source>%n lesson(s) completed in the last 14 days, %1 today</source>
        <translation>
            <numerusform>%n lesson completed in the last 14 days, %1 today</numerusform>
            <numerusform>%n lessons completed in the last 14 days, %1 today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ProgressChart.qml" line="131"/>
        <source>Day of the month (last 14 days; today on the right)</source>
        <translation>Day of the month (last 14 days; today on the right)</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="23"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="24"/>
        <source>%1 h %2 min</source>
        <comment>duration in hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="28"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="45"/>
        <source>Sign in to keep track of the lessons you finish, on all your devices.</source>
        <translation>Sign in to keep track of the lessons you finish, on all your devices.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="92"/>
        <source>Open a lesson to start</source>
        <translation>Open a lesson to start</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="102"/>
        <source>The lessons you read and finish will show here.</source>
        <translation>The lessons you read and finish will show here.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="117"/>
        <location filename="../qml/ProgressScreen.qml" line="169"/>
        <source>Lessons completed</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="119"/>
        <source>Courses started</source>
        <translation>Courses started</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="121"/>
        <source>Time spent learning</source>
        <translation>Time spent learning</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="194"/>
        <source>Your courses</source>
        <translation>Your courses</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ProgressScreen.qml" line="213"/>
        <source>%1 of %n lesson(s)</source>
        <translation>
            <numerusform>%1 of %n lesson</numerusform>
            <numerusform>%1 of %n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ProgressScreen.qml" line="214"/>
        <source>%n lesson(s) done</source>
        <translation>
            <numerusform>%n lesson done</numerusform>
            <numerusform>%n lessons done</numerusform>
        </translation>
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
    <name>SignInPrompt</name>
    <message>
        <location filename="../qml/SignInPrompt.qml" line="42"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
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
        <location filename="../qml/SyncSection.qml" line="18"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="29"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="36"/>
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
    <name>TaskEditorPage</name>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="99"/>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="99"/>
        <source>Change the task</source>
        <translation>Change the task</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="167"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="177"/>
        <source>What do you want to do?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="190"/>
        <source>Notes (optional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="228"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="241"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="248"/>
        <source>Year-month-day, for example %1. Leave it empty if there is no date.</source>
        <translation>Year-month-day, for example %1. Leave it empty if there is no date.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="260"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="277"/>
        <source>Add the task</source>
        <translation>Add the task</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="277"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="286"/>
        <source>Delete the task</source>
        <translation>Delete the task</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="299"/>
        <source>Replaced by another device</source>
        <translation>Replaced by another device</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="304"/>
        <source>This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.</source>
        <translation>This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="355"/>
        <source>Replaced on %1</source>
        <translation>Replaced on %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="377"/>
        <source>Delete this task?</source>
        <translation>Delete this task?</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="378"/>
        <source>The task will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>The task will be deleted on this device and on your other devices. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="379"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="248"/>
        <source>Give the task a title.</source>
        <translation>Give the task a title.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="250"/>
        <source>The title is too long: it can have at most %1 characters.</source>
        <translation>The title is too long: it can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="252"/>
        <source>The title must fit on one line.</source>
        <translation>The title must fit on one line.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="257"/>
        <source>The notes are too long: they can have at most %1 characters.</source>
        <translation>The notes are too long: they can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="260"/>
        <source>Choose a status: to do, in progress or done.</source>
        <translation>Choose a status: to do, in progress or done.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="262"/>
        <source>Choose a priority: low, medium or high.</source>
        <translation>Choose a priority: low, medium or high.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="265"/>
        <source>Write the due date as YYYY-MM-DD, for example %1.</source>
        <translation>Write the due date as YYYY-MM-DD, for example %1.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="272"/>
        <source>This course cannot be linked to a task.</source>
        <translation>This course cannot be linked to a task.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="279"/>
        <location filename="../src/models/tasklistmodel.cpp" line="310"/>
        <location filename="../src/models/tasklistmodel.cpp" line="343"/>
        <source>Sign in to save tasks.</source>
        <translation>Sign in to save tasks.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="300"/>
        <location filename="../src/models/tasklistmodel.cpp" line="330"/>
        <source>The task could not be saved on this device.</source>
        <translation>The task could not be saved on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="313"/>
        <location filename="../src/models/tasklistmodel.cpp" line="345"/>
        <source>This task no longer exists. It may have been deleted on another device.</source>
        <translation>This task no longer exists. It may have been deleted on another device.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="349"/>
        <source>The task could not be deleted on this device.</source>
        <translation>The task could not be deleted on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="415"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="417"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="419"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="425"/>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="427"/>
        <source>Medium</source>
        <comment>priority</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="429"/>
        <source>High</source>
        <comment>priority</comment>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="435"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="437"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="439"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="441"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="443"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="445"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="456"/>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="458"/>
        <source>No course</source>
        <translation>No course</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="460"/>
        <source>No notes</source>
        <translation>No notes</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../qml/TaskRow.qml" line="44"/>
        <source>Mark as not done: %1</source>
        <translation>Mark as not done: %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="45"/>
        <source>Mark as done: %1</source>
        <translation>Mark as done: %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="79"/>
        <source>Late: due %1</source>
        <translation>Late: due %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="79"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="116"/>
        <source>Changed on another device</source>
        <translation>Changed on another device</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/TasksScreen.qml" line="21"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="45"/>
        <source>Sign in to keep a list of what you want to do, on this device and on your other devices.</source>
        <translation>Sign in to keep a list of what you want to do, on this device and on your other devices.</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="109"/>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="152"/>
        <source>No tasks yet. Tap “Add a task” to write down something you want to do.</source>
        <translation>No tasks yet. Tap “Add a task” to write down something you want to do.</translation>
    </message>
</context>
</TS>
