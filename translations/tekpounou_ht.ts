<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../qml/AccountDetails.qml" line="40"/>
        <source>Your name</source>
        <translation>Non ou</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="70"/>
        <source>Save</source>
        <translation>Sove</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="80"/>
        <location filename="../qml/AccountDetails.qml" line="144"/>
        <source>Export my data</source>
        <translation>Ekspòte done mwen yo</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="102"/>
        <source>Sign out</source>
        <translation>Soti nan kont mwen</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="111"/>
        <source>Sign out and erase this device&apos;s data</source>
        <translation>Soti epi efase done ki sou aparèy sa&#xa0;a</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="120"/>
        <source>Delete my account</source>
        <translation>Efase kont mwen</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="128"/>
        <source>Sign out and erase this device&apos;s data?</source>
        <translation>Soti epi efase done ki sou aparèy sa&#xa0;a?</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="129"/>
        <source>This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>Sa ap retire kou ou te sove yo, travay ou yo, jounal ou ak pwogrè ou sou aparèy sa&#xa0;a. Kont ou rete sou sèvè a: ou ka antre ladan l ankò nenpòt ki lè.</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="130"/>
        <source>Sign out and erase</source>
        <translation>Soti epi efase</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="147"/>
        <source>JSON files (*.json)</source>
        <translation>Fichye JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../qml/AccountSection.qml" line="20"/>
        <source>Account</source>
        <translation>Kont</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="35"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Antre nan kont ou pou w kenbe travay ou yo, jounal ou ak pwogrè ou, sou aparèy sa&#xa0;a ak sou lòt aparèy ou yo.</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="45"/>
        <source>Sign in</source>
        <translation>Antre nan kont ou</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="65"/>
        <source>This device has no safe place to keep you signed in, so you will need to sign in each time you open the app.</source>
        <translation>Aparèy sa&#xa0;a pa gen yon kote ki an sekirite pou l kenbe w konekte, kidonk w ap bezwen antre nan kont ou chak fwa ou louvri aplikasyon an.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="86"/>
        <source>Your session has ended. Sign in again to continue; nothing you saved on this device is lost.</source>
        <translation>Sesyon ou an fini. Antre nan kont ou ankò pou w kontinye; anyen ou te sove sou aparèy sa&#xa0;a pa pèdi.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="112"/>
        <source>You are offline. Try again when you are connected.</source>
        <translation>Ou pa konekte. Eseye ankò lè w konekte.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="113"/>
        <source>Your profile could not be saved. Try again later.</source>
        <translation>Nou pa t ka sove pwofil ou. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="134"/>
        <source>You are offline. Exporting needs a connection.</source>
        <translation>Ou pa konekte. Ou bezwen entènèt pou ekspòte done ou yo.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="135"/>
        <source>The server could not prepare your data. Try again later.</source>
        <translation>Sèvè a pa t ka prepare done ou yo. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="143"/>
        <source>Your data could not be written to that file.</source>
        <translation>Nou pa t ka ekri done ou yo nan fichye sa&#xa0;a.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="146"/>
        <source>Your data was saved to %1.</source>
        <translation>Done ou yo sove nan %1.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="159"/>
        <source>You are offline. Deleting your account needs a connection.</source>
        <translation>Ou pa konekte. Ou bezwen entènèt pou efase kont ou.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="160"/>
        <source>Your account could not be deleted. Try again later.</source>
        <translation>Nou pa t ka efase kont ou. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="164"/>
        <source>Your account and this device&apos;s copy of your data were deleted.</source>
        <translation>Kont ou ak kopi done ou yo ki te sou aparèy sa&#xa0;a efase.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="63"/>
        <source>That email and password do not match. Check them and try again.</source>
        <translation>Imèl ak modpas sa yo pa mache ansanm. Verifye yo epi eseye ankò.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authservice.cpp" line="66"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Twòp esè. Eseye ankò nan %n minit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="69"/>
        <source>You are offline. Signing in needs a connection the first time.</source>
        <translation>Ou pa konekte. Premye fwa a, ou bezwen entènèt pou antre nan kont ou.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="71"/>
        <source>The server&apos;s identity could not be verified. Check the date and time on this device.</source>
        <translation>Nou pa t ka verifye idantite sèvè a. Verifye dat ak lè ki sou aparèy sa&#xa0;a.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="73"/>
        <location filename="../src/auth/authservice.cpp" line="107"/>
        <source>Enter your email address and your password.</source>
        <translation>Antre adrès imèl ou ak modpas ou.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="74"/>
        <source>Signing in did not work. Try again later.</source>
        <translation>Nou pa t ka fè w antre nan kont ou. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="94"/>
        <source>This device has no keychain to keep you signed in. Sign in again each time you open the app.</source>
        <translation>Aparèy sa&#xa0;a pa gen kote pou l kenbe w konekte. Antre nan kont ou chak fwa ou louvri aplikasyon an.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="143"/>
        <source>This device has no keychain to keep you signed in. You will need to sign in again next time you open the app.</source>
        <translation>Aparèy sa&#xa0;a pa gen kote pou l kenbe w konekte. Ou pral bezwen antre nan kont ou ankò pwochen fwa ou louvri aplikasyon an.</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <location filename="../qml/BackButton.qml" line="13"/>
        <source>Back</source>
        <translation>Retounen</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/CatalogPage.qml" line="55"/>
        <source>Courses</source>
        <translation>Kou</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="60"/>
        <source>Refresh</source>
        <translation>Mete ajou</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="76"/>
        <source>Search courses</source>
        <translation>Chèche kou</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="153"/>
        <source>No courses match your search.</source>
        <translation>Pa gen okenn kou ki koresponn ak sa ou chèche a.</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="154"/>
        <source>No saved courses yet. Connect to the internet, then tap Refresh.</source>
        <translation>Poko gen kou ki sove. Konekte ak entènèt la, epi peze « Mete ajou ».</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <location filename="../qml/CategoryFilter.qml" line="34"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>ChangeStateChip</name>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="23"/>
        <source>Refused</source>
        <comment>a change the server did not accept</comment>
        <translation>Refize</translation>
    </message>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="24"/>
        <source>Sending</source>
        <translation>Ap voye</translation>
    </message>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="25"/>
        <source>Waiting</source>
        <comment>a change not yet sent to the server</comment>
        <translation>Ap tann</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="71"/>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <location filename="../qml/CourseCard.qml" line="88"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leson</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/CourseCard.qml" line="93"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
    </message>
</context>
<context>
    <name>CourseDetailPage</name>
    <message>
        <location filename="../qml/CourseDetailPage.qml" line="67"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>Ou pa konekte. N ap montre sa ki sove sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../qml/CourseDetailPage.qml" line="87"/>
        <source>This course is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>Kou sa a poko sove sou aparèy sa a. Konekte ak entènèt la epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../qml/CourseDetailPage.qml" line="108"/>
        <source>Lessons</source>
        <translation>Leson yo</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message numerus="yes">
        <location filename="../qml/CourseHeader.qml" line="75"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leson</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/CourseHeader.qml" line="81"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="10"/>
        <source>DELETE</source>
        <comment>typed by the learner to confirm deleting their account: one short word in capitals, easy to type on a phone</comment>
        <translation>EFASE</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="13"/>
        <source>Delete your account?</source>
        <translation>Efase kont ou?</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="14"/>
        <source>Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device&apos;s copy will be erased. This cannot be undone.</source>
        <translation>Kont ou ak tout sa ki ladan l (travay ou yo, jounal ou ak pwogrè ou) pral efase sou sèvè a, epi kopi ki sou aparèy sa&#xa0;a pral efase tou. Ou p ap ka fè l tounen.</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="15"/>
        <source>Delete my account</source>
        <translation>Efase kont mwen</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="24"/>
        <source>To confirm, type %1 below.</source>
        <translation>Pou w konfime, tape %1 anba&#xa0;a.</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../qml/Destinations.qml" line="17"/>
        <source>Courses</source>
        <translation>Kou</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="19"/>
        <source>Tasks</source>
        <translation>Travay</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="21"/>
        <source>Progress</source>
        <translation>Pwogrè</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="23"/>
        <source>Journal</source>
        <translation>Jounal</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="25"/>
        <source>Settings</source>
        <translation>Paramèt</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../qml/ErrorLine.qml" line="29"/>
        <source>Try again</source>
        <translation>Eseye ankò</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/models/errortext.cpp" line="13"/>
        <source>The server&apos;s identity could not be verified, so nothing was loaded. Check that the date and time on this device are right.</source>
        <translation>Nou pa t ka verifye idantite sèvè a, kidonk anyen pa t chaje. Verifye si dat ak lè ki sou aparèy sa a kòrèk.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="17"/>
        <source>This content is no longer available.</source>
        <translation>Kontni sa a pa disponib ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="19"/>
        <source>The server could not answer this request.</source>
        <translation>Sèvè a pa t ka reponn demann sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="21"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>Sèvè a gen yon pwoblèm kounye a. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="25"/>
        <source>The server sent something the app could not read. Saved content is still available.</source>
        <translation>Sèvè a voye yon bagay aplikasyon an pa t ka li. Sa ou te sove yo toujou la.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../qml/JournalScreen.qml" line="5"/>
        <source>Journal</source>
        <translation>Jounal</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="7"/>
        <source>Your journal will appear here in a coming version.</source>
        <translation>Jounal ou ap parèt isit la nan yon pwochen vèsyon.</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="55"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>Ou pa konekte. N ap montre sa ki sove sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="74"/>
        <source>Lesson %1</source>
        <translation>Leson %1</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="95"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="102"/>
        <source>This lesson is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>Leson sa a poko sove sou aparèy sa a. Konekte ak entènèt la epi eseye ankò.</translation>
    </message>
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/LessonRow.qml" line="32"/>
        <source>Lesson %1: %2</source>
        <translation>Leson %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/LessonRow.qml" line="89"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
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
        <translation>Ou pa konekte. N ap montre kou ou te sove yo.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="11"/>
        <source>Task</source>
        <translation>Travay</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="13"/>
        <source>Journal entry</source>
        <translation>Nòt nan jounal</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="15"/>
        <source>Lesson progress</source>
        <translation>Pwogrè nan leson</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="22"/>
        <source>Deleted</source>
        <translation>Efase</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="38"/>
        <source>Something in this change is not valid, so the server refused it.</source>
        <translation>Gen yon bagay nan chanjman sa&#xa0;a ki pa valab, kidonk sèvè a refize l.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="40"/>
        <source>This change is too large to send.</source>
        <translation>Chanjman sa&#xa0;a twò gwo pou n voye l.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="41"/>
        <source>The server refused this change (%1).</source>
        <translation>Sèvè a refize chanjman sa&#xa0;a (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../qml/OutboxPage.qml" line="19"/>
        <source>Waiting changes</source>
        <translation>Chanjman k ap tann</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="51"/>
        <source>Changes you make on this device wait here until the server has them.</source>
        <translation>Chanjman ou fè sou aparèy sa&#xa0;a ap tann isit la jiskaske sèvè a resevwa yo.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="61"/>
        <source>You are offline. These changes will be sent when the internet is back.</source>
        <translation>Ou pa konekte. Chanjman sa yo ap ale lè entènèt la tounen.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="114"/>
        <source>Everything is saved on the server.</source>
        <translation>Tout bagay sove sou sèvè a.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="130"/>
        <source>Discard this change?</source>
        <translation>Jete chanjman sa&#xa0;a?</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="131"/>
        <source>The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.</source>
        <translation>Sèvè a refize chanjman sa&#xa0;a, kidonk li pa sove sou sèvè a. Si ou jete l, l ap pèdi sou aparèy sa&#xa0;a tou. Ou p ap ka fè l tounen.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="132"/>
        <source>Discard</source>
        <translation>Jete l</translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <location filename="../qml/OutboxRow.qml" line="93"/>
        <source>Try again</source>
        <translation>Eseye ankò</translation>
    </message>
    <message>
        <location filename="../qml/OutboxRow.qml" line="100"/>
        <source>Discard</source>
        <translation>Jete l</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/PasswordField.qml" line="27"/>
        <source>Hide</source>
        <comment>hide the password</comment>
        <translation>Kache</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="27"/>
        <source>Show</source>
        <comment>show the password</comment>
        <translation>Montre</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="31"/>
        <source>Hide the password</source>
        <translation>Kache modpas la</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="31"/>
        <source>Show the password</source>
        <translation>Montre modpas la</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="5"/>
        <source>Progress</source>
        <translation>Pwogrè</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="7"/>
        <source>Your progress will appear here in a coming version.</source>
        <translation>Pwogrè ou ap parèt isit la nan yon pwochen vèsyon.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/SearchField.qml" line="49"/>
        <source>Clear</source>
        <translation>Efase</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="42"/>
        <source>Settings</source>
        <translation>Paramèt</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="60"/>
        <source>Language</source>
        <translation>Lang</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="65"/>
        <source>Choose the language of the app.</source>
        <translation>Chwazi lang aplikasyon an.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="86"/>
        <source>About</source>
        <translation>Sou aplikasyon an</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="92"/>
        <source>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</source>
        <translation>Tek Pou Nou, vèsyon %1. Aprann nan ritm pa w, menm san entènèt.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="36"/>
        <location filename="../qml/SignInPage.qml" line="75"/>
        <location filename="../qml/SignInPage.qml" line="151"/>
        <source>Sign in</source>
        <translation>Antre nan kont ou</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="86"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Antre nan kont ou pou w kenbe travay ou yo, jounal ou ak pwogrè ou, sou aparèy sa&#xa0;a ak sou lòt aparèy ou yo.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="99"/>
        <source>Email</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="110"/>
        <source>name@example.com</source>
        <translation>non@egzanp.com</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="124"/>
        <source>Password</source>
        <translation>Modpas</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="166"/>
        <source>Signing in…</source>
        <translation>N ap antre nan kont ou…</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="174"/>
        <source>No account yet? Try the app with a practice account that everyone shares.</source>
        <translation>Ou poko gen kont? Eseye aplikasyon an ak yon kont pou pratike, ke tout moun pataje.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="183"/>
        <source>Try the demo</source>
        <translation>Eseye demo a</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="28"/>
        <source>Syncing</source>
        <translation>Ap senkronize</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="30"/>
        <source>Offline</source>
        <translation>Pa konekte</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="32"/>
        <source>Sync problem</source>
        <translation>Pa ka senkronize</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncIndicator.qml" line="34"/>
        <source>%n refused</source>
        <comment>changes the server refused</comment>
        <translation>
            <numerusform>%n refize</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncIndicator.qml" line="35"/>
        <source>%n waiting</source>
        <comment>changes not yet sent</comment>
        <translation>
            <numerusform>%n ap tann</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="43"/>
        <source>Shows the changes that are not on the server yet</source>
        <translation>Montre chanjman ki poko sou sèvè a</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../qml/SyncSection.qml" line="19"/>
        <source>Sync</source>
        <translation>Senkronizasyon</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="30"/>
        <source>Sync now</source>
        <translation>Senkronize kounye a</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="37"/>
        <source>See waiting changes</source>
        <translation>Wè chanjman k ap tann yo</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="57"/>
        <source>Not synced yet</source>
        <translation>Poko senkronize</translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="60"/>
        <source>Synced just now</source>
        <translation>Fenk senkronize</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="62"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Senkronize sa gen %n minit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="64"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Senkronize sa gen %n èdtan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="65"/>
        <source>Synced on %1</source>
        <translation>Senkronize nan dat %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="70"/>
        <source>Syncing your changes…</source>
        <translation>N ap senkronize chanjman ou yo…</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="72"/>
        <source>Offline</source>
        <translation>Pa konekte</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="74"/>
        <source>Sync is not working right now</source>
        <translation>Senkronizasyon an pa mache kounye a</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="76"/>
        <source>Everything is synced</source>
        <translation>Tout bagay senkronize</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="76"/>
        <source>Waiting to sync</source>
        <translation>Ap tann pou senkronize</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="89"/>
        <source>Your changes are kept on this device and will be sent when the internet is back.</source>
        <translation>Chanjman ou yo rete sou aparèy sa&#xa0;a. Y ap voye yo lè entènèt la tounen.</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="91"/>
        <source>Your changes are kept on this device. The app will try again by itself.</source>
        <translation>Chanjman ou yo rete sou aparèy sa&#xa0;a. Aplikasyon an ap eseye ankò poukont li.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncStatusCard.qml" line="128"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n chanjman poko voye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncStatusCard.qml" line="137"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>Sèvè a refize %n chanjman</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/TasksScreen.qml" line="5"/>
        <source>Tasks</source>
        <translation>Travay</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="7"/>
        <source>Your tasks will appear here in a coming version.</source>
        <translation>Travay ou yo ap parèt isit la nan yon pwochen vèsyon.</translation>
    </message>
</context>
</TS>
