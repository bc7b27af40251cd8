<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../qml/AccountDetails.qml" line="40"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="70"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="80"/>
        <location filename="../qml/AccountDetails.qml" line="144"/>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="102"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="111"/>
        <source>Sign out and erase this device&apos;s data</source>
        <translation>Se déconnecter et effacer les données de cet appareil</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="120"/>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="128"/>
        <source>Sign out and erase this device&apos;s data?</source>
        <translation>Se déconnecter et effacer les données de cet appareil&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="129"/>
        <source>This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>Cela retire de cet appareil vos cours enregistrés, vos tâches, votre journal et votre progression. Votre compte reste sur le serveur&#xa0;: vous pourrez vous reconnecter à tout moment.</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="130"/>
        <source>Sign out and erase</source>
        <translation>Se déconnecter et effacer</translation>
    </message>
    <message>
        <location filename="../qml/AccountDetails.qml" line="147"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../qml/AccountSection.qml" line="20"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="35"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Connectez-vous pour garder vos tâches, votre journal et votre progression, sur cet appareil et sur vos autres appareils.</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="45"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../qml/AccountSection.qml" line="65"/>
        <source>This device has no safe place to keep you signed in, so you will need to sign in each time you open the app.</source>
        <translation>Cet appareil n’a pas d’endroit sûr pour garder votre session ouverte&#xa0;: vous devrez vous connecter à chaque ouverture de l’application.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="86"/>
        <source>Your session has ended. Sign in again to continue; nothing you saved on this device is lost.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer ; rien de ce que vous avez enregistré sur cet appareil n’est perdu.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="112"/>
        <source>You are offline. Try again when you are connected.</source>
        <translation>Vous êtes hors ligne. Réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="113"/>
        <source>Your profile could not be saved. Try again later.</source>
        <translation>Votre profil n’a pas pu être enregistré. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="134"/>
        <source>You are offline. Exporting needs a connection.</source>
        <translation>Vous êtes hors ligne. L’exportation nécessite une connexion.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="135"/>
        <source>The server could not prepare your data. Try again later.</source>
        <translation>Le serveur n’a pas pu préparer vos données. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="143"/>
        <source>Your data could not be written to that file.</source>
        <translation>Vos données n’ont pas pu être écrites dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="146"/>
        <source>Your data was saved to %1.</source>
        <translation>Vos données ont été enregistrées dans %1.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="159"/>
        <source>You are offline. Deleting your account needs a connection.</source>
        <translation>Vous êtes hors ligne. La suppression de votre compte nécessite une connexion.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="160"/>
        <source>Your account could not be deleted. Try again later.</source>
        <translation>Votre compte n’a pas pu être supprimé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="164"/>
        <source>Your account and this device&apos;s copy of your data were deleted.</source>
        <translation>Votre compte et la copie de vos données sur cet appareil ont été supprimés.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="63"/>
        <source>That email and password do not match. Check them and try again.</source>
        <translation>Cette adresse e-mail et ce mot de passe ne correspondent pas. Vérifiez-les et réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authservice.cpp" line="66"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="69"/>
        <source>You are offline. Signing in needs a connection the first time.</source>
        <translation>Vous êtes hors ligne. La première connexion à votre compte nécessite Internet.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="71"/>
        <source>The server&apos;s identity could not be verified. Check the date and time on this device.</source>
        <translation>L’identité du serveur n’a pas pu être vérifiée. Vérifiez la date et l’heure de cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="73"/>
        <location filename="../src/auth/authservice.cpp" line="107"/>
        <source>Enter your email address and your password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="74"/>
        <source>Signing in did not work. Try again later.</source>
        <translation>La connexion n’a pas abouti. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="94"/>
        <source>This device has no keychain to keep you signed in. Sign in again each time you open the app.</source>
        <translation>Cet appareil n’a pas de trousseau pour garder votre session ouverte. Reconnectez-vous à chaque ouverture de l’application.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="143"/>
        <source>This device has no keychain to keep you signed in. You will need to sign in again next time you open the app.</source>
        <translation>Cet appareil n’a pas de trousseau pour garder votre session ouverte. Vous devrez vous reconnecter à la prochaine ouverture de l’application.</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <location filename="../qml/BackButton.qml" line="13"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/CatalogPage.qml" line="55"/>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="60"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="76"/>
        <source>Search courses</source>
        <translation>Rechercher des cours</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="153"/>
        <source>No courses match your search.</source>
        <translation>Aucun cours ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location filename="../qml/CatalogPage.qml" line="154"/>
        <source>No saved courses yet. Connect to the internet, then tap Refresh.</source>
        <translation>Aucun cours enregistré pour l’instant. Connectez-vous à Internet, puis touchez « Actualiser ».</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <location filename="../qml/CategoryFilter.qml" line="34"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>ChangeStateChip</name>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="23"/>
        <source>Refused</source>
        <comment>a change the server did not accept</comment>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="24"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../qml/ChangeStateChip.qml" line="25"/>
        <source>Waiting</source>
        <comment>a change not yet sent to the server</comment>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="71"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <location filename="../qml/CourseCard.qml" line="88"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
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
        <translation>Vous êtes hors ligne. Voici ce qui est enregistré sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../qml/CourseDetailPage.qml" line="87"/>
        <source>This course is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>Ce cours n’est pas encore enregistré sur cet appareil. Connectez-vous à Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../qml/CourseDetailPage.qml" line="108"/>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message numerus="yes">
        <location filename="../qml/CourseHeader.qml" line="75"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
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
        <translation>SUPPRIMER</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="13"/>
        <source>Delete your account?</source>
        <translation>Supprimer votre compte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="14"/>
        <source>Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device&apos;s copy will be erased. This cannot be undone.</source>
        <translation>Votre compte et tout ce qu’il contient (vos tâches, votre journal et votre progression) seront supprimés du serveur, et la copie sur cet appareil sera effacée. Cette action est définitive.</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="15"/>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <location filename="../qml/DeleteAccountDialog.qml" line="24"/>
        <source>To confirm, type %1 below.</source>
        <translation>Pour confirmer, tapez %1 ci-dessous.</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../qml/Destinations.qml" line="17"/>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="19"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="21"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="23"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="25"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../qml/ErrorLine.qml" line="29"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/models/errortext.cpp" line="13"/>
        <source>The server&apos;s identity could not be verified, so nothing was loaded. Check that the date and time on this device are right.</source>
        <translation>L’identité du serveur n’a pas pu être vérifiée, donc rien n’a été chargé. Vérifiez que la date et l’heure de cet appareil sont correctes.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="17"/>
        <source>This content is no longer available.</source>
        <translation>Ce contenu n’est plus disponible.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="19"/>
        <source>The server could not answer this request.</source>
        <translation>Le serveur n’a pas pu répondre à cette demande.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="21"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>Le serveur a un problème en ce moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="25"/>
        <source>The server sent something the app could not read. Saved content is still available.</source>
        <translation>Le serveur a envoyé des données que l’application n’a pas pu lire. Le contenu enregistré reste disponible.</translation>
    </message>
</context>
<context>
    <name>JournalConflictPage</name>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="23"/>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="25"/>
        <source>Other version, saved %1</source>
        <translation>Autre version, enregistrée le %1</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="61"/>
        <source>Choose a version</source>
        <translation>Choisir une version</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="99"/>
        <source>This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.</source>
        <translation>Cette entrée a été modifiée sur deux appareils avant leur synchronisation : les deux textes ont donc été gardés. Gardez-en un, ou réunissez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="107"/>
        <source>This entry has only one version now: there is nothing to choose.</source>
        <translation>Cette entrée n’a plus qu’une version : il n’y a rien à choisir.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="143"/>
        <source>(No text)</source>
        <translation>(Pas de texte)</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="152"/>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="163"/>
        <source>Or put them together</source>
        <translation>Ou réunissez-les</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="171"/>
        <source>Change the text below as you like, then save it. It replaces both versions.</source>
        <translation>Modifiez le texte ci-dessous comme vous voulez, puis enregistrez-le. Il remplace les deux versions.</translation>
    </message>
    <message>
        <location filename="../qml/JournalConflictPage.qml" line="215"/>
        <source>Save this text</source>
        <translation>Enregistrer ce texte</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="37"/>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="75"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="75"/>
        <source>Edit entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="129"/>
        <source>This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.</source>
        <translation>Cette entrée a été modifiée sur deux appareils : elle a donc deux versions. Rien n’est perdu : choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="137"/>
        <source>Choose a version</source>
        <translation>Choisir une version</translation>
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
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="167"/>
        <source>How did you feel?</source>
        <translation>Comment vous sentiez-vous ?</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="222"/>
        <source>Choose from 1 (very bad) to 5 (very good).</source>
        <translation>Choisissez de 1 (très mal) à 5 (très bien).</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="230"/>
        <source>Your words</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="253"/>
        <source>Write about your day…</source>
        <translation>Racontez votre journée…</translation>
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
        <translation>Étiquettes (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="290"/>
        <source>school, family</source>
        <translation>école, famille</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="300"/>
        <source>Separate tags with commas.</source>
        <translation>Séparez les étiquettes par des virgules.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="316"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="325"/>
        <source>Delete this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="341"/>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée ?</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="342"/>
        <source>The entry will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>L’entrée sera supprimée sur cet appareil et sur vos autres appareils. C’est définitif.</translation>
    </message>
    <message>
        <location filename="../qml/JournalEditorPage.qml" line="343"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>JournalEntryRow</name>
    <message>
        <location filename="../qml/JournalEntryRow.qml" line="27"/>
        <source>Two versions — choose</source>
        <translation>Deux versions — à vous de choisir</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="69"/>
        <source>Write the date as year-month-day, for example %1.</source>
        <translation>Écrivez la date sous la forme année-mois-jour, par exemple %1.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="73"/>
        <source>Choose how you felt, from 1 to 5.</source>
        <translation>Choisissez comment vous vous sentiez, de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="75"/>
        <source>This entry is too long: it can have at most %1 characters.</source>
        <translation>Cette entrée est trop longue : elle peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="80"/>
        <source>Use at most %1 tags.</source>
        <translation>Utilisez au plus %1 étiquettes.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="83"/>
        <source>A tag can have at most %1 characters.</source>
        <translation>Une étiquette peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="225"/>
        <location filename="../src/models/journallistmodel.cpp" line="249"/>
        <location filename="../src/models/journallistmodel.cpp" line="265"/>
        <location filename="../src/models/journallistmodel.cpp" line="295"/>
        <location filename="../src/models/journallistmodel.cpp" line="313"/>
        <source>Sign in to write in your journal.</source>
        <translation>Connectez-vous pour écrire dans votre journal.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="227"/>
        <source>This entry could not be saved on this device.</source>
        <translation>Cette entrée n’a pas pu être enregistrée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="249"/>
        <location filename="../src/models/journallistmodel.cpp" line="295"/>
        <location filename="../src/models/journallistmodel.cpp" line="313"/>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="267"/>
        <source>This entry could not be deleted on this device.</source>
        <translation>Cette entrée n’a pas pu être supprimée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="298"/>
        <source>This entry has changed since. Open it again to choose.</source>
        <translation>Cette entrée a changé entre-temps. Rouvrez-la pour choisir.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="322"/>
        <source>Very bad</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="324"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="326"/>
        <source>Okay</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="328"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="330"/>
        <source>Very good</source>
        <translation>Très bien</translation>
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
        <translation>Connectez-vous pour tenir un journal de vos journées. Il est enregistré sur cet appareil et dans votre compte.</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="98"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../qml/JournalScreen.qml" line="148"/>
        <source>Your journal is empty. Write a few words about your day: how it went and how you felt.</source>
        <translation>Votre journal est vide. Écrivez quelques mots sur votre journée : comment elle s’est passée et comment vous vous sentiez.</translation>
    </message>
</context>
<context>
    <name>LeaveEditorDialog</name>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="7"/>
        <source>Leave without saving?</source>
        <translation>Quitter sans enregistrer ?</translation>
    </message>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="8"/>
        <source>Your changes on this page are not saved yet. If you leave now, they are lost.</source>
        <translation>Vos modifications sur cette page ne sont pas encore enregistrées. Si vous quittez maintenant, elles seront perdues.</translation>
    </message>
    <message>
        <location filename="../qml/LeaveEditorDialog.qml" line="9"/>
        <source>Leave without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="70"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>Vous êtes hors ligne. Voici ce qui est enregistré sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="89"/>
        <source>Lesson %1</source>
        <translation>Leçon %1</translation>
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
        <translation>Cette leçon n’est pas encore enregistrée sur cet appareil. Connectez-vous à Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="152"/>
        <source>Mark as done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="173"/>
        <source>Done</source>
        <comment>the learner has finished this lesson</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="183"/>
        <source>Sign in to save your progress in this lesson.</source>
        <translation>Connectez-vous pour enregistrer votre progression dans cette leçon.</translation>
    </message>
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/LessonRow.qml" line="43"/>
        <source>Lesson %1: %2, done</source>
        <translation>Leçon %1 : %2, terminée</translation>
    </message>
    <message>
        <location filename="../qml/LessonRow.qml" line="44"/>
        <source>Lesson %1: %2</source>
        <translation>Leçon %1 : %2</translation>
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
        <translation>Vous êtes hors ligne. Voici les cours enregistrés.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="13"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="15"/>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="17"/>
        <source>Lesson progress</source>
        <translation>Progression de la leçon</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="24"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="40"/>
        <source>Something in this change is not valid, so the server refused it.</source>
        <translation>Un élément de cette modification n’est pas valide&#xa0;: le serveur l’a refusée.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="42"/>
        <source>This change is too large to send.</source>
        <translation>Cette modification est trop volumineuse pour être envoyée.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="43"/>
        <source>The server refused this change (%1).</source>
        <translation>Le serveur a refusé cette modification (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../qml/OutboxPage.qml" line="19"/>
        <source>Waiting changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="51"/>
        <source>Changes you make on this device wait here until the server has them.</source>
        <translation>Les modifications faites sur cet appareil attendent ici que le serveur les reçoive.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="61"/>
        <source>You are offline. These changes will be sent when the internet is back.</source>
        <translation>Vous êtes hors ligne. Ces modifications seront envoyées dès le retour d’Internet.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="114"/>
        <source>Everything is saved on the server.</source>
        <translation>Tout est enregistré sur le serveur.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="130"/>
        <source>Discard this change?</source>
        <translation>Abandonner cette modification&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="131"/>
        <source>The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.</source>
        <translation>Le serveur a refusé cette modification&#xa0;: elle n’y est donc pas enregistrée. Si vous l’abandonnez, elle sera aussi perdue sur cet appareil. Cette action est définitive.</translation>
    </message>
    <message>
        <location filename="../qml/OutboxPage.qml" line="132"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <location filename="../qml/OutboxRow.qml" line="93"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../qml/OutboxRow.qml" line="100"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/PasswordField.qml" line="27"/>
        <source>Hide</source>
        <comment>hide the password</comment>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="27"/>
        <source>Show</source>
        <comment>show the password</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="31"/>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/PasswordField.qml" line="31"/>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <location filename="../qml/ProgressChart.qml" line="24"/>
        <source>%n lesson(s) completed in the last 14 days, %1 today</source>
        <translation>
            <numerusform>%n leçon terminée ces 14 derniers jours, dont %1 aujourd’hui</numerusform>
            <numerusform>%n leçons terminées ces 14 derniers jours, dont %1 aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ProgressChart.qml" line="131"/>
        <source>Day of the month (last 14 days; today on the right)</source>
        <translation>Jour du mois (14 derniers jours ; aujourd’hui à droite)</translation>
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
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="45"/>
        <source>Sign in to keep track of the lessons you finish, on all your devices.</source>
        <translation>Connectez-vous pour suivre les leçons que vous terminez, sur tous vos appareils.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="92"/>
        <source>Open a lesson to start</source>
        <translation>Ouvrez une leçon pour commencer</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="102"/>
        <source>The lessons you read and finish will show here.</source>
        <translation>Les leçons que vous lisez et terminez s’afficheront ici.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="117"/>
        <location filename="../qml/ProgressScreen.qml" line="169"/>
        <source>Lessons completed</source>
        <translation>Leçons terminées</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="119"/>
        <source>Courses started</source>
        <translation>Cours commencés</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="121"/>
        <source>Time spent learning</source>
        <translation>Temps passé à apprendre</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="194"/>
        <source>Your courses</source>
        <translation>Vos cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ProgressScreen.qml" line="213"/>
        <source>%1 of %n lesson(s)</source>
        <translation>
            <numerusform>%1 sur %n leçon</numerusform>
            <numerusform>%1 sur %n leçons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ProgressScreen.qml" line="214"/>
        <source>%n lesson(s) done</source>
        <translation>
            <numerusform>%n leçon terminée</numerusform>
            <numerusform>%n leçons terminées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/SearchField.qml" line="49"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="42"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="60"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="65"/>
        <source>Choose the language of the app.</source>
        <translation>Choisissez la langue de l’application.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="86"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="92"/>
        <source>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</source>
        <translation>Tek Pou Nou, version %1. Apprenez à votre rythme, même sans Internet.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="36"/>
        <location filename="../qml/SignInPage.qml" line="75"/>
        <location filename="../qml/SignInPage.qml" line="151"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="86"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Connectez-vous pour garder vos tâches, votre journal et votre progression, sur cet appareil et sur vos autres appareils.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="99"/>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="110"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="124"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="166"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="174"/>
        <source>No account yet? Try the app with a practice account that everyone shares.</source>
        <translation>Pas encore de compte&#xa0;? Essayez l’application avec un compte d’essai que tout le monde partage.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="183"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <location filename="../qml/SignInPrompt.qml" line="42"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="28"/>
        <source>Syncing</source>
        <translation>Synchro en cours</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="30"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="32"/>
        <source>Sync problem</source>
        <translation>Échec de synchro</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncIndicator.qml" line="34"/>
        <source>%n refused</source>
        <comment>changes the server refused</comment>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncIndicator.qml" line="35"/>
        <source>%n waiting</source>
        <comment>changes not yet sent</comment>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="43"/>
        <source>Shows the changes that are not on the server yet</source>
        <translation>Affiche les modifications qui ne sont pas encore sur le serveur</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../qml/SyncSection.qml" line="18"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="29"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../qml/SyncSection.qml" line="36"/>
        <source>See waiting changes</source>
        <translation>Voir les modifications en attente</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="57"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="60"/>
        <source>Synced just now</source>
        <translation>Synchronisé à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="62"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n minute</numerusform>
            <numerusform>Synchronisé il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="64"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n heure</numerusform>
            <numerusform>Synchronisé il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="65"/>
        <source>Synced on %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="70"/>
        <source>Syncing your changes…</source>
        <translation>Synchronisation de vos modifications…</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="72"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="74"/>
        <source>Sync is not working right now</source>
        <translation>La synchronisation ne fonctionne pas pour le moment</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="76"/>
        <source>Everything is synced</source>
        <translation>Tout est synchronisé</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="76"/>
        <source>Waiting to sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="89"/>
        <source>Your changes are kept on this device and will be sent when the internet is back.</source>
        <translation>Vos modifications sont conservées sur cet appareil et seront envoyées dès le retour d’Internet.</translation>
    </message>
    <message>
        <location filename="../qml/SyncStatusCard.qml" line="91"/>
        <source>Your changes are kept on this device. The app will try again by itself.</source>
        <translation>Vos modifications sont conservées sur cet appareil. L’application réessaiera d’elle-même.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncStatusCard.qml" line="128"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncStatusCard.qml" line="137"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n modification refusée par le serveur</numerusform>
            <numerusform>%n modifications refusées par le serveur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskEditorPage</name>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="99"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="99"/>
        <source>Change the task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="167"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="177"/>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="190"/>
        <source>Notes (optional)</source>
        <translation>Notes (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="219"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="228"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="241"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="248"/>
        <source>Year-month-day, for example %1. Leave it empty if there is no date.</source>
        <translation>Année-mois-jour, par exemple %1. Laissez vide s’il n’y a pas de date.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="260"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="277"/>
        <source>Add the task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="277"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="286"/>
        <source>Delete the task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="299"/>
        <source>Replaced by another device</source>
        <translation>Remplacé par un autre appareil</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="304"/>
        <source>This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.</source>
        <translation>Cette tâche a été modifiée sur deux appareils en même temps. La modification la plus récente a été gardée ; voici les valeurs qu’elle a remplacées.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="355"/>
        <source>Replaced on %1</source>
        <translation>Remplacé le %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="377"/>
        <source>Delete this task?</source>
        <translation>Supprimer cette tâche ?</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="378"/>
        <source>The task will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>La tâche sera supprimée sur cet appareil et sur vos autres appareils. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../qml/TaskEditorPage.qml" line="379"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="248"/>
        <source>Give the task a title.</source>
        <translation>Donnez un titre à la tâche.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="250"/>
        <source>The title is too long: it can have at most %1 characters.</source>
        <translation>Le titre est trop long : il peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="252"/>
        <source>The title must fit on one line.</source>
        <translation>Le titre doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="257"/>
        <source>The notes are too long: they can have at most %1 characters.</source>
        <translation>Les notes sont trop longues : elles peuvent avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="260"/>
        <source>Choose a status: to do, in progress or done.</source>
        <translation>Choisissez un statut : à faire, en cours ou terminée.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="262"/>
        <source>Choose a priority: low, medium or high.</source>
        <translation>Choisissez une priorité : basse, moyenne ou haute.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="265"/>
        <source>Write the due date as YYYY-MM-DD, for example %1.</source>
        <translation>Écrivez l’échéance sous la forme AAAA-MM-JJ, par exemple %1.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="272"/>
        <source>This course cannot be linked to a task.</source>
        <translation>Ce cours ne peut pas être lié à une tâche.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="279"/>
        <location filename="../src/models/tasklistmodel.cpp" line="310"/>
        <location filename="../src/models/tasklistmodel.cpp" line="343"/>
        <source>Sign in to save tasks.</source>
        <translation>Connectez-vous pour enregistrer vos tâches.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="300"/>
        <location filename="../src/models/tasklistmodel.cpp" line="330"/>
        <source>The task could not be saved on this device.</source>
        <translation>La tâche n’a pas pu être enregistrée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="313"/>
        <location filename="../src/models/tasklistmodel.cpp" line="345"/>
        <source>This task no longer exists. It may have been deleted on another device.</source>
        <translation>Cette tâche n’existe plus. Elle a peut-être été supprimée sur un autre appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="349"/>
        <source>The task could not be deleted on this device.</source>
        <translation>La tâche n’a pas pu être supprimée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="415"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="417"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="419"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="425"/>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="427"/>
        <source>Medium</source>
        <comment>priority</comment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="429"/>
        <source>High</source>
        <comment>priority</comment>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="435"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="437"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="439"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="441"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="443"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="445"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="456"/>
        <source>No due date</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="458"/>
        <source>No course</source>
        <translation>Aucun cours</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="460"/>
        <source>No notes</source>
        <translation>Aucune note</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../qml/TaskRow.qml" line="44"/>
        <source>Mark as not done: %1</source>
        <translation>Marquer comme non terminée : %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="45"/>
        <source>Mark as done: %1</source>
        <translation>Marquer comme terminée : %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="79"/>
        <source>Late: due %1</source>
        <translation>En retard : échéance %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="79"/>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskRow.qml" line="116"/>
        <source>Changed on another device</source>
        <translation>Modifiée sur un autre appareil</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/TasksScreen.qml" line="21"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="45"/>
        <source>Sign in to keep a list of what you want to do, on this device and on your other devices.</source>
        <translation>Connectez-vous pour garder une liste de ce que vous voulez faire, sur cet appareil et sur vos autres appareils.</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="109"/>
        <source>Add a task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="152"/>
        <source>No tasks yet. Tap “Add a task” to write down something you want to do.</source>
        <translation>Aucune tâche pour l’instant. Touchez « Ajouter une tâche » pour noter ce que vous voulez faire.</translation>
    </message>
</context>
</TS>
