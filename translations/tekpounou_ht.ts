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
    <name>JournalConflictPage</name>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="23"/>
        <source>Current version</source>
        <translation>Vèsyon ki la kounye a</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="25"/>
        <source>Other version, saved %1</source>
        <translation>Lòt vèsyon, sove %1</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="61"/>
        <source>Choose a version</source>
        <translation>Chwazi yon vèsyon</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="99"/>
        <source>This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.</source>
        <translation>Yo te chanje paj sa a sou de aparèy anvan yo te ka senkronize, kidonk nou kenbe toude tèks yo. Kenbe youn ladan yo, oswa mete yo ansanm anba a.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="107"/>
        <source>This entry has only one version now: there is nothing to choose.</source>
        <translation>Paj sa a gen yon sèl vèsyon kounye a: pa gen anyen pou chwazi.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="143"/>
        <source>(No text)</source>
        <translation>(Pa gen tèks)</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="152"/>
        <source>Keep this version</source>
        <translation>Kenbe vèsyon sa a</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="163"/>
        <source>Or put them together</source>
        <translation>Oswa mete yo ansanm</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="171"/>
        <source>Change the text below as you like, then save it. It replaces both versions.</source>
        <translation>Chanje tèks ki anba a jan w vle, epi sove l. Li ap ranplase toude vèsyon yo.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="215"/>
        <source>Save this text</source>
        <translation>Sove tèks sa a</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="37"/>
        <source>This entry no longer exists.</source>
        <translation>Paj sa a pa egziste ankò.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="75"/>
        <source>New entry</source>
        <translation>Nouvo paj</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="75"/>
        <source>Edit entry</source>
        <translation>Chanje paj la</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="129"/>
        <source>This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.</source>
        <translation>Yo te chanje paj sa a sou de aparèy, kidonk li gen de vèsyon. Anyen pa pèdi: chwazi sa w vle kenbe.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="137"/>
        <source>Choose a version</source>
        <translation>Chwazi yon vèsyon</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="146"/>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="158"/>
        <source>YYYY-MM-DD</source>
        <extracomment>The form of a date the learner types: year, month, day.</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="167"/>
        <source>How did you feel?</source>
        <translation>Kijan ou te santi w?</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="222"/>
        <source>Choose from 1 (very bad) to 5 (very good).</source>
        <translation>Chwazi ant 1 (trè mal) ak 5 (trè byen).</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="230"/>
        <source>Your words</source>
        <translation>Tèks ou</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="253"/>
        <source>Write about your day…</source>
        <translation>Ekri sou jounen ou…</translation>
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
        <translation>Etikèt (si w vle)</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="290"/>
        <source>school, family</source>
        <translation>lekòl, fanmi</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="300"/>
        <source>Separate tags with commas.</source>
        <translation>Mete yon vigil ant chak etikèt.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="316"/>
        <source>Save</source>
        <translation>Sove</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="325"/>
        <source>Delete this entry</source>
        <translation>Efase paj sa a</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="341"/>
        <source>Delete this entry?</source>
        <translation>Efase paj sa a?</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="342"/>
        <source>The entry will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>Paj la ap efase sou aparèy sa a ak sou lòt aparèy ou yo. Ou p ap ka defèt sa.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="343"/>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
</context>
<context>
    <name>JournalEntryRow</name>
    <message>
        <location filename="../qml/JournalEntryRow.qml" line="27"/>
        <source>Two versions — choose</source>
        <translation>De vèsyon — chwazi</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="69"/>
        <source>Write the date as year-month-day, for example %1.</source>
        <translation>Ekri dat la konsa: ane-mwa-jou, pa egzanp %1.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="73"/>
        <source>Choose how you felt, from 1 to 5.</source>
        <translation>Chwazi kijan ou te santi w, soti 1 rive 5.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="75"/>
        <source>This entry is too long: it can have at most %1 characters.</source>
        <translation>Paj sa a twò long: li pa ka gen plis pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="80"/>
        <source>Use at most %1 tags.</source>
        <translation>Pa mete plis pase %1 etikèt.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="83"/>
        <source>A tag can have at most %1 characters.</source>
        <translation>Yon etikèt pa ka gen plis pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="225"/>
        <location filename="../src/models/journallistmodel.cpp" line="249"/>
        <location filename="../src/models/journallistmodel.cpp" line="265"/>
        <location filename="../src/models/journallistmodel.cpp" line="295"/>
        <location filename="../src/models/journallistmodel.cpp" line="313"/>
        <source>Sign in to write in your journal.</source>
        <translation>Antre nan kont ou pou w ka ekri nan jounal ou.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="227"/>
        <source>This entry could not be saved on this device.</source>
        <translation>Nou pa t ka sove paj sa a sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="249"/>
        <location filename="../src/models/journallistmodel.cpp" line="295"/>
        <location filename="../src/models/journallistmodel.cpp" line="313"/>
        <source>This entry no longer exists.</source>
        <translation>Paj sa a pa egziste ankò.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="267"/>
        <source>This entry could not be deleted on this device.</source>
        <translation>Nou pa t ka efase paj sa a sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="298"/>
        <source>This entry has changed since. Open it again to choose.</source>
        <translation>Paj sa a chanje depi lè sa a. Louvri l ankò pou w chwazi.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="322"/>
        <source>Very bad</source>
        <translation>Trè mal</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="324"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="326"/>
        <source>Okay</source>
        <translation>Konsa konsa</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="328"/>
        <source>Good</source>
        <translation>Byen</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="330"/>
        <source>Very good</source>
        <translation>Trè byen</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../qml/JournalScreen.qml" line="26"/>
        <source>Journal</source>
        <translation>Jounal</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="51"/>
        <source>Sign in to keep a journal of your days. It is saved on this device and on your account.</source>
        <translation>Antre nan kont ou pou w ka kenbe yon jounal sou jou ou yo. Li sove sou aparèy sa a ak nan kont ou.</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="98"/>
        <source>New entry</source>
        <translation>Nouvo paj</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="148"/>
        <source>Your journal is empty. Write a few words about your day: how it went and how you felt.</source>
        <translation>Jounal ou a vid. Ekri kèk mo sou jounen ou: kijan li te pase ak kijan ou te santi w.</translation>
    </message>
</context>
<context>
    <name>LeaveEditorDialog</name>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="7"/>
        <source>Leave without saving?</source>
        <translation>Soti san w pa sove?</translation>
    </message>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="8"/>
        <source>Your changes on this page are not saved yet. If you leave now, they are lost.</source>
        <translation>Chanjman ou fè sou paj sa a poko sove. Si w soti kounye a, y ap pèdi.</translation>
    </message>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="9"/>
        <source>Leave without saving</source>
        <translation>Soti san sove</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="70"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>Ou pa konekte. N ap montre sa ki sove sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="89"/>
        <source>Lesson %1</source>
        <translation>Leson %1</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="110"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 minit</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="117"/>
        <source>This lesson is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>Leson sa a poko sove sou aparèy sa a. Konekte ak entènèt la epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="152"/>
        <source>Mark as done</source>
        <translation>Make l fini</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="173"/>
        <source>Done</source>
        <comment>the learner has finished this lesson</comment>
        <translation>Fini</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="183"/>
        <source>Sign in to save your progress in this lesson.</source>
        <translation>Antre nan kont ou pou w sove pwogrè ou nan leson sa a.</translation>
    </message>
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/LessonRow.qml" line="43"/>
        <source>Lesson %1: %2, done</source>
        <translation>Leson %1: %2, fini</translation>
    </message>
    <message>
        <location filename="../qml/LessonRow.qml" line="44"/>
        <source>Lesson %1: %2</source>
        <translation>Leson %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/LessonRow.qml" line="112"/>
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
        <location filename="../src/models/outboxmodel.cpp" line="13"/>
        <source>Task</source>
        <translation>Travay</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="15"/>
        <source>Journal entry</source>
        <translation>Nòt nan jounal</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="17"/>
        <source>Lesson progress</source>
        <translation>Pwogrè nan leson</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="24"/>
        <source>Deleted</source>
        <translation>Efase</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="40"/>
        <source>Something in this change is not valid, so the server refused it.</source>
        <translation>Gen yon bagay nan chanjman sa&#xa0;a ki pa valab, kidonk sèvè a refize l.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="42"/>
        <source>This change is too large to send.</source>
        <translation>Chanjman sa&#xa0;a twò gwo pou n voye l.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="43"/>
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
    <name>ProgressChart</name>
    <message numerus="yes">
        <location filename="../qml/ProgressChart.qml" line="24"/>
        <source>%n lesson(s) completed in the last 14 days, %1 today</source>
        <translation>
            <numerusform>%n leson fini nan 14 dènye jou yo, %1 jodi a</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ProgressChart.qml" line="131"/>
        <source>Day of the month (last 14 days; today on the right)</source>
        <translation>Jou nan mwa a (14 dènye jou yo; jodi a adwat)</translation>
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
        <translation>%1 è %2 min</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="28"/>
        <source>Progress</source>
        <translation>Pwogrè</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="45"/>
        <source>Sign in to keep track of the lessons you finish, on all your devices.</source>
        <translation>Antre nan kont ou pou w swiv leson ou fini yo, sou tout aparèy ou yo.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="92"/>
        <source>Open a lesson to start</source>
        <translation>Louvri yon leson pou w kòmanse</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="102"/>
        <source>The lessons you read and finish will show here.</source>
        <translation>Leson ou li ak leson ou fini yo ap parèt isit la.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="117"/>
        <location filename="../qml/ProgressScreen.qml" line="169"/>
        <source>Lessons completed</source>
        <translation>Leson fini</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="119"/>
        <source>Courses started</source>
        <translation>Kou kòmanse</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="121"/>
        <source>Time spent learning</source>
        <translation>Tan ou pase ap aprann</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="194"/>
        <source>Your courses</source>
        <translation>Kou ou yo</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ProgressScreen.qml" line="213"/>
        <source>%1 of %n lesson(s)</source>
        <translation>
            <numerusform>%1 sou %n leson</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ProgressScreen.qml" line="214"/>
        <source>%n lesson(s) done</source>
        <translation>
            <numerusform>%n leson fini</numerusform>
        </translation>
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
    <name>SignInPrompt</name>
    <message>
        <location filename="../qml/SignInPrompt.qml" line="42"/>
        <source>Sign in</source>
        <translation>Antre nan kont ou</translation>
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
        <location filename="../qml/SyncSection.qml" line="18"/>
        <source>Sync</source>
        <translation>Senkronizasyon</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="29"/>
        <source>Sync now</source>
        <translation>Senkronize kounye a</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="36"/>
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
    <name>TaskEditorPage</name>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="99"/>
        <source>New task</source>
        <translation>Nouvo travay</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="99"/>
        <source>Change the task</source>
        <translation>Chanje travay la</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="167"/>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="177"/>
        <source>What do you want to do?</source>
        <translation>Kisa ou vle fè?</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="190"/>
        <source>Notes (optional)</source>
        <translation>Nòt (si ou vle)</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="219"/>
        <source>Status</source>
        <translation>Kote l ye</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="228"/>
        <source>Priority</source>
        <translation>Priyorite</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="241"/>
        <source>Due date</source>
        <translation>Dat limit</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="248"/>
        <source>Year-month-day, for example %1. Leave it empty if there is no date.</source>
        <translation>Ane-mwa-jou, pa egzanp %1. Kite l vid si pa gen dat.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="260"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="277"/>
        <source>Add the task</source>
        <translation>Ajoute travay la</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="277"/>
        <source>Save</source>
        <translation>Sove</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="286"/>
        <source>Delete the task</source>
        <translation>Efase travay la</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="299"/>
        <source>Replaced by another device</source>
        <translation>Yon lòt aparèy ranplase l</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="304"/>
        <source>This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.</source>
        <translation>Yo te chanje travay sa a sou de aparèy an menm tan. Nou kenbe dènye chanjman an; men sa li te ranplase yo.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="355"/>
        <source>Replaced on %1</source>
        <translation>Ranplase %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="377"/>
        <source>Delete this task?</source>
        <translation>Efase travay sa a?</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="378"/>
        <source>The task will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>Travay la pral efase sou aparèy sa a ak sou lòt aparèy ou yo. Ou pa ka defèt sa.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="379"/>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="248"/>
        <source>Give the task a title.</source>
        <translation>Bay travay la yon tit.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="250"/>
        <source>The title is too long: it can have at most %1 characters.</source>
        <translation>Tit la twò long: li pa ka gen plis pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="252"/>
        <source>The title must fit on one line.</source>
        <translation>Tit la dwe sou yon sèl liy.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="257"/>
        <source>The notes are too long: they can have at most %1 characters.</source>
        <translation>Nòt yo twò long: yo pa ka gen plis pase %1 karaktè.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="260"/>
        <source>Choose a status: to do, in progress or done.</source>
        <translation>Chwazi kote l ye: pou fè, ap fèt oswa fini.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="262"/>
        <source>Choose a priority: low, medium or high.</source>
        <translation>Chwazi yon priyorite: ba, mwayen oswa wo.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="265"/>
        <source>Write the due date as YYYY-MM-DD, for example %1.</source>
        <translation>Ekri dat limit la konsa: AAAA-MM-JJ, pa egzanp %1.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="272"/>
        <source>This course cannot be linked to a task.</source>
        <translation>Ou pa ka mare kou sa a ak yon travay.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="279"/>
        <location filename="../src/models/tasklistmodel.cpp" line="310"/>
        <location filename="../src/models/tasklistmodel.cpp" line="343"/>
        <source>Sign in to save tasks.</source>
        <translation>Antre nan kont ou pou w sove travay yo.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="300"/>
        <location filename="../src/models/tasklistmodel.cpp" line="330"/>
        <source>The task could not be saved on this device.</source>
        <translation>Nou pa t ka sove travay la sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="313"/>
        <location filename="../src/models/tasklistmodel.cpp" line="345"/>
        <source>This task no longer exists. It may have been deleted on another device.</source>
        <translation>Travay sa a pa egziste ankò. Petèt yo efase l sou yon lòt aparèy.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="349"/>
        <source>The task could not be deleted on this device.</source>
        <translation>Nou pa t ka efase travay la sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="415"/>
        <source>To do</source>
        <translation>Pou fè</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="417"/>
        <source>In progress</source>
        <translation>Ap fèt</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="419"/>
        <source>Done</source>
        <translation>Fini</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="425"/>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Ba</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="427"/>
        <source>Medium</source>
        <comment>priority</comment>
        <translation>Mwayen</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="429"/>
        <source>High</source>
        <comment>priority</comment>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="435"/>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="437"/>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="439"/>
        <source>Status</source>
        <translation>Kote l ye</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="441"/>
        <source>Priority</source>
        <translation>Priyorite</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="443"/>
        <source>Due date</source>
        <translation>Dat limit</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="445"/>
        <source>Course</source>
        <translation>Kou</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="456"/>
        <source>No due date</source>
        <translation>Pa gen dat limit</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="458"/>
        <source>No course</source>
        <translation>Pa gen kou</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="460"/>
        <source>No notes</source>
        <translation>Pa gen nòt</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../qml/TaskRow.qml" line="44"/>
        <source>Mark as not done: %1</source>
        <translation>Make l pa fini: %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="45"/>
        <source>Mark as done: %1</source>
        <translation>Make l fini: %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="79"/>
        <source>Late: due %1</source>
        <translation>An reta: dat limit %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="79"/>
        <source>Due %1</source>
        <translation>Dat limit: %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="116"/>
        <source>Changed on another device</source>
        <translation>Chanje sou yon lòt aparèy</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/TasksScreen.qml" line="21"/>
        <source>Tasks</source>
        <translation>Travay</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="45"/>
        <source>Sign in to keep a list of what you want to do, on this device and on your other devices.</source>
        <translation>Antre nan kont ou pou w kenbe yon lis sa ou vle fè, sou aparèy sa a ak sou lòt aparèy ou yo.</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="109"/>
        <source>Add a task</source>
        <translation>Ajoute yon travay</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="152"/>
        <source>No tasks yet. Tap “Add a task” to write down something you want to do.</source>
        <translation>Poko gen travay. Peze « Ajoute yon travay » pou w ekri yon bagay ou vle fè.</translation>
    </message>
</context>
</TS>
