<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="44"/>
        <source>Your name</source>
        <translation>Non ou</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="74"/>
        <source>Save</source>
        <translation>Sove</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="84"/>
        <location filename="../qml/settings/AccountDetails.qml" line="163"/>
        <source>Export my data</source>
        <translation>Ekspòte done mwen yo</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="106"/>
        <location filename="../qml/settings/AccountDetails.qml" line="137"/>
        <source>Sign out</source>
        <translation>Soti nan kont mwen</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="116"/>
        <source>Sign out and erase this device&apos;s data</source>
        <translation>Soti epi efase done ki sou aparèy sa&#xa0;a</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="127"/>
        <source>Delete my account</source>
        <translation>Efase kont mwen</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="135"/>
        <source>Sign out with changes not yet sent?</source>
        <translation>Soti pandan gen chanjman ki poko voye?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/AccountDetails.qml" line="136"/>
        <source>%n change(s) you made have not reached the server yet. They will wait on this device and be sent the next time you sign in here.</source>
        <translation>
            <numerusform>%n chanjman ou fè poko rive sou sèvè a. Y ap tann sou aparèy sa&#xa0;a, epi y ap voye yo pwochen fwa ou antre nan kont ou isit la.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="145"/>
        <source>Sign out and erase this device&apos;s data?</source>
        <translation>Soti epi efase done ki sou aparèy sa&#xa0;a?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/AccountDetails.qml" line="147"/>
        <source>%n change(s) you made have not reached the server yet and will be lost. This also removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>
            <numerusform>%n chanjman ou fè poko rive sou sèvè a, epi y ap pèdi. Sa ap retire tou kou ou te sove yo, travay ou yo, jounal ou ak pwogrè ou sou aparèy sa&#xa0;a. Kont ou rete sou sèvè a: ou ka antre ladan l ankò nenpòt ki lè.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="148"/>
        <source>This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>Sa ap retire kou ou te sove yo, travay ou yo, jounal ou ak pwogrè ou sou aparèy sa&#xa0;a. Kont ou rete sou sèvè a: ou ka antre ladan l ankò nenpòt ki lè.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="149"/>
        <source>Sign out and erase</source>
        <translation>Soti epi efase</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="166"/>
        <source>JSON files (*.json)</source>
        <translation>Fichye JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="21"/>
        <source>Account</source>
        <translation>Kont</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="36"/>
        <source>You are using the app without an account: your tasks, journal and progress stay on this device only. Sign in or create an account to keep them on the server too.</source>
        <translation>W ap sèvi ak aplikasyon an san kont: travay ou yo, jounal ou ak pwogrè ou rete sèlman sou aparèy sa&#xa0;a. Antre nan kont ou oswa kreye yon kont pou yo sove sou sèvè a tou.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="46"/>
        <source>Sign in</source>
        <translation>Antre nan kont ou</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="66"/>
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
        <location filename="../src/auth/authcalls.cpp" line="152"/>
        <location filename="../src/auth/authcalls.cpp" line="163"/>
        <source>The demo account is shared with everyone, so it cannot be deleted.</source>
        <translation>Tout moun pataje kont demo a, kidonk ou pa ka efase l.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="166"/>
        <source>You are offline. Deleting your account needs a connection.</source>
        <translation>Ou pa konekte. Ou bezwen entènèt pou efase kont ou.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="167"/>
        <source>Your account could not be deleted. Try again later.</source>
        <translation>Nou pa t ka efase kont ou. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="171"/>
        <source>Your account and this device&apos;s copy of your data were deleted.</source>
        <translation>Kont ou ak kopi done ou yo ki te sou aparèy sa&#xa0;a efase.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="18"/>
        <source>This email address is too long.</source>
        <translation>Adrès imèl sa&#xa0;a twò long.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="20"/>
        <source>Enter an email address like name@example.com.</source>
        <translation>Antre yon adrès imèl tankou non@egzanp.com.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="22"/>
        <source>Choose a password of at least %n character(s).</source>
        <translation>
            <numerusform>Chwazi yon modpas ki gen omwen %n karaktè.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="25"/>
        <source>Choose a password of at most %n character(s).</source>
        <translation>
            <numerusform>Chwazi yon modpas ki pa gen plis pase %n karaktè.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="28"/>
        <source>Enter your name.</source>
        <translation>Ekri non ou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="30"/>
        <source>Your name can have at most %n character(s).</source>
        <translation>
            <numerusform>Non ou pa ka gen plis pase %n karaktè.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="33"/>
        <source>Write your name on one line.</source>
        <translation>Ekri non ou sou yon sèl liy.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="35"/>
        <source>Choose Kreyòl, French or English.</source>
        <translation>Chwazi kreyòl, franse oswa angle.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="54"/>
        <source>That email and password do not match. Check them and try again.</source>
        <translation>Imèl ak modpas sa yo pa mache ansanm. Verifye yo epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="56"/>
        <source>An account with this email already exists. Sign in instead, or ask your teacher for a reset code if you forgot the password.</source>
        <translation>Gen yon kont ki deja egziste ak imèl sa&#xa0;a. Pito ou antre nan kont ou, oswa mande pwofesè ou yon kòd pou chanje modpas si ou bliye modpas la.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="59"/>
        <source>That code does not match this email. Check both and try again.</source>
        <translation>Kòd sa&#xa0;a pa mache ak imèl sa&#xa0;a. Verifye toude epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="61"/>
        <source>This code was already used or has expired. Ask your teacher for a new one.</source>
        <translation>Yo te deja sèvi ak kòd sa&#xa0;a, oswa li ekspire. Mande pwofesè ou yon nouvo kòd.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="63"/>
        <source>The demo account is shared with everyone, so its password cannot be changed.</source>
        <translation>Tout moun pataje kont demo a, kidonk ou pa ka chanje modpas li.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="67"/>
        <source>Too many wrong codes. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Twòp kòd ki pa bon. Eseye ankò nan %n minit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="68"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Twòp esè. Eseye ankò nan %n minit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="73"/>
        <source>You are offline. Signing in needs a connection the first time.</source>
        <translation>Ou pa konekte. Premye fwa a, ou bezwen entènèt pou antre nan kont ou.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="75"/>
        <source>You are offline. Creating an account needs a connection.</source>
        <translation>Ou pa konekte. Ou bezwen entènèt pou kreye yon kont.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="77"/>
        <source>You are offline. Setting a new password needs a connection.</source>
        <translation>Ou pa konekte. Ou bezwen entènèt pou mete yon nouvo modpas.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="81"/>
        <source>The server&apos;s identity could not be verified. Check the date and time on this device.</source>
        <translation>Nou pa t ka verifye idantite sèvè a. Verifye dat ak lè ki sou aparèy sa&#xa0;a.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="84"/>
        <location filename="../src/auth/authservice.cpp" line="91"/>
        <source>Enter your email address and your password.</source>
        <translation>Antre adrès imèl ou ak modpas ou.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="85"/>
        <source>Signing in did not work. Try again later.</source>
        <translation>Nou pa t ka fè w antre nan kont ou. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="87"/>
        <source>The server did not accept these details. Check your name, email and password.</source>
        <translation>Sèvè a pa t aksepte enfòmasyon sa yo. Verifye non ou, imèl ou ak modpas ou.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="89"/>
        <source>Your account could not be created. Try again later.</source>
        <translation>Nou pa t ka kreye kont ou. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="91"/>
        <source>Check your email, the code and the new password.</source>
        <translation>Verifye imèl ou, kòd la ak nouvo modpas la.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="92"/>
        <source>Your password could not be changed. Try again later.</source>
        <translation>Nou pa t ka chanje modpas ou. Eseye ankò pita.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="145"/>
        <source>A reset code has %n letters and digits, like K7QM-3XPA-9R.</source>
        <translation>
            <numerusform>Yon kòd pou chanje modpas gen %n lèt ak chif, tankou K7QM-3XPA-9R.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="189"/>
        <source>This server has no demo account. Check your connection, or sign in with your own account.</source>
        <translation>Sèvè sa&#xa0;a pa gen kont demo. Verifye koneksyon ou, oswa antre nan pwòp kont ou.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="78"/>
        <source>This device has no keychain to keep you signed in. Sign in again each time you open the app.</source>
        <translation>Aparèy sa&#xa0;a pa gen kote pou l kenbe w konekte. Antre nan kont ou chak fwa ou louvri aplikasyon an.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="113"/>
        <source>This device has no keychain to keep you signed in. You will need to sign in again next time you open the app.</source>
        <translation>Aparèy sa&#xa0;a pa gen kote pou l kenbe w konekte. Ou pral bezwen antre nan kont ou ankò pwochen fwa ou louvri aplikasyon an.</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <location filename="../qml/components/BackButton.qml" line="14"/>
        <source>Back</source>
        <translation>Retounen</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="56"/>
        <source>Courses</source>
        <translation>Kou</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="63"/>
        <source>Download all</source>
        <translation>Telechaje tout</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="67"/>
        <source>Download all courses in my language</source>
        <translation>Telechaje tout kou ki nan lang mwen</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="75"/>
        <source>Refresh</source>
        <translation>Mete ajou</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="91"/>
        <source>Search courses</source>
        <translation>Chèche kou</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="173"/>
        <source>No courses match your search.</source>
        <translation>Pa gen okenn kou ki koresponn ak sa ou chèche a.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="174"/>
        <source>No saved courses yet. Connect to the internet, then tap Refresh.</source>
        <translation>Poko gen kou ki sove. Konekte ak entènèt la, epi peze « Mete ajou ».</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <location filename="../qml/courses/CategoryFilter.qml" line="35"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>ChangeStateChip</name>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="24"/>
        <source>Refused</source>
        <comment>a change the server did not accept</comment>
        <translation>Refize</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="25"/>
        <source>Sending</source>
        <translation>Ap voye</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="26"/>
        <source>Waiting</source>
        <comment>a change not yet sent to the server</comment>
        <translation>Ap tann</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/components/ConfirmDialog.qml" line="72"/>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <location filename="../qml/courses/CourseCard.qml" line="110"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leson</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="115"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="122"/>
        <source>Offline</source>
        <translation>Sou aparèy la</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="123"/>
        <source>Update available</source>
        <translation>Gen yon nouvo vèsyon</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="124"/>
        <source>Downloading %1 %</source>
        <translation>Ap telechaje %1 %</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="125"/>
        <source>Download paused</source>
        <translation>Telechajman an kanpe</translation>
    </message>
</context>
<context>
    <name>CourseDetailPage</name>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="58"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>Ou pa konekte. N ap montre sa ki sove sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="90"/>
        <source>This course is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>Kou sa a poko sove sou aparèy sa a. Konekte ak entènèt la epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="111"/>
        <source>The lessons of this course are not saved on this device yet. Connect to the internet to see them.</source>
        <translation>Leson kou sa a yo poko sove sou aparèy sa a. Konekte ak entènèt la pou w wè yo.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="120"/>
        <source>Lessons</source>
        <translation>Leson yo</translation>
    </message>
</context>
<context>
    <name>CourseDownloadPanel</name>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="41"/>
        <source>Not downloaded: this course needs the internet.</source>
        <translation>Pa telechaje: kou sa a bezwen entènèt.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="63"/>
        <source>Download the update</source>
        <translation>Telechaje nouvo vèsyon an</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="63"/>
        <source>Download for offline</source>
        <translation>Telechaje pou san entènèt</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="69"/>
        <source>Pause</source>
        <translation>Kanpe</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="76"/>
        <source>Try again</source>
        <translation>Eseye ankò</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="76"/>
        <source>Resume</source>
        <translation>Kontinye</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="82"/>
        <source>Cancel download</source>
        <translation>Anile telechajman an</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="88"/>
        <source>Remove download</source>
        <translation>Retire telechajman an</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message numerus="yes">
        <location filename="../qml/courses/CourseHeader.qml" line="80"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leson</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseHeader.qml" line="86"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
    </message>
</context>
<context>
    <name>DataUseSection</name>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="20"/>
        <source>Data use</source>
        <translation>Done mobil</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="26"/>
        <source>Download on Wi-Fi only</source>
        <translation>Telechaje sèlman sou Wi-Fi</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="34"/>
        <location filename="../qml/settings/DataUseSection.qml" line="45"/>
        <source>Monthly data budget for downloads</source>
        <translation>Limit done pa mwa pou telechajman</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="42"/>
        <source>No limit</source>
        <translation>San limit</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="11"/>
        <source>DELETE</source>
        <comment>typed by the learner to confirm deleting their account: one short word in capitals, easy to type on a phone</comment>
        <translation>EFASE</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="14"/>
        <source>Delete your account?</source>
        <translation>Efase kont ou?</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="15"/>
        <source>Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device&apos;s copy will be erased. This cannot be undone.</source>
        <translation>Kont ou ak tout sa ki ladan l (travay ou yo, jounal ou ak pwogrè ou) pral efase sou sèvè a, epi kopi ki sou aparèy sa&#xa0;a pral efase tou. Ou p ap ka fè l tounen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="16"/>
        <source>Delete my account</source>
        <translation>Efase kont mwen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="25"/>
        <source>To confirm, type %1 below.</source>
        <translation>Pou w konfime, tape %1 anba&#xa0;a.</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../qml/Destinations.qml" line="18"/>
        <source>Courses</source>
        <translation>Kou</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="20"/>
        <source>Tasks</source>
        <translation>Travay</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="22"/>
        <source>Progress</source>
        <translation>Pwogrè</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="24"/>
        <source>Journal</source>
        <translation>Jounal</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="26"/>
        <source>Settings</source>
        <translation>Paramèt</translation>
    </message>
</context>
<context>
    <name>DownloadCenter</name>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="89"/>
        <source>Downloaded this month: %1</source>
        <translation>Telechaje mwa sa a: %1</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="90"/>
        <source>Downloaded this month: %1 of %2</source>
        <translation>Telechaje mwa sa a: %1 sou %2</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="140"/>
        <source>The server sent a course that is not signed correctly. Nothing was downloaded.</source>
        <translation>Sèvè a voye yon kou ki pa siyen jan li dwe siyen. Anyen pa t telechaje.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="172"/>
        <source>Every course in this language is already on this device.</source>
        <translation>Tout kou nan lang sa a deja sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="179"/>
        <source>Not enough space on this device: %1 needed, %2 free.</source>
        <translation>Pa gen ase plas sou aparèy la: fòk gen %1, gen %2 ki lib.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="186"/>
        <source>You are on a metered connection, which may cost money. Download %1 anyway?</source>
        <translation>Koneksyon w lan konte done, sa ka koute w lajan. Kanmenm telechaje %1?</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="189"/>
        <source>This goes past your monthly data budget (%1). Download %2 anyway?</source>
        <translation>Sa a depase limit done w pou mwa a (%1). Kanmenm telechaje %2?</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="192"/>
        <source>You asked for Wi-Fi only: the download will start on Wi-Fi.</source>
        <translation>Ou chwazi Wi-Fi sèlman: telechajman an ap kòmanse lè w sou Wi-Fi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/downloadcenter.cpp" line="201"/>
        <source>%n course(s), already on this device: nothing to download.</source>
        <translation>
            <numerusform>%n kou, deja sou aparèy la: pa gen anyen pou telechaje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/downloadcenter.cpp" line="202"/>
        <source>%n course(s): %1 to download.</source>
        <translation>
            <numerusform>%n kou: %1 pou telechaje.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadPlanDialog</name>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="21"/>
        <source>Download for offline</source>
        <translation>Telechaje pou san entènèt</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="44"/>
        <source>Working out the size…</source>
        <translation>N ap kalkile gwosè a…</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="76"/>
        <source>Download</source>
        <translation>Telechaje</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="81"/>
        <source>Not now</source>
        <translation>Pa kounye a</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="81"/>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../qml/components/ErrorLine.qml" line="30"/>
        <source>Try again</source>
        <translation>Eseye ankò</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/models/errortext.cpp" line="44"/>
        <source>The server&apos;s identity could not be verified, so nothing was loaded. Check that the date and time on this device are right.</source>
        <translation>Nou pa t ka verifye idantite sèvè a, kidonk anyen pa t chaje. Verifye si dat ak lè ki sou aparèy sa a kòrèk.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="48"/>
        <source>This content is no longer available.</source>
        <translation>Kontni sa a pa disponib ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="31"/>
        <source>The server could not answer this request.</source>
        <translation>Sèvè a pa t ka reponn demann sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="13"/>
        <source>This search is too long. Use at most %1 characters.</source>
        <translation>Rechèch sa a twò long. Sèvi ak %1 karaktè pou pi plis.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="16"/>
        <source>This search has characters the server cannot read. Change it and search again.</source>
        <translation>Rechèch sa a gen karaktè sèvè a pa ka li. Chanje l, epi chèche ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="19"/>
        <source>Too many tries in a short time. Wait a moment, then try again.</source>
        <translation>Twòp eseye nan yon ti tan. Tann yon ti moman, epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="22"/>
        <source>This is more than the server takes at once.</source>
        <translation>Sa a twòp pou sèvè a pran an yon sèl fwa.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="24"/>
        <source>The connection was too slow for the server. Try again.</source>
        <translation>Koneksyon an te twò dousman pou sèvè a. Eseye ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="28"/>
        <source>The server does not understand this version of the app. Update the app, then try again.</source>
        <translation>Sèvè a pa konprann vèsyon aplikasyon sa a. Mete aplikasyon an ajou, epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="53"/>
        <source>The server is busy. Try again in a few seconds.</source>
        <translation>Sèvè a okipe. Eseye ankò nan kèk segonn.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="55"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>Sèvè a gen yon pwoblèm kounye a. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="59"/>
        <source>The server sent something the app could not read. Saved content is still available.</source>
        <translation>Sèvè a voye yon bagay aplikasyon an pa t ka li. Sa ou te sove yo toujou la.</translation>
    </message>
</context>
<context>
    <name>GuestAdoption</name>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="62"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n travay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="64"/>
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n paj nan jounal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="66"/>
        <source>progress in %n lesson(s)</source>
        <translation>
            <numerusform>pwogrè nan %n leson</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="71"/>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list, e.g. &quot;2 tasks, 1 journal entry&quot; + &quot;progress in 3 lessons&quot;.</extracomment>
        <translation>%1 ak %2</translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="71"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="100"/>
        <source>You were signed out before everything was brought in. The rest is still on this device.</source>
        <translation>Ou te soti nan kont ou anvan nou te fin mete tout bagay ladan l. Rès la toujou sou aparèy sa&#xa0;a.</translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="112"/>
        <source>Some of what you did before signing in could not be brought in. It is still on this device; try again.</source>
        <translation>Nou pa t ka mete nan kont ou kèk nan sa ou te fè anvan ou te antre. Yo toujou sou aparèy sa&#xa0;a; eseye ankò.</translation>
    </message>
</context>
<context>
    <name>GuestDataDialog</name>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="21"/>
        <source>Keep what you did before signing in?</source>
        <translation>Kenbe sa ou te fè anvan ou te antre nan kont ou?</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="51"/>
        <source>On this device, before you signed in: %1. Bring it into your account, so it is kept on the server and on your other devices too?</source>
        <extracomment>%1 lists what is on the device, e.g. &quot;3 tasks, 1 journal entry and progress in 2 lessons&quot;.</extracomment>
        <translation>Sou aparèy sa&#xa0;a, anvan ou te antre nan kont ou: %1. Mete yo nan kont ou, pou yo sove sou sèvè a ak sou lòt aparèy ou yo tou?</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="82"/>
        <source>Bring it in</source>
        <translation>Mete yo nan kont mwen</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="89"/>
        <source>Not now</source>
        <translation>Pa kounye a</translation>
    </message>
</context>
<context>
    <name>JournalConflictPage</name>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="24"/>
        <source>Current version</source>
        <translation>Vèsyon ki la kounye a</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="26"/>
        <source>Other version, saved %1</source>
        <translation>Lòt vèsyon, sove %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="62"/>
        <source>Choose a version</source>
        <translation>Chwazi yon vèsyon</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="85"/>
        <source>This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.</source>
        <translation>Yo te chanje paj sa a sou de aparèy anvan yo te ka senkronize, kidonk nou kenbe toude tèks yo. Kenbe youn ladan yo, oswa mete yo ansanm anba a.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="93"/>
        <source>This entry has only one version now: there is nothing to choose.</source>
        <translation>Paj sa a gen yon sèl vèsyon kounye a: pa gen anyen pou chwazi.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="129"/>
        <source>(No text)</source>
        <translation>(Pa gen tèks)</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="138"/>
        <source>Keep this version</source>
        <translation>Kenbe vèsyon sa a</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="149"/>
        <source>Or put them together</source>
        <translation>Oswa mete yo ansanm</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="157"/>
        <source>Change the text below as you like, then save it. It replaces both versions.</source>
        <translation>Chanje tèks ki anba a jan w vle, epi sove l. Li ap ranplase toude vèsyon yo.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="187"/>
        <source>Save this text</source>
        <translation>Sove tèks sa a</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="35"/>
        <source>This entry no longer exists.</source>
        <translation>Paj sa a pa egziste ankò.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="65"/>
        <source>New entry</source>
        <translation>Nouvo paj</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="65"/>
        <source>Edit entry</source>
        <translation>Chanje paj la</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="98"/>
        <source>This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.</source>
        <translation>Yo te chanje paj sa a sou de aparèy, kidonk li gen de vèsyon. Anyen pa pèdi: chwazi sa w vle kenbe.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="106"/>
        <source>Choose a version</source>
        <translation>Chwazi yon vèsyon</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="115"/>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="127"/>
        <source>YYYY-MM-DD</source>
        <extracomment>The form of a date the learner types: year, month, day.</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="136"/>
        <source>How did you feel?</source>
        <translation>Kijan ou te santi w?</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="191"/>
        <source>Choose from 1 (very bad) to 5 (very good).</source>
        <translation>Chwazi ant 1 (trè mal) ak 5 (trè byen).</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="199"/>
        <source>Your words</source>
        <translation>Tèks ou</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="214"/>
        <source>Write about your day…</source>
        <translation>Ekri sou jounen ou…</translation>
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
        <translation>Etikèt (si w vle)</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="244"/>
        <source>school, family</source>
        <translation>lekòl, fanmi</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="254"/>
        <source>Separate tags with commas.</source>
        <translation>Mete yon vigil ant chak etikèt.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="270"/>
        <source>Save</source>
        <translation>Sove</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="279"/>
        <source>Delete this entry</source>
        <translation>Efase paj sa a</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="288"/>
        <source>Delete this entry?</source>
        <translation>Efase paj sa a?</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="289"/>
        <source>The entry will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>Paj la ap efase sou aparèy sa a ak sou lòt aparèy ou yo. Ou p ap ka defèt sa.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="290"/>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
</context>
<context>
    <name>JournalEntryRow</name>
    <message>
        <location filename="../qml/journal/JournalEntryRow.qml" line="28"/>
        <source>Two versions — choose</source>
        <translation>De vèsyon — chwazi</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../src/models/journaltext.cpp" line="28"/>
        <source>Write the date as year-month-day, for example %1.</source>
        <translation>Ekri dat la konsa: ane-mwa-jou, pa egzanp %1.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="32"/>
        <source>Choose how you felt, from 1 to 5.</source>
        <translation>Chwazi kijan ou te santi w, soti 1 rive 5.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="34"/>
        <source>This entry is too long: it can have at most %1 characters.</source>
        <translation>Paj sa a twò long: li pa ka gen plis pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="36"/>
        <source>Use at most %1 tags.</source>
        <translation>Pa mete plis pase %1 etikèt.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="38"/>
        <source>A tag can have at most %1 characters.</source>
        <translation>Yon etikèt pa ka gen plis pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="157"/>
        <location filename="../src/models/journallistmodel.cpp" line="186"/>
        <location filename="../src/models/journallistmodel.cpp" line="201"/>
        <location filename="../src/models/journallistmodel.cpp" line="231"/>
        <location filename="../src/models/journallistmodel.cpp" line="248"/>
        <source>Sign in to write in your journal.</source>
        <translation>Antre nan kont ou pou w ka ekri nan jounal ou.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="159"/>
        <location filename="../src/models/journaltext.cpp" line="40"/>
        <source>This entry could not be saved on this device.</source>
        <translation>Nou pa t ka sove paj sa a sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="186"/>
        <location filename="../src/models/journallistmodel.cpp" line="231"/>
        <location filename="../src/models/journallistmodel.cpp" line="248"/>
        <source>This entry no longer exists.</source>
        <translation>Paj sa a pa egziste ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="203"/>
        <source>This entry could not be deleted on this device.</source>
        <translation>Nou pa t ka efase paj sa a sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="234"/>
        <source>This entry has changed since. Open it again to choose.</source>
        <translation>Paj sa a chanje depi lè sa a. Louvri l ankò pou w chwazi.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="12"/>
        <source>Very bad</source>
        <translation>Trè mal</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="14"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="16"/>
        <source>Okay</source>
        <translation>Konsa konsa</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="18"/>
        <source>Good</source>
        <translation>Byen</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="20"/>
        <source>Very good</source>
        <translation>Trè byen</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="29"/>
        <source>Journal</source>
        <translation>Jounal</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="54"/>
        <source>Sign in to keep a journal of your days. It is saved on this device and on your account.</source>
        <translation>Antre nan kont ou pou w ka kenbe yon jounal sou jou ou yo. Li sove sou aparèy sa a ak nan kont ou.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="99"/>
        <source>New entry</source>
        <translation>Nouvo paj</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="111"/>
        <source>This device has no safe place for your journal&apos;s key, so your entries are kept only until the app closes. Sign in to keep them on your account.</source>
        <translation>Aparèy sa&#xa0;a pa gen yon kote ki an sekirite pou kle jounal ou, kidonk paj ou yo rete sèlman jiskaske aplikasyon an fèmen. Antre nan kont ou pou yo rete nan kont ou.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="163"/>
        <source>Your journal is empty. Write a few words about your day: how it went and how you felt.</source>
        <translation>Jounal ou a vid. Ekri kèk mo sou jounen ou: kijan li te pase ak kijan ou te santi w.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <location filename="../src/models/languagenote.cpp" line="10"/>
        <source>Kreyòl</source>
        <comment>Haitian Creole, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>kreyòl</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="13"/>
        <source>French</source>
        <comment>the language, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>fransè</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="16"/>
        <source>English</source>
        <comment>the language, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>anglè</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="31"/>
        <source>Not saved in %1 on this device: shown in %2.</source>
        <translation>Pa sove an %1 sou aparèy sa a: n ap montre l an %2.</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="38"/>
        <source>Shown in %1</source>
        <comment>a course card, offline</comment>
        <translation>N ap montre l an %1</translation>
    </message>
</context>
<context>
    <name>LeaveEditorDialog</name>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="8"/>
        <source>Leave without saving?</source>
        <translation>Soti san w pa sove?</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="9"/>
        <source>Your changes on this page are not saved yet. If you leave now, they are lost.</source>
        <translation>Chanjman ou fè sou paj sa a poko sove. Si w soti kounye a, y ap pèdi.</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="10"/>
        <source>Leave without saving</source>
        <translation>Soti san sove</translation>
    </message>
</context>
<context>
    <name>LessonImage</name>
    <message>
        <location filename="../qml/courses/LessonImage.qml" line="92"/>
        <source>Loading the picture…</source>
        <translation>N ap chaje foto a…</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonImage.qml" line="93"/>
        <source>The picture is not available on this device yet.</source>
        <translation>Foto a poko sou aparèy sa a.</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="60"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>Ou pa konekte. N ap montre sa ki sove sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="85"/>
        <source>Lesson %1</source>
        <translation>Leson %1</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="106"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="113"/>
        <source>This lesson is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>Leson sa a poko sove sou aparèy sa a. Konekte ak entènèt la epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="144"/>
        <source>Mark as done</source>
        <translation>Make l fini</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="165"/>
        <source>Done</source>
        <comment>the learner has finished this lesson</comment>
        <translation>Fini</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="175"/>
        <source>Sign in to save your progress in this lesson.</source>
        <translation>Antre nan kont ou pou w sove pwogrè ou nan leson sa a.</translation>
    </message>
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/courses/LessonRow.qml" line="44"/>
        <source>Lesson %1: %2, done</source>
        <translation>Leson %1: %2, fini</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonRow.qml" line="45"/>
        <source>Lesson %1: %2</source>
        <translation>Leson %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonRow.qml" line="113"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
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
        <translation>Ou pa konekte. N ap montre kou ou te sove yo.</translation>
    </message>
</context>
<context>
    <name>OfflineCourse</name>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="36"/>
        <source>Available offline (%1). A newer version is on the server.</source>
        <translation>Disponib san entènèt (%1). Gen yon vèsyon ki pi nouvo sou sèvè a.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="37"/>
        <source>Available offline (%1)</source>
        <translation>Disponib san entènèt (%1)</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="41"/>
        <source>Waiting for the network: %1 % done</source>
        <translation>N ap tann rezo a: %1 % fini</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="42"/>
        <source>Downloading: %1 % (%2 of %3, %4 of %5 files)</source>
        <translation>Ap telechaje: %1 % (%2 sou %3, %4 sou %5 fichye)</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="50"/>
        <source>Paused at %1 %</source>
        <translation>Kanpe a %1 %</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="32"/>
        <source>Waiting for Wi-Fi.</source>
        <translation>N ap tann Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="34"/>
        <source>Paused: this month&apos;s data budget is reached.</source>
        <translation>Kanpe: limit done mwa sa a rive.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="36"/>
        <source>Paused: the device is out of space.</source>
        <translation>Kanpe: pa gen plas ankò sou aparèy la.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="38"/>
        <source>Stopped: the server sent damaged files.</source>
        <translation>Sispann: sèvè a voye fichye ki domaje.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="40"/>
        <source>Stopped: the server no longer has this course.</source>
        <translation>Sispann: sèvè a pa gen kou sa a ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="42"/>
        <source>Stopped: the downloaded course could not be read.</source>
        <translation>Sispann: nou pa t ka li kou ki telechaje a.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="45"/>
        <source>Stopped: the server could not send the files.</source>
        <translation>Sispann: sèvè a pa t ka voye fichye yo.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="55"/>
        <source>The description of “%1”</source>
        <translation>Deskripsyon «%1»</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="57"/>
        <source>Lesson %1 of “%2”</source>
        <translation>Leson %1 nan «%2»</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="61"/>
        <source>A picture of “%1”</source>
        <translation>Yon foto nan «%1»</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="66"/>
        <source>“%1” was changed after it was signed, or was not signed by Tek Pou Nou: it was left out.</source>
        <translation>«%1» te chanje apre yo te siyen l, oswa se pa Tek Pou Nou ki siyen l: nou kite l deyò.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="71"/>
        <source>“%1” is not in a form this app can read: it was left out.</source>
        <translation>«%1» pa nan yon fòm aplikasyon an ka li: nou kite l deyò.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="75"/>
        <source>%1 is missing from the pack: the course was left out.</source>
        <translation>%1 pa nan pake a: nou kite kou a deyò.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="79"/>
        <source>%1 does not match what was signed: the course was left out.</source>
        <translation>%1 pa menm ak sa ki te siyen an: nou kite kou a deyò.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="83"/>
        <source>There is no room on this device for “%1”.</source>
        <translation>Pa gen plas sou aparèy sa a pou «%1».</translation>
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
        <location filename="../qml/settings/OutboxPage.qml" line="20"/>
        <source>Waiting changes</source>
        <translation>Chanjman k ap tann</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="52"/>
        <source>Changes you make on this device wait here until the server has them.</source>
        <translation>Chanjman ou fè sou aparèy sa&#xa0;a ap tann isit la jiskaske sèvè a resevwa yo.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="62"/>
        <source>You are offline. These changes will be sent when the internet is back.</source>
        <translation>Ou pa konekte. Chanjman sa yo ap ale lè entènèt la tounen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="119"/>
        <source>Everything is saved on the server.</source>
        <translation>Tout bagay sove sou sèvè a.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="135"/>
        <source>Discard this change?</source>
        <translation>Jete chanjman sa&#xa0;a?</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="136"/>
        <source>The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.</source>
        <translation>Sèvè a refize chanjman sa&#xa0;a, kidonk li pa sove sou sèvè a. Si ou jete l, l ap pèdi sou aparèy sa&#xa0;a tou. Ou p ap ka fè l tounen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="137"/>
        <source>Discard</source>
        <translation>Jete l</translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <location filename="../qml/settings/OutboxRow.qml" line="94"/>
        <source>Try again</source>
        <translation>Eseye ankò</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxRow.qml" line="101"/>
        <source>Discard</source>
        <translation>Jete l</translation>
    </message>
</context>
<context>
    <name>PackSection</name>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="22"/>
        <source>Share courses without internet</source>
        <translation>Pataje kou san entènèt</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="27"/>
        <source>Save your downloaded courses on a USB stick or a memory card, or add courses from one. A course that was changed by anyone is refused.</source>
        <translation>Mete kou ou telechaje yo sou yon kle USB oswa yon kat memwa, oswa ajoute kou ki sou youn. Si yon moun chanje yon kou, aplikasyon an refize l.</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="34"/>
        <location filename="../qml/settings/PackSection.qml" line="66"/>
        <source>Folder</source>
        <translation>Dosye</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="73"/>
        <source>Save downloaded courses here</source>
        <translation>Mete kou telechaje yo la a</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="81"/>
        <source>Add courses from this folder</source>
        <translation>Ajoute kou ki nan dosye sa a</translation>
    </message>
</context>
<context>
    <name>PackTransfer</name>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="85"/>
        <source>There is no downloaded course to save yet.</source>
        <translation>Poko gen okenn kou telechaje pou anrejistre.</translation>
    </message>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="104"/>
        <source>The pack could not be saved there. Nothing was written.</source>
        <translation>Nou pa t ka mete pake a la. Anyen pa t ekri.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/packtransfer.cpp" line="106"/>
        <source>Saved %n course(s) in the folder “%1”.</source>
        <translation>
            <numerusform>%n kou anrejistre nan dosye «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="134"/>
        <source>This folder holds no Tek Pou Nou pack.</source>
        <translation>Pa gen okenn pake Tek Pou Nou nan dosye sa a.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/packtransfer.cpp" line="145"/>
        <source>%n course(s) added from the pack.</source>
        <translation>
            <numerusform>%n kou ajoute soti nan pake a.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="157"/>
        <source>Documents</source>
        <translation>Dokiman</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="28"/>
        <source>Hide</source>
        <comment>hide the password</comment>
        <translation>Kache</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="28"/>
        <source>Show</source>
        <comment>show the password</comment>
        <translation>Montre</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="32"/>
        <source>Hide the password</source>
        <translation>Kache modpas la</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="32"/>
        <source>Show the password</source>
        <translation>Montre modpas la</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressChart.qml" line="25"/>
        <source>%n lesson(s) completed in the last 14 days, %1 today</source>
        <translation>
            <numerusform>%n leson fini nan 14 dènye jou yo, %1 jodi a</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressChart.qml" line="132"/>
        <source>Day of the month (last 14 days; today on the right)</source>
        <translation>Jou nan mwa a (14 dènye jou yo; jodi a adwat)</translation>
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
        <translation>%1 è %2 min</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="27"/>
        <source>Progress</source>
        <translation>Pwogrè</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="53"/>
        <source>Sign in to keep track of the lessons you finish, on all your devices.</source>
        <translation>Antre nan kont ou pou w swiv leson ou fini yo, sou tout aparèy ou yo.</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="88"/>
        <source>Open a lesson to start</source>
        <translation>Louvri yon leson pou w kòmanse</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="98"/>
        <source>The lessons you read and finish will show here.</source>
        <translation>Leson ou li ak leson ou fini yo ap parèt isit la.</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="113"/>
        <location filename="../qml/progress/ProgressScreen.qml" line="166"/>
        <source>Lessons completed</source>
        <translation>Leson fini</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="115"/>
        <source>Courses started</source>
        <translation>Kou kòmanse</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="117"/>
        <source>Time spent learning</source>
        <translation>Tan ou pase ap aprann</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="191"/>
        <source>Your courses</source>
        <translation>Kou ou yo</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressScreen.qml" line="210"/>
        <source>%1 of %n lesson(s)</source>
        <translation>
            <numerusform>%1 sou %n leson</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressScreen.qml" line="211"/>
        <source>%n lesson(s) done</source>
        <translation>
            <numerusform>%n leson fini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="19"/>
        <source>Crash report</source>
        <translation>Rapò sou pann</translation>
    </message>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="21"/>
        <source>Error report</source>
        <translation>Rapò sou erè</translation>
    </message>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="22"/>
        <source>Timings</source>
        <translation>Tan ak vitès</translation>
    </message>
</context>
<context>
    <name>ReportsConsentDialog</name>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="20"/>
        <source>Help us improve Tek Pou Nou</source>
        <translation>Ede nou amelyore Tek Pou Nou</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="42"/>
        <source>When the app crashes, or to see what is slow, it can send us a report. A report never contains your name, your password or what you write. Reports wait on this device until there is internet.</source>
        <translation>Lè aplikasyon an pann, oswa pou nou wè sa k ap mache dousman, li ka voye yon rapò ba nou. Yon rapò pa janm gen non w, modpas ou, ni sa ou ekri ladan l. Rapò yo ap tann sou aparèy sa a jiskaske gen entènèt.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="53"/>
        <source>Send crash reports</source>
        <translation>Voye rapò sou pann</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="63"/>
        <source>Send timings</source>
        <translation>Voye tan ak vitès</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="70"/>
        <source>You can change this at any time in Settings.</source>
        <translation>Ou ka chanje sa nenpòt lè nan Paramèt.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="79"/>
        <source>Save my choice</source>
        <translation>Anrejistre chwa m</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="18"/>
        <source>Crash reports and timings</source>
        <translation>Rapò sou pann ak vitès</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="23"/>
        <source>They help us fix problems and make the app faster. They never contain your name, your password or what you write.</source>
        <translation>Yo ede nou ranje pwoblèm epi fè aplikasyon an mache pi vit. Yo pa janm gen non w, modpas ou, ni sa ou ekri ladan yo.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="31"/>
        <source>Send crash reports</source>
        <translation>Voye rapò sou pann</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="40"/>
        <source>Send timings</source>
        <translation>Voye tan ak vitès</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="49"/>
        <source>Also send them on mobile data</source>
        <translation>Voye yo sou done mobil tou</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="59"/>
        <source>What was sent</source>
        <translation>Sa ki te voye</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="31"/>
        <source>I have a reset code</source>
        <translation>Mwen gen yon kòd pou chanje modpas</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="57"/>
        <source>Choose a new password</source>
        <translation>Chwazi yon nouvo modpas</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="62"/>
        <source>Forgot your password? Ask your teacher for a reset code. It works once, for one day.</source>
        <translation>Ou bliye modpas ou? Mande pwofesè ou yon kòd pou chanje modpas. Li mache yon sèl fwa, pandan yon jou.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="71"/>
        <source>Email</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="73"/>
        <source>name@example.com</source>
        <translation>non@egzanp.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="82"/>
        <source>Reset code</source>
        <translation>Kòd pou chanje modpas</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="84"/>
        <source>e.g. K7QM-3XPA-9R</source>
        <extracomment>An example of the code&apos;s form; keep the letters and digits as they are.</extracomment>
        <translation>pa egzanp K7QM-3XPA-9R</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="96"/>
        <source>New password</source>
        <translation>Nouvo modpas</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="123"/>
        <source>Set the new password</source>
        <translation>Mete nouvo modpas la</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="129"/>
        <source>Signing in…</source>
        <translation>N ap antre nan kont ou…</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="50"/>
        <source>Clear</source>
        <translation>Efase</translation>
    </message>
</context>
<context>
    <name>SentReportsPage</name>
    <message>
        <location filename="../qml/settings/SentReportsPage.qml" line="18"/>
        <source>What was sent</source>
        <translation>Sa ki te voye</translation>
    </message>
    <message>
        <location filename="../qml/settings/SentReportsPage.qml" line="45"/>
        <source>Nothing has been sent from this device.</source>
        <translation>Anyen poko soti sou aparèy sa a.</translation>
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
        <translation>Paramèt</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="56"/>
        <source>Language</source>
        <translation>Lang</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="61"/>
        <source>Choose the language of the app.</source>
        <translation>Chwazi lang aplikasyon an.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="88"/>
        <source>About</source>
        <translation>Sou aplikasyon an</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="94"/>
        <source>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</source>
        <translation>Tek Pou Nou, vèsyon %1. Aprann nan ritm pa w, menm san entènèt.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="38"/>
        <location filename="../qml/settings/SignInPage.qml" line="64"/>
        <location filename="../qml/settings/SignInPage.qml" line="140"/>
        <source>Sign in</source>
        <translation>Antre nan kont ou</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="75"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Antre nan kont ou pou w kenbe travay ou yo, jounal ou ak pwogrè ou, sou aparèy sa&#xa0;a ak sou lòt aparèy ou yo.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="88"/>
        <source>Email</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="99"/>
        <source>name@example.com</source>
        <translation>non@egzanp.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="113"/>
        <source>Password</source>
        <translation>Modpas</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="155"/>
        <source>Signing in…</source>
        <translation>N ap antre nan kont ou…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="164"/>
        <source>I have a reset code</source>
        <translation>Mwen gen yon kòd pou chanje modpas</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="171"/>
        <source>No account yet? Create one: it takes a name, an email and a password.</source>
        <translation>Ou poko gen kont? Kreye youn: ou bezwen yon non, yon imèl ak yon modpas.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="180"/>
        <source>Create an account</source>
        <translation>Kreye yon kont</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="189"/>
        <source>Just looking? Try the app with a practice account that everyone shares.</source>
        <translation>Ou jis vle gade? Eseye aplikasyon an ak yon kont pou pratike ke tout moun pataje.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="199"/>
        <source>Try the demo</source>
        <translation>Eseye demo a</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <location filename="../qml/components/SignInPrompt.qml" line="43"/>
        <source>Sign in</source>
        <translation>Antre nan kont ou</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="33"/>
        <source>Create an account</source>
        <translation>Kreye yon kont</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="64"/>
        <source>With an account, your tasks, journal and progress are kept on the server too, and you find them on your other devices.</source>
        <translation>Avèk yon kont, travay ou yo, jounal ou ak pwogrè ou sove sou sèvè a tou, epi ou jwenn yo sou lòt aparèy ou yo.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="73"/>
        <source>Your name</source>
        <translation>Non ou</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="81"/>
        <source>Email</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="82"/>
        <source>name@example.com</source>
        <translation>non@egzanp.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="94"/>
        <source>Password</source>
        <translation>Modpas</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="110"/>
        <source>At least 8 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Omwen 8 karaktè. Yon ti fraz fasil pou w sonje, men li difisil pou lòt moun devine.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="128"/>
        <source>Create my account</source>
        <translation>Kreye kont mwen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="134"/>
        <source>Creating your account…</source>
        <translation>N ap kreye kont ou…</translation>
    </message>
</context>
<context>
    <name>StorageModel</name>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="36"/>
        <source>Downloading: %1 of %2 files</source>
        <translation>Ap telechaje: %1 sou %2 fichye</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="37"/>
        <source>Paused</source>
        <translation>Kanpe</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="98"/>
        <source>Downloaded courses: %1</source>
        <translation>Kou telechaje: %1</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="104"/>
        <source>Things seen, kept for offline: %1</source>
        <translation>Sa w te wè, ki kenbe pou san entènèt: %1</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="18"/>
        <source>Storage and downloads</source>
        <translation>Plas ak telechajman</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="54"/>
        <source>No course is downloaded yet. Open a course and choose “Download for offline”.</source>
        <translation>Poko gen okenn kou telechaje. Louvri yon kou epi chwazi «Telechaje pou san entènèt».</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="76"/>
        <source>Cache</source>
        <translation>Kach</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="90"/>
        <location filename="../qml/settings/StoragePage.qml" line="111"/>
        <source>Clear cache</source>
        <translation>Vide kach la</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="109"/>
        <source>Clear the cache?</source>
        <translation>Vide kach la?</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="110"/>
        <source>Pages and pictures you have seen will be removed from this device; they come back when you see them again online. Downloaded courses, and your tasks, journal and progress, stay.</source>
        <translation>Paj ak foto ou te wè yo ap soti sou aparèy sa a; y ap tounen lè w wè yo ankò sou entènèt. Kou ou telechaje yo, ak travay ou, jounal ou ak pwogrè w, ap rete.</translation>
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
        <translation>Kanpe</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="72"/>
        <source>Resume</source>
        <translation>Kontinye</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="78"/>
        <source>Cancel download</source>
        <translation>Anile telechajman an</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="84"/>
        <source>Remove download</source>
        <translation>Retire telechajman an</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="85"/>
        <source>Remove the download of %1</source>
        <translation>Retire telechajman %1</translation>
    </message>
</context>
<context>
    <name>StorageSection</name>
    <message>
        <location filename="../qml/settings/StorageSection.qml" line="16"/>
        <source>Storage</source>
        <translation>Plas sou aparèy la</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageSection.qml" line="22"/>
        <source>Downloads, cache and data use</source>
        <translation>Telechajman, kach ak done mobil</translation>
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
        <location filename="../qml/settings/SyncSection.qml" line="19"/>
        <source>Sync</source>
        <translation>Senkronizasyon</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="30"/>
        <source>Sync now</source>
        <translation>Senkronize kounye a</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="37"/>
        <source>See waiting changes</source>
        <translation>Wè chanjman k ap tann yo</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="92"/>
        <source>Not synced yet</source>
        <translation>Poko senkronize</translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="95"/>
        <source>Synced just now</source>
        <translation>Fenk senkronize</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="97"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Senkronize sa gen %n minit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="99"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Senkronize sa gen %n èdtan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="100"/>
        <source>Synced on %1</source>
        <translation>Senkronize nan dat %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="71"/>
        <source>Syncing your changes…</source>
        <translation>N ap senkronize chanjman ou yo…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="73"/>
        <source>Offline</source>
        <translation>Pa konekte</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="75"/>
        <source>Sync is not working right now</source>
        <translation>Senkronizasyon an pa mache kounye a</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="77"/>
        <source>Everything is synced</source>
        <translation>Tout bagay senkronize</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="77"/>
        <source>Waiting to sync</source>
        <translation>Ap tann pou senkronize</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="90"/>
        <source>Your changes are kept on this device and will be sent when the internet is back.</source>
        <translation>Chanjman ou yo rete sou aparèy sa&#xa0;a. Y ap voye yo lè entènèt la tounen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="92"/>
        <source>Your changes are kept on this device. The app will try again by itself.</source>
        <translation>Chanjman ou yo rete sou aparèy sa&#xa0;a. Aplikasyon an ap eseye ankò poukont li.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncStatusCard.qml" line="129"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n chanjman poko voye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncStatusCard.qml" line="138"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>Sèvè a refize %n chanjman</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskEditorPage</name>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="55"/>
        <source>New task</source>
        <translation>Nouvo travay</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="55"/>
        <source>Change the task</source>
        <translation>Chanje travay la</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="123"/>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="133"/>
        <source>What do you want to do?</source>
        <translation>Kisa ou vle fè?</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="146"/>
        <source>Notes (optional)</source>
        <translation>Nòt (si ou vle)</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="166"/>
        <source>Status</source>
        <translation>Kote l ye</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="175"/>
        <source>Priority</source>
        <translation>Priyorite</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="188"/>
        <source>Due date</source>
        <translation>Dat limit</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="195"/>
        <source>Year-month-day, for example %1. Leave it empty if there is no date.</source>
        <translation>Ane-mwa-jou, pa egzanp %1. Kite l vid si pa gen dat.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="207"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="224"/>
        <source>Add the task</source>
        <translation>Ajoute travay la</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="224"/>
        <source>Save</source>
        <translation>Sove</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="233"/>
        <source>Delete the task</source>
        <translation>Efase travay la</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="22"/>
        <source>Replaced by another device</source>
        <translation>Yon lòt aparèy ranplase l</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="27"/>
        <source>This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.</source>
        <translation>Yo te chanje travay sa a sou de aparèy an menm tan. Nou kenbe dènye chanjman an; men sa li te ranplase yo.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="78"/>
        <source>Replaced on %1</source>
        <translation>Ranplase %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="248"/>
        <source>Delete this task?</source>
        <translation>Efase travay sa a?</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="249"/>
        <source>The task will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>Travay la pral efase sou aparèy sa a ak sou lòt aparèy ou yo. Ou pa ka defèt sa.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="250"/>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../src/models/tasktext.cpp" line="71"/>
        <source>Give the task a title.</source>
        <translation>Bay travay la yon tit.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="68"/>
        <source>The title is too long: it can have at most %1 characters.</source>
        <translation>Tit la twò long: li pa ka gen plis pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="70"/>
        <source>The title must fit on one line.</source>
        <translation>Tit la dwe sou yon sèl liy.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="74"/>
        <source>The notes are too long: they can have at most %1 characters.</source>
        <translation>Nòt yo twò long: yo pa ka gen plis pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="76"/>
        <source>Choose a status: to do, in progress or done.</source>
        <translation>Chwazi kote l ye: pou fè, ap fèt oswa fini.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="78"/>
        <source>Choose a priority: low, medium or high.</source>
        <translation>Chwazi yon priyorite: ba, mwayen oswa wo.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="80"/>
        <source>Write the due date as YYYY-MM-DD, for example %1.</source>
        <translation>Ekri dat limit la konsa: AAAA-MM-JJ, pa egzanp %1.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="84"/>
        <source>This course cannot be linked to a task.</source>
        <translation>Ou pa ka mare kou sa a ak yon travay.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="191"/>
        <location filename="../src/models/tasklistmodel.cpp" line="210"/>
        <location filename="../src/models/tasklistmodel.cpp" line="237"/>
        <source>Sign in to save tasks.</source>
        <translation>Antre nan kont ou pou w sove travay yo.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="183"/>
        <source>The task could not be saved on this device.</source>
        <translation>Nou pa t ka sove travay la sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="213"/>
        <location filename="../src/models/tasklistmodel.cpp" line="239"/>
        <source>This task no longer exists. It may have been deleted on another device.</source>
        <translation>Travay sa a pa egziste ankò. Petèt yo efase l sou yon lòt aparèy.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="243"/>
        <source>The task could not be deleted on this device.</source>
        <translation>Nou pa t ka efase travay la sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="12"/>
        <source>To do</source>
        <translation>Pou fè</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="14"/>
        <source>In progress</source>
        <translation>Ap fèt</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="16"/>
        <source>Done</source>
        <translation>Fini</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="22"/>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Ba</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="24"/>
        <source>Medium</source>
        <comment>priority</comment>
        <translation>Mwayen</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="26"/>
        <source>High</source>
        <comment>priority</comment>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="36"/>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="38"/>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="40"/>
        <source>Status</source>
        <translation>Kote l ye</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="42"/>
        <source>Priority</source>
        <translation>Priyorite</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="44"/>
        <source>Due date</source>
        <translation>Dat limit</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="46"/>
        <source>Course</source>
        <translation>Kou</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="56"/>
        <source>No due date</source>
        <translation>Pa gen dat limit</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="58"/>
        <source>No course</source>
        <translation>Pa gen kou</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="60"/>
        <source>No notes</source>
        <translation>Pa gen nòt</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="45"/>
        <source>Mark as not done: %1</source>
        <translation>Make l pa fini: %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="46"/>
        <source>Mark as done: %1</source>
        <translation>Make l fini: %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="80"/>
        <source>Late: due %1</source>
        <translation>An reta: dat limit %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="80"/>
        <source>Due %1</source>
        <translation>Dat limit: %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="117"/>
        <source>Changed on another device</source>
        <translation>Chanje sou yon lòt aparèy</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="22"/>
        <source>Tasks</source>
        <translation>Travay</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="46"/>
        <source>Sign in to keep a list of what you want to do, on this device and on your other devices.</source>
        <translation>Antre nan kont ou pou w kenbe yon lis sa ou vle fè, sou aparèy sa a ak sou lòt aparèy ou yo.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="107"/>
        <source>Add a task</source>
        <translation>Ajoute yon travay</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="154"/>
        <source>No tasks yet. Tap “Add a task” to write down something you want to do.</source>
        <translation>Poko gen travay. Peze « Ajoute yon travay » pou w ekri yon bagay ou vle fè.</translation>
    </message>
</context>
</TS>
