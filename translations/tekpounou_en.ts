<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="44"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="74"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="84"/>
        <location filename="../qml/settings/AccountDetails.qml" line="163"/>
        <source>Export my data</source>
        <translation>Export my data</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="106"/>
        <location filename="../qml/settings/AccountDetails.qml" line="137"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="116"/>
        <source>Sign out and erase this device&apos;s data</source>
        <translation>Sign out and erase this device&apos;s data</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="127"/>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="135"/>
        <source>Sign out with changes not yet sent?</source>
        <translation>Sign out with changes not yet sent?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/AccountDetails.qml" line="136"/>
        <source>%n change(s) you made have not reached the server yet. They will wait on this device and be sent the next time you sign in here.</source>
        <translation>
            <numerusform>%n change you made has not reached the server yet. It will wait on this device and be sent the next time you sign in here.</numerusform>
            <numerusform>%n changes you made have not reached the server yet. They will wait on this device and be sent the next time you sign in here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="145"/>
        <source>Sign out and erase this device&apos;s data?</source>
        <translation>Sign out and erase this device&apos;s data?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/AccountDetails.qml" line="147"/>
        <source>%n change(s) you made have not reached the server yet and will be lost. This also removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>
            <numerusform>%n change you made has not reached the server yet and will be lost. This also removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</numerusform>
            <numerusform>%n changes you made have not reached the server yet and will be lost. This also removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="148"/>
        <source>This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="149"/>
        <source>Sign out and erase</source>
        <translation>Sign out and erase</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="166"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="21"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="36"/>
        <source>You are using the app without an account: your tasks, journal and progress stay on this device only. Sign in or create an account to keep them on the server too.</source>
        <translation>You are using the app without an account: your tasks, journal and progress stay on this device only. Sign in or create an account to keep them on the server too.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="46"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="66"/>
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
        <location filename="../src/auth/authcalls.cpp" line="152"/>
        <location filename="../src/auth/authcalls.cpp" line="163"/>
        <source>The demo account is shared with everyone, so it cannot be deleted.</source>
        <translation>The demo account is shared with everyone, so it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="166"/>
        <source>You are offline. Deleting your account needs a connection.</source>
        <translation>You are offline. Deleting your account needs a connection.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="167"/>
        <source>Your account could not be deleted. Try again later.</source>
        <translation>Your account could not be deleted. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="171"/>
        <source>Your account and this device&apos;s copy of your data were deleted.</source>
        <translation>Your account and this device&apos;s copy of your data were deleted.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="18"/>
        <source>This email address is too long.</source>
        <translation>This email address is too long.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="20"/>
        <source>Enter an email address like name@example.com.</source>
        <translation>Enter an email address like name@example.com.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="22"/>
        <source>Choose a password of at least %n character(s).</source>
        <translation>
            <numerusform>Choose a password of at least %n character.</numerusform>
            <numerusform>Choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="25"/>
        <source>Choose a password of at most %n character(s).</source>
        <translation>
            <numerusform>Choose a password of at most %n character.</numerusform>
            <numerusform>Choose a password of at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="28"/>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="30"/>
        <source>Your name can have at most %n character(s).</source>
        <translation>
            <numerusform>Your name can have at most %n character.</numerusform>
            <numerusform>Your name can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="33"/>
        <source>Write your name on one line.</source>
        <translation>Write your name on one line.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="35"/>
        <source>Choose Kreyòl, French or English.</source>
        <translation>Choose Kreyòl, French or English.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="54"/>
        <source>That email and password do not match. Check them and try again.</source>
        <translation>That email and password do not match. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="56"/>
        <source>An account with this email already exists. Sign in instead, or ask your teacher for a reset code if you forgot the password.</source>
        <translation>An account with this email already exists. Sign in instead, or ask your teacher for a reset code if you forgot the password.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="59"/>
        <source>That code does not match this email. Check both and try again.</source>
        <translation>That code does not match this email. Check both and try again.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="61"/>
        <source>This code was already used or has expired. Ask your teacher for a new one.</source>
        <translation>This code was already used or has expired. Ask your teacher for a new one.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="63"/>
        <source>The demo account is shared with everyone, so its password cannot be changed.</source>
        <translation>The demo account is shared with everyone, so its password cannot be changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="67"/>
        <source>Too many wrong codes. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong codes. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong codes. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="68"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="73"/>
        <source>You are offline. Signing in needs a connection the first time.</source>
        <translation>You are offline. Signing in needs a connection the first time.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="75"/>
        <source>You are offline. Creating an account needs a connection.</source>
        <translation>You are offline. Creating an account needs a connection.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="77"/>
        <source>You are offline. Setting a new password needs a connection.</source>
        <translation>You are offline. Setting a new password needs a connection.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="81"/>
        <source>The server&apos;s identity could not be verified. Check the date and time on this device.</source>
        <translation>The server&apos;s identity could not be verified. Check the date and time on this device.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="84"/>
        <location filename="../src/auth/authservice.cpp" line="91"/>
        <source>Enter your email address and your password.</source>
        <translation>Enter your email address and your password.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="85"/>
        <source>Signing in did not work. Try again later.</source>
        <translation>Signing in did not work. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="87"/>
        <source>The server did not accept these details. Check your name, email and password.</source>
        <translation>The server did not accept these details. Check your name, email and password.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="89"/>
        <source>Your account could not be created. Try again later.</source>
        <translation>Your account could not be created. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="91"/>
        <source>Check your email, the code and the new password.</source>
        <translation>Check your email, the code and the new password.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="92"/>
        <source>Your password could not be changed. Try again later.</source>
        <translation>Your password could not be changed. Try again later.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="145"/>
        <source>A reset code has %n letters and digits, like K7QM-3XPA-9R.</source>
        <translation>
            <numerusform>A reset code has %n letters and digits, like K7QM-3XPA-9R.</numerusform>
            <numerusform>A reset code has %n letters and digits, like K7QM-3XPA-9R.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="189"/>
        <source>This server has no demo account. Check your connection, or sign in with your own account.</source>
        <translation>This server has no demo account. Check your connection, or sign in with your own account.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="78"/>
        <source>This device has no keychain to keep you signed in. Sign in again each time you open the app.</source>
        <translation>This device has no keychain to keep you signed in. Sign in again each time you open the app.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="113"/>
        <source>This device has no keychain to keep you signed in. You will need to sign in again next time you open the app.</source>
        <translation>This device has no keychain to keep you signed in. You will need to sign in again next time you open the app.</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <location filename="../qml/components/BackButton.qml" line="14"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="56"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="63"/>
        <source>Download all</source>
        <translation>Download all</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="67"/>
        <source>Download all courses in my language</source>
        <translation>Download all courses in my language</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="75"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="91"/>
        <source>Search courses</source>
        <translation>Search courses</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="173"/>
        <source>No courses match your search.</source>
        <translation>No courses match your search.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="174"/>
        <source>No saved courses yet. Connect to the internet, then tap Refresh.</source>
        <translation>No saved courses yet. Connect to the internet, then tap Refresh.</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <location filename="../qml/courses/CategoryFilter.qml" line="35"/>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>ChangeStateChip</name>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="24"/>
        <source>Refused</source>
        <comment>a change the server did not accept</comment>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="25"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="26"/>
        <source>Waiting</source>
        <comment>a change not yet sent to the server</comment>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/components/ConfirmDialog.qml" line="72"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <location filename="../qml/courses/CourseCard.qml" line="110"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="115"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="122"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="123"/>
        <source>Update available</source>
        <translation>Update available</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="124"/>
        <source>Downloading %1 %</source>
        <translation>Downloading %1 %</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="125"/>
        <source>Download paused</source>
        <translation>Download paused</translation>
    </message>
</context>
<context>
    <name>CourseDetailPage</name>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="58"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>You are offline. Showing what is saved on this device.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="90"/>
        <source>This course is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>This course is not saved on this device yet. Connect to the internet and try again.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="111"/>
        <source>The lessons of this course are not saved on this device yet. Connect to the internet to see them.</source>
        <translation>The lessons of this course are not saved on this device yet. Connect to the internet to see them.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="120"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>CourseDownloadPanel</name>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="41"/>
        <source>Not downloaded: this course needs the internet.</source>
        <translation>Not downloaded: this course needs the internet.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="63"/>
        <source>Download the update</source>
        <translation>Download the update</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="63"/>
        <source>Download for offline</source>
        <translation>Download for offline</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="69"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="76"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="76"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="82"/>
        <source>Cancel download</source>
        <translation>Cancel download</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="88"/>
        <source>Remove download</source>
        <translation>Remove download</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message numerus="yes">
        <location filename="../qml/courses/CourseHeader.qml" line="80"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseHeader.qml" line="86"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>DataUseSection</name>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="20"/>
        <source>Data use</source>
        <translation>Data use</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="26"/>
        <source>Download on Wi-Fi only</source>
        <translation>Download on Wi-Fi only</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="34"/>
        <location filename="../qml/settings/DataUseSection.qml" line="45"/>
        <source>Monthly data budget for downloads</source>
        <translation>Monthly data budget for downloads</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="42"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="11"/>
        <source>DELETE</source>
        <comment>typed by the learner to confirm deleting their account: one short word in capitals, easy to type on a phone</comment>
        <translation>DELETE</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="14"/>
        <source>Delete your account?</source>
        <translation>Delete your account?</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="15"/>
        <source>Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device&apos;s copy will be erased. This cannot be undone.</source>
        <translation>Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device&apos;s copy will be erased. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="16"/>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="25"/>
        <source>To confirm, type %1 below.</source>
        <translation>To confirm, type %1 below.</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../qml/Destinations.qml" line="18"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="20"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="22"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="24"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="26"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>DownloadCenter</name>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="89"/>
        <source>Downloaded this month: %1</source>
        <translation>Downloaded this month: %1</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="90"/>
        <source>Downloaded this month: %1 of %2</source>
        <translation>Downloaded this month: %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="140"/>
        <source>The server sent a course that is not signed correctly. Nothing was downloaded.</source>
        <translation>The server sent a course that is not signed correctly. Nothing was downloaded.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="172"/>
        <source>Every course in this language is already on this device.</source>
        <translation>Every course in this language is already on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="179"/>
        <source>Not enough space on this device: %1 needed, %2 free.</source>
        <translation>Not enough space on this device: %1 needed, %2 free.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="186"/>
        <source>You are on a metered connection, which may cost money. Download %1 anyway?</source>
        <translation>You are on a metered connection, which may cost money. Download %1 anyway?</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="189"/>
        <source>This goes past your monthly data budget (%1). Download %2 anyway?</source>
        <translation>This goes past your monthly data budget (%1). Download %2 anyway?</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="192"/>
        <source>You asked for Wi-Fi only: the download will start on Wi-Fi.</source>
        <translation>You asked for Wi-Fi only: the download will start on Wi-Fi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/downloadcenter.cpp" line="201"/>
        <source>%n course(s), already on this device: nothing to download.</source>
        <translation>
            <numerusform>%n course, already on this device: nothing to download.</numerusform>
            <numerusform>%n courses, already on this device: nothing to download.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/downloadcenter.cpp" line="202"/>
        <source>%n course(s): %1 to download.</source>
        <translation>
            <numerusform>%n course: %1 to download.</numerusform>
            <numerusform>%n courses: %1 to download.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadPlanDialog</name>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="21"/>
        <source>Download for offline</source>
        <translation>Download for offline</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="44"/>
        <source>Working out the size…</source>
        <translation>Working out the size…</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="76"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="81"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="81"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../qml/components/ErrorLine.qml" line="30"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/models/errortext.cpp" line="44"/>
        <source>The server&apos;s identity could not be verified, so nothing was loaded. Check that the date and time on this device are right.</source>
        <translation>The server&apos;s identity could not be verified, so nothing was loaded. Check that the date and time on this device are right.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="48"/>
        <source>This content is no longer available.</source>
        <translation>This content is no longer available.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="31"/>
        <source>The server could not answer this request.</source>
        <translation>The server could not answer this request.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="13"/>
        <source>This search is too long. Use at most %1 characters.</source>
        <translation>This search is too long. Use at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="16"/>
        <source>This search has characters the server cannot read. Change it and search again.</source>
        <translation>This search has characters the server cannot read. Change it and search again.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="19"/>
        <source>Too many tries in a short time. Wait a moment, then try again.</source>
        <translation>Too many tries in a short time. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="22"/>
        <source>This is more than the server takes at once.</source>
        <translation>This is more than the server takes at once.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="24"/>
        <source>The connection was too slow for the server. Try again.</source>
        <translation>The connection was too slow for the server. Try again.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="28"/>
        <source>The server does not understand this version of the app. Update the app, then try again.</source>
        <translation>The server does not understand this version of the app. Update the app, then try again.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="53"/>
        <source>The server is busy. Try again in a few seconds.</source>
        <translation>The server is busy. Try again in a few seconds.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="55"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>The server has a problem right now. Try again later.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="59"/>
        <source>The server sent something the app could not read. Saved content is still available.</source>
        <translation>The server sent something the app could not read. Saved content is still available.</translation>
    </message>
</context>
<context>
    <name>GuestAdoption</name>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="62"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="64"/>
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="66"/>
        <source>progress in %n lesson(s)</source>
        <translation>
            <numerusform>progress in %n lesson</numerusform>
            <numerusform>progress in %n lessons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="71"/>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list, e.g. &quot;2 tasks, 1 journal entry&quot; + &quot;progress in 3 lessons&quot;.</extracomment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="71"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="100"/>
        <source>You were signed out before everything was brought in. The rest is still on this device.</source>
        <translation>You were signed out before everything was brought in. The rest is still on this device.</translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="112"/>
        <source>Some of what you did before signing in could not be brought in. It is still on this device; try again.</source>
        <translation>Some of what you did before signing in could not be brought in. It is still on this device; try again.</translation>
    </message>
</context>
<context>
    <name>GuestDataDialog</name>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="21"/>
        <source>Keep what you did before signing in?</source>
        <translation>Keep what you did before signing in?</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="51"/>
        <source>On this device, before you signed in: %1. Bring it into your account, so it is kept on the server and on your other devices too?</source>
        <extracomment>%1 lists what is on the device, e.g. &quot;3 tasks, 1 journal entry and progress in 2 lessons&quot;.</extracomment>
        <translation>On this device, before you signed in: %1. Bring it into your account, so it is kept on the server and on your other devices too?</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="82"/>
        <source>Bring it in</source>
        <translation>Bring it in</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="89"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>JournalConflictPage</name>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="24"/>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="26"/>
        <source>Other version, saved %1</source>
        <translation>Other version, saved %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="62"/>
        <source>Choose a version</source>
        <translation>Choose a version</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="85"/>
        <source>This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.</source>
        <translation>This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="93"/>
        <source>This entry has only one version now: there is nothing to choose.</source>
        <translation>This entry has only one version now: there is nothing to choose.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="129"/>
        <source>(No text)</source>
        <translation>(No text)</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="138"/>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="149"/>
        <source>Or put them together</source>
        <translation>Or put them together</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="157"/>
        <source>Change the text below as you like, then save it. It replaces both versions.</source>
        <translation>Change the text below as you like, then save it. It replaces both versions.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="187"/>
        <source>Save this text</source>
        <translation>Save this text</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="35"/>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="65"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="65"/>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="98"/>
        <source>This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.</source>
        <translation>This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="106"/>
        <source>Choose a version</source>
        <translation>Choose a version</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="115"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="127"/>
        <source>YYYY-MM-DD</source>
        <extracomment>The form of a date the learner types: year, month, day.</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="136"/>
        <source>How did you feel?</source>
        <translation>How did you feel?</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="191"/>
        <source>Choose from 1 (very bad) to 5 (very good).</source>
        <translation>Choose from 1 (very bad) to 5 (very good).</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="199"/>
        <source>Your words</source>
        <translation>Your words</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="214"/>
        <source>Write about your day…</source>
        <translation>Write about your day…</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="224"/>
        <source>%1 / %2</source>
        <extracomment>How many characters of the most allowed the text has, e.g. &quot;120 / 20000&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="233"/>
        <source>Tags (optional)</source>
        <translation>Tags (optional)</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="244"/>
        <source>school, family</source>
        <translation>school, family</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="254"/>
        <source>Separate tags with commas.</source>
        <translation>Separate tags with commas.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="270"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="279"/>
        <source>Delete this entry</source>
        <translation>Delete this entry</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="288"/>
        <source>Delete this entry?</source>
        <translation>Delete this entry?</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="289"/>
        <source>The entry will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>The entry will be deleted on this device and on your other devices. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="290"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>JournalEntryRow</name>
    <message>
        <location filename="../qml/journal/JournalEntryRow.qml" line="28"/>
        <source>Two versions — choose</source>
        <translation>Two versions — choose</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../src/models/journaltext.cpp" line="28"/>
        <source>Write the date as year-month-day, for example %1.</source>
        <translation>Write the date as year-month-day, for example %1.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="32"/>
        <source>Choose how you felt, from 1 to 5.</source>
        <translation>Choose how you felt, from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="34"/>
        <source>This entry is too long: it can have at most %1 characters.</source>
        <translation>This entry is too long: it can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="36"/>
        <source>Use at most %1 tags.</source>
        <translation>Use at most %1 tags.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="38"/>
        <source>A tag can have at most %1 characters.</source>
        <translation>A tag can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="157"/>
        <location filename="../src/models/journallistmodel.cpp" line="186"/>
        <location filename="../src/models/journallistmodel.cpp" line="201"/>
        <location filename="../src/models/journallistmodel.cpp" line="231"/>
        <location filename="../src/models/journallistmodel.cpp" line="248"/>
        <source>Sign in to write in your journal.</source>
        <translation>Sign in to write in your journal.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="159"/>
        <location filename="../src/models/journaltext.cpp" line="40"/>
        <source>This entry could not be saved on this device.</source>
        <translation>This entry could not be saved on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="186"/>
        <location filename="../src/models/journallistmodel.cpp" line="231"/>
        <location filename="../src/models/journallistmodel.cpp" line="248"/>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="203"/>
        <source>This entry could not be deleted on this device.</source>
        <translation>This entry could not be deleted on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="234"/>
        <source>This entry has changed since. Open it again to choose.</source>
        <translation>This entry has changed since. Open it again to choose.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="12"/>
        <source>Very bad</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="14"/>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="16"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="18"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="20"/>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="29"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="54"/>
        <source>Sign in to keep a journal of your days. It is saved on this device and on your account.</source>
        <translation>Sign in to keep a journal of your days. It is saved on this device and on your account.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="99"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="111"/>
        <source>This device has no safe place for your journal&apos;s key, so your entries are kept only until the app closes. Sign in to keep them on your account.</source>
        <translation>This device has no safe place for your journal&apos;s key, so your entries are kept only until the app closes. Sign in to keep them on your account.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="163"/>
        <source>Your journal is empty. Write a few words about your day: how it went and how you felt.</source>
        <translation>Your journal is empty. Write a few words about your day: how it went and how you felt.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <location filename="../src/models/languagenote.cpp" line="10"/>
        <source>Kreyòl</source>
        <comment>Haitian Creole, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>Kreyòl</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="13"/>
        <source>French</source>
        <comment>the language, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="16"/>
        <source>English</source>
        <comment>the language, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="31"/>
        <source>Not saved in %1 on this device: shown in %2.</source>
        <translation>Not saved in %1 on this device: shown in %2.</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="38"/>
        <source>Shown in %1</source>
        <comment>a course card, offline</comment>
        <translation>Shown in %1</translation>
    </message>
</context>
<context>
    <name>LeaveEditorDialog</name>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="8"/>
        <source>Leave without saving?</source>
        <translation>Leave without saving?</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="9"/>
        <source>Your changes on this page are not saved yet. If you leave now, they are lost.</source>
        <translation>Your changes on this page are not saved yet. If you leave now, they are lost.</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="10"/>
        <source>Leave without saving</source>
        <translation>Leave without saving</translation>
    </message>
</context>
<context>
    <name>LessonImage</name>
    <message>
        <location filename="../qml/courses/LessonImage.qml" line="92"/>
        <source>Loading the picture…</source>
        <translation>Loading the picture…</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonImage.qml" line="93"/>
        <source>The picture is not available on this device yet.</source>
        <translation>The picture is not available on this device yet.</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="60"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>You are offline. Showing what is saved on this device.</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="85"/>
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="106"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="113"/>
        <source>This lesson is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>This lesson is not saved on this device yet. Connect to the internet and try again.</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="144"/>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="165"/>
        <source>Done</source>
        <comment>the learner has finished this lesson</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="175"/>
        <source>Sign in to save your progress in this lesson.</source>
        <translation>Sign in to save your progress in this lesson.</translation>
    </message>
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/courses/LessonRow.qml" line="44"/>
        <source>Lesson %1: %2, done</source>
        <translation>Lesson %1: %2, done</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonRow.qml" line="45"/>
        <source>Lesson %1: %2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonRow.qml" line="113"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>LessonTextBlock</name>
    <message>
        <location filename="../qml/courses/LessonTextBlock.qml" line="28"/>
        <source>%1.</source>
        <comment>the number before an item of a numbered list</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="71"/>
        <source>Tek Pou Nou</source>
        <translation>Tek Pou Nou</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/components/OfflineBanner.qml" line="40"/>
        <source>You are offline. Showing saved courses.</source>
        <translation>You are offline. Showing saved courses.</translation>
    </message>
</context>
<context>
    <name>OfflineCourse</name>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="36"/>
        <source>Available offline (%1). A newer version is on the server.</source>
        <translation>Available offline (%1). A newer version is on the server.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="37"/>
        <source>Available offline (%1)</source>
        <translation>Available offline (%1)</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="41"/>
        <source>Waiting for the network: %1 % done</source>
        <translation>Waiting for the network: %1 % done</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="42"/>
        <source>Downloading: %1 % (%2 of %3, %4 of %5 files)</source>
        <translation>Downloading: %1 % (%2 of %3, %4 of %5 files)</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="50"/>
        <source>Paused at %1 %</source>
        <translation>Paused at %1 %</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="32"/>
        <source>Waiting for Wi-Fi.</source>
        <translation>Waiting for Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="34"/>
        <source>Paused: this month&apos;s data budget is reached.</source>
        <translation>Paused: this month&apos;s data budget is reached.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="36"/>
        <source>Paused: the device is out of space.</source>
        <translation>Paused: the device is out of space.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="38"/>
        <source>Stopped: the server sent damaged files.</source>
        <translation>Stopped: the server sent damaged files.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="40"/>
        <source>Stopped: the server no longer has this course.</source>
        <translation>Stopped: the server no longer has this course.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="42"/>
        <source>Stopped: the downloaded course could not be read.</source>
        <translation>Stopped: the downloaded course could not be read.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="45"/>
        <source>Stopped: the server could not send the files.</source>
        <translation>Stopped: the server could not send the files.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="55"/>
        <source>The description of “%1”</source>
        <translation>The description of “%1”</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="57"/>
        <source>Lesson %1 of “%2”</source>
        <translation>Lesson %1 of “%2”</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="61"/>
        <source>A picture of “%1”</source>
        <translation>A picture of “%1”</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="66"/>
        <source>“%1” was changed after it was signed, or was not signed by Tek Pou Nou: it was left out.</source>
        <translation>“%1” was changed after it was signed, or was not signed by Tek Pou Nou: it was left out.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="71"/>
        <source>“%1” is not in a form this app can read: it was left out.</source>
        <translation>“%1” is not in a form this app can read: it was left out.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="75"/>
        <source>%1 is missing from the pack: the course was left out.</source>
        <translation>%1 is missing from the pack: the course was left out.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="79"/>
        <source>%1 does not match what was signed: the course was left out.</source>
        <translation>%1 does not match what was signed: the course was left out.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="83"/>
        <source>There is no room on this device for “%1”.</source>
        <translation>There is no room on this device for “%1”.</translation>
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
        <location filename="../qml/settings/OutboxPage.qml" line="20"/>
        <source>Waiting changes</source>
        <translation>Waiting changes</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="52"/>
        <source>Changes you make on this device wait here until the server has them.</source>
        <translation>Changes you make on this device wait here until the server has them.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="62"/>
        <source>You are offline. These changes will be sent when the internet is back.</source>
        <translation>You are offline. These changes will be sent when the internet is back.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="119"/>
        <source>Everything is saved on the server.</source>
        <translation>Everything is saved on the server.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="135"/>
        <source>Discard this change?</source>
        <translation>Discard this change?</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="136"/>
        <source>The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.</source>
        <translation>The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="137"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <location filename="../qml/settings/OutboxRow.qml" line="94"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxRow.qml" line="101"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>PackSection</name>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="22"/>
        <source>Share courses without internet</source>
        <translation>Share courses without internet</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="27"/>
        <source>Save your downloaded courses on a USB stick or a memory card, or add courses from one. A course that was changed by anyone is refused.</source>
        <translation>Save your downloaded courses on a USB stick or a memory card, or add courses from one. A course that was changed by anyone is refused.</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="34"/>
        <location filename="../qml/settings/PackSection.qml" line="66"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="73"/>
        <source>Save downloaded courses here</source>
        <translation>Save downloaded courses here</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="81"/>
        <source>Add courses from this folder</source>
        <translation>Add courses from this folder</translation>
    </message>
</context>
<context>
    <name>PackTransfer</name>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="85"/>
        <source>There is no downloaded course to save yet.</source>
        <translation>There is no downloaded course to save yet.</translation>
    </message>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="104"/>
        <source>The pack could not be saved there. Nothing was written.</source>
        <translation>The pack could not be saved there. Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/packtransfer.cpp" line="106"/>
        <source>Saved %n course(s) in the folder “%1”.</source>
        <translation>
            <numerusform>Saved %n course in the folder “%1”.</numerusform>
            <numerusform>Saved %n courses in the folder “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="134"/>
        <source>This folder holds no Tek Pou Nou pack.</source>
        <translation>This folder holds no Tek Pou Nou pack.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/packtransfer.cpp" line="145"/>
        <source>%n course(s) added from the pack.</source>
        <translation>
            <numerusform>%n course added from the pack.</numerusform>
            <numerusform>%n courses added from the pack.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="157"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="28"/>
        <source>Hide</source>
        <comment>hide the password</comment>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="28"/>
        <source>Show</source>
        <comment>show the password</comment>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="32"/>
        <source>Hide the password</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="32"/>
        <source>Show the password</source>
        <translation>Show the password</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressChart.qml" line="25"/>
        <source>%n lesson(s) completed in the last 14 days, %1 today</source>
        <translation>
            <numerusform>%n lesson completed in the last 14 days, %1 today</numerusform>
            <numerusform>%n lessons completed in the last 14 days, %1 today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressChart.qml" line="132"/>
        <source>Day of the month (last 14 days; today on the right)</source>
        <translation>Day of the month (last 14 days; today on the right)</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="22"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="23"/>
        <source>%1 h %2 min</source>
        <comment>duration in hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="27"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="53"/>
        <source>Sign in to keep track of the lessons you finish, on all your devices.</source>
        <translation>Sign in to keep track of the lessons you finish, on all your devices.</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="88"/>
        <source>Open a lesson to start</source>
        <translation>Open a lesson to start</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="98"/>
        <source>The lessons you read and finish will show here.</source>
        <translation>The lessons you read and finish will show here.</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="113"/>
        <location filename="../qml/progress/ProgressScreen.qml" line="166"/>
        <source>Lessons completed</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="115"/>
        <source>Courses started</source>
        <translation>Courses started</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="117"/>
        <source>Time spent learning</source>
        <translation>Time spent learning</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="191"/>
        <source>Your courses</source>
        <translation>Your courses</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressScreen.qml" line="210"/>
        <source>%1 of %n lesson(s)</source>
        <translation>
            <numerusform>%1 of %n lesson</numerusform>
            <numerusform>%1 of %n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressScreen.qml" line="211"/>
        <source>%n lesson(s) done</source>
        <translation>
            <numerusform>%n lesson done</numerusform>
            <numerusform>%n lessons done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="19"/>
        <source>Crash report</source>
        <translation>Crash report</translation>
    </message>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="21"/>
        <source>Error report</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="22"/>
        <source>Timings</source>
        <translation>Timings</translation>
    </message>
</context>
<context>
    <name>ReportsConsentDialog</name>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="20"/>
        <source>Help us improve Tek Pou Nou</source>
        <translation>Help us improve Tek Pou Nou</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="42"/>
        <source>When the app crashes, or to see what is slow, it can send us a report. A report never contains your name, your password or what you write. Reports wait on this device until there is internet.</source>
        <translation>When the app crashes, or to see what is slow, it can send us a report. A report never contains your name, your password or what you write. Reports wait on this device until there is internet.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="53"/>
        <source>Send crash reports</source>
        <translation>Send crash reports</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="63"/>
        <source>Send timings</source>
        <translation>Send timings</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="70"/>
        <source>You can change this at any time in Settings.</source>
        <translation>You can change this at any time in Settings.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="79"/>
        <source>Save my choice</source>
        <translation>Save my choice</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="18"/>
        <source>Crash reports and timings</source>
        <translation>Crash reports and timings</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="23"/>
        <source>They help us fix problems and make the app faster. They never contain your name, your password or what you write.</source>
        <translation>They help us fix problems and make the app faster. They never contain your name, your password or what you write.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="31"/>
        <source>Send crash reports</source>
        <translation>Send crash reports</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="40"/>
        <source>Send timings</source>
        <translation>Send timings</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="49"/>
        <source>Also send them on mobile data</source>
        <translation>Also send them on mobile data</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="59"/>
        <source>What was sent</source>
        <translation>What was sent</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="31"/>
        <source>I have a reset code</source>
        <translation>I have a reset code</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="57"/>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="62"/>
        <source>Forgot your password? Ask your teacher for a reset code. It works once, for one day.</source>
        <translation>Forgot your password? Ask your teacher for a reset code. It works once, for one day.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="71"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="73"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="82"/>
        <source>Reset code</source>
        <translation>Reset code</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="84"/>
        <source>e.g. K7QM-3XPA-9R</source>
        <extracomment>An example of the code&apos;s form; keep the letters and digits as they are.</extracomment>
        <translation>e.g. K7QM-3XPA-9R</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="96"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="123"/>
        <source>Set the new password</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="129"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="50"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SentReportsPage</name>
    <message>
        <location filename="../qml/settings/SentReportsPage.qml" line="18"/>
        <source>What was sent</source>
        <translation>What was sent</translation>
    </message>
    <message>
        <location filename="../qml/settings/SentReportsPage.qml" line="45"/>
        <source>Nothing has been sent from this device.</source>
        <translation>Nothing has been sent from this device.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SentReportsPage.qml" line="71"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/settings/SentReportsPage.qml" line="87"/>
        <source>%1 · %2</source>
        <extracomment>A sent report&apos;s size and when it was sent, e.g. &quot;1.7 kB · 02/12/2026 11:43&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="32"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="56"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="61"/>
        <source>Choose the language of the app.</source>
        <translation>Choose the language of the app.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="88"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="94"/>
        <source>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</source>
        <translation>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="38"/>
        <location filename="../qml/settings/SignInPage.qml" line="64"/>
        <location filename="../qml/settings/SignInPage.qml" line="140"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="75"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="88"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="99"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="113"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="155"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="164"/>
        <source>I have a reset code</source>
        <translation>I have a reset code</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="171"/>
        <source>No account yet? Create one: it takes a name, an email and a password.</source>
        <translation>No account yet? Create one: it takes a name, an email and a password.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="180"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="189"/>
        <source>Just looking? Try the app with a practice account that everyone shares.</source>
        <translation>Just looking? Try the app with a practice account that everyone shares.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="199"/>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <location filename="../qml/components/SignInPrompt.qml" line="43"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="33"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="64"/>
        <source>With an account, your tasks, journal and progress are kept on the server too, and you find them on your other devices.</source>
        <translation>With an account, your tasks, journal and progress are kept on the server too, and you find them on your other devices.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="73"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="81"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="82"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="94"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="110"/>
        <source>At least 8 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>At least 8 characters. A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="128"/>
        <source>Create my account</source>
        <translation>Create my account</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="134"/>
        <source>Creating your account…</source>
        <translation>Creating your account…</translation>
    </message>
</context>
<context>
    <name>StorageModel</name>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="36"/>
        <source>Downloading: %1 of %2 files</source>
        <translation>Downloading: %1 of %2 files</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="37"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="98"/>
        <source>Downloaded courses: %1</source>
        <translation>Downloaded courses: %1</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="104"/>
        <source>Things seen, kept for offline: %1</source>
        <translation>Things seen, kept for offline: %1</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="18"/>
        <source>Storage and downloads</source>
        <translation>Storage and downloads</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="54"/>
        <source>No course is downloaded yet. Open a course and choose “Download for offline”.</source>
        <translation>No course is downloaded yet. Open a course and choose “Download for offline”.</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="76"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="90"/>
        <location filename="../qml/settings/StoragePage.qml" line="111"/>
        <source>Clear cache</source>
        <translation>Clear cache</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="109"/>
        <source>Clear the cache?</source>
        <translation>Clear the cache?</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="110"/>
        <source>Pages and pictures you have seen will be removed from this device; they come back when you see them again online. Downloaded courses, and your tasks, journal and progress, stay.</source>
        <translation>Pages and pictures you have seen will be removed from this device; they come back when you see them again online. Downloaded courses, and your tasks, journal and progress, stay.</translation>
    </message>
</context>
<context>
    <name>StorageRow</name>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="46"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="47"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="65"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="72"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="78"/>
        <source>Cancel download</source>
        <translation>Cancel download</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="84"/>
        <source>Remove download</source>
        <translation>Remove download</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="85"/>
        <source>Remove the download of %1</source>
        <translation>Remove the download of %1</translation>
    </message>
</context>
<context>
    <name>StorageSection</name>
    <message>
        <location filename="../qml/settings/StorageSection.qml" line="16"/>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageSection.qml" line="22"/>
        <source>Downloads, cache and data use</source>
        <translation>Downloads, cache and data use</translation>
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
        <location filename="../qml/settings/SyncSection.qml" line="19"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="30"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="37"/>
        <source>See waiting changes</source>
        <translation>See waiting changes</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="92"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="95"/>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="97"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="99"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synced %n hour ago</numerusform>
            <numerusform>Synced %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="100"/>
        <source>Synced on %1</source>
        <translation>Synced on %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="71"/>
        <source>Syncing your changes…</source>
        <translation>Syncing your changes…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="73"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="75"/>
        <source>Sync is not working right now</source>
        <translation>Sync is not working right now</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="77"/>
        <source>Everything is synced</source>
        <translation>Everything is synced</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="77"/>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="90"/>
        <source>Your changes are kept on this device and will be sent when the internet is back.</source>
        <translation>Your changes are kept on this device and will be sent when the internet is back.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="92"/>
        <source>Your changes are kept on this device. The app will try again by itself.</source>
        <translation>Your changes are kept on this device. The app will try again by itself.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncStatusCard.qml" line="129"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncStatusCard.qml" line="138"/>
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
        <location filename="../qml/tasks/TaskEditorPage.qml" line="55"/>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="55"/>
        <source>Change the task</source>
        <translation>Change the task</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="123"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="133"/>
        <source>What do you want to do?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="146"/>
        <source>Notes (optional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="175"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="188"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="195"/>
        <source>Year-month-day, for example %1. Leave it empty if there is no date.</source>
        <translation>Year-month-day, for example %1. Leave it empty if there is no date.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="207"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="224"/>
        <source>Add the task</source>
        <translation>Add the task</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="224"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="233"/>
        <source>Delete the task</source>
        <translation>Delete the task</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="22"/>
        <source>Replaced by another device</source>
        <translation>Replaced by another device</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="27"/>
        <source>This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.</source>
        <translation>This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="78"/>
        <source>Replaced on %1</source>
        <translation>Replaced on %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="248"/>
        <source>Delete this task?</source>
        <translation>Delete this task?</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="249"/>
        <source>The task will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>The task will be deleted on this device and on your other devices. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="250"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../src/models/tasktext.cpp" line="71"/>
        <source>Give the task a title.</source>
        <translation>Give the task a title.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="68"/>
        <source>The title is too long: it can have at most %1 characters.</source>
        <translation>The title is too long: it can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="70"/>
        <source>The title must fit on one line.</source>
        <translation>The title must fit on one line.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="74"/>
        <source>The notes are too long: they can have at most %1 characters.</source>
        <translation>The notes are too long: they can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="76"/>
        <source>Choose a status: to do, in progress or done.</source>
        <translation>Choose a status: to do, in progress or done.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="78"/>
        <source>Choose a priority: low, medium or high.</source>
        <translation>Choose a priority: low, medium or high.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="80"/>
        <source>Write the due date as YYYY-MM-DD, for example %1.</source>
        <translation>Write the due date as YYYY-MM-DD, for example %1.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="84"/>
        <source>This course cannot be linked to a task.</source>
        <translation>This course cannot be linked to a task.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="191"/>
        <location filename="../src/models/tasklistmodel.cpp" line="210"/>
        <location filename="../src/models/tasklistmodel.cpp" line="237"/>
        <source>Sign in to save tasks.</source>
        <translation>Sign in to save tasks.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="183"/>
        <source>The task could not be saved on this device.</source>
        <translation>The task could not be saved on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="213"/>
        <location filename="../src/models/tasklistmodel.cpp" line="239"/>
        <source>This task no longer exists. It may have been deleted on another device.</source>
        <translation>This task no longer exists. It may have been deleted on another device.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="243"/>
        <source>The task could not be deleted on this device.</source>
        <translation>The task could not be deleted on this device.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="12"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="14"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="16"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="22"/>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="24"/>
        <source>Medium</source>
        <comment>priority</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="26"/>
        <source>High</source>
        <comment>priority</comment>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="36"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="38"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="42"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="44"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="46"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="56"/>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="58"/>
        <source>No course</source>
        <translation>No course</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="60"/>
        <source>No notes</source>
        <translation>No notes</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="45"/>
        <source>Mark as not done: %1</source>
        <translation>Mark as not done: %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="46"/>
        <source>Mark as done: %1</source>
        <translation>Mark as done: %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="80"/>
        <source>Late: due %1</source>
        <translation>Late: due %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="80"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="117"/>
        <source>Changed on another device</source>
        <translation>Changed on another device</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="22"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="46"/>
        <source>Sign in to keep a list of what you want to do, on this device and on your other devices.</source>
        <translation>Sign in to keep a list of what you want to do, on this device and on your other devices.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="107"/>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="154"/>
        <source>No tasks yet. Tap “Add a task” to write down something you want to do.</source>
        <translation>No tasks yet. Tap “Add a task” to write down something you want to do.</translation>
    </message>
</context>
</TS>
