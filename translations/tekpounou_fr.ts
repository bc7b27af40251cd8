<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="44"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="74"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="84"/>
        <location filename="../qml/settings/AccountDetails.qml" line="163"/>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="106"/>
        <location filename="../qml/settings/AccountDetails.qml" line="137"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="116"/>
        <source>Sign out and erase this device&apos;s data</source>
        <translation>Se déconnecter et effacer les données de cet appareil</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="127"/>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="135"/>
        <source>Sign out with changes not yet sent?</source>
        <translation>Se déconnecter avant l’envoi de vos modifications&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/AccountDetails.qml" line="136"/>
        <source>%n change(s) you made have not reached the server yet. They will wait on this device and be sent the next time you sign in here.</source>
        <translation>
            <numerusform>%n modification que vous avez faite n’est pas encore arrivée sur le serveur. Elle attendra sur cet appareil et sera envoyée la prochaine fois que vous vous connecterez ici.</numerusform>
            <numerusform>%n modifications que vous avez faites ne sont pas encore arrivées sur le serveur. Elles attendront sur cet appareil et seront envoyées la prochaine fois que vous vous connecterez ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="145"/>
        <source>Sign out and erase this device&apos;s data?</source>
        <translation>Se déconnecter et effacer les données de cet appareil&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/AccountDetails.qml" line="147"/>
        <source>%n change(s) you made have not reached the server yet and will be lost. This also removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>
            <numerusform>%n modification que vous avez faite n’est pas encore arrivée sur le serveur et sera perdue. Cela retire aussi de cet appareil vos cours enregistrés, vos tâches, votre journal et votre progression. Votre compte reste sur le serveur&#xa0;: vous pourrez vous reconnecter à tout moment.</numerusform>
            <numerusform>%n modifications que vous avez faites ne sont pas encore arrivées sur le serveur et seront perdues. Cela retire aussi de cet appareil vos cours enregistrés, vos tâches, votre journal et votre progression. Votre compte reste sur le serveur&#xa0;: vous pourrez vous reconnecter à tout moment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="148"/>
        <source>This removes your saved courses, tasks, journal and progress from this device. Your account stays on the server: you can sign in again at any time.</source>
        <translation>Cela retire de cet appareil vos cours enregistrés, vos tâches, votre journal et votre progression. Votre compte reste sur le serveur&#xa0;: vous pourrez vous reconnecter à tout moment.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="149"/>
        <source>Sign out and erase</source>
        <translation>Se déconnecter et effacer</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountDetails.qml" line="166"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="21"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="36"/>
        <source>You are using the app without an account: your tasks, journal and progress stay on this device only. Sign in or create an account to keep them on the server too.</source>
        <translation>Vous utilisez l’application sans compte&#xa0;: vos tâches, votre journal et votre progression restent seulement sur cet appareil. Connectez-vous ou créez un compte pour les garder aussi sur le serveur.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="46"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../qml/settings/AccountSection.qml" line="66"/>
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
        <location filename="../src/auth/authcalls.cpp" line="152"/>
        <location filename="../src/auth/authcalls.cpp" line="163"/>
        <source>The demo account is shared with everyone, so it cannot be deleted.</source>
        <translation>Le compte de démonstration est partagé par tout le monde, il ne peut donc pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="166"/>
        <source>You are offline. Deleting your account needs a connection.</source>
        <translation>Vous êtes hors ligne. La suppression de votre compte nécessite une connexion.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="167"/>
        <source>Your account could not be deleted. Try again later.</source>
        <translation>Votre compte n’a pas pu être supprimé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="171"/>
        <source>Your account and this device&apos;s copy of your data were deleted.</source>
        <translation>Votre compte et la copie de vos données sur cet appareil ont été supprimés.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="18"/>
        <source>This email address is too long.</source>
        <translation>Cette adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="20"/>
        <source>Enter an email address like name@example.com.</source>
        <translation>Saisissez une adresse e-mail comme nom@exemple.com.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="22"/>
        <source>Choose a password of at least %n character(s).</source>
        <translation>
            <numerusform>Choisissez un mot de passe d’au moins %n caractère.</numerusform>
            <numerusform>Choisissez un mot de passe d’au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="25"/>
        <source>Choose a password of at most %n character(s).</source>
        <translation>
            <numerusform>Choisissez un mot de passe d’au plus %n caractère.</numerusform>
            <numerusform>Choisissez un mot de passe d’au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="28"/>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="30"/>
        <source>Your name can have at most %n character(s).</source>
        <translation>
            <numerusform>Votre nom peut avoir au plus %n caractère.</numerusform>
            <numerusform>Votre nom peut avoir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="33"/>
        <source>Write your name on one line.</source>
        <translation>Écrivez votre nom sur une seule ligne.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="35"/>
        <source>Choose Kreyòl, French or English.</source>
        <translation>Choisissez le kreyòl, le français ou l’anglais.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="54"/>
        <source>That email and password do not match. Check them and try again.</source>
        <translation>Cette adresse e-mail et ce mot de passe ne correspondent pas. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="56"/>
        <source>An account with this email already exists. Sign in instead, or ask your teacher for a reset code if you forgot the password.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt, ou demandez un code de réinitialisation à votre professeur si vous avez oublié le mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="59"/>
        <source>That code does not match this email. Check both and try again.</source>
        <translation>Ce code ne correspond pas à cette adresse e-mail. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="61"/>
        <source>This code was already used or has expired. Ask your teacher for a new one.</source>
        <translation>Ce code a déjà été utilisé ou a expiré. Demandez-en un nouveau à votre professeur.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="63"/>
        <source>The demo account is shared with everyone, so its password cannot be changed.</source>
        <translation>Le compte de démonstration est partagé par tout le monde, son mot de passe ne peut donc pas être modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="67"/>
        <source>Too many wrong codes. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de codes incorrects. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de codes incorrects. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="68"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="73"/>
        <source>You are offline. Signing in needs a connection the first time.</source>
        <translation>Vous êtes hors ligne. La première connexion à votre compte nécessite Internet.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="75"/>
        <source>You are offline. Creating an account needs a connection.</source>
        <translation>Vous êtes hors ligne. La création d’un compte nécessite une connexion.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="77"/>
        <source>You are offline. Setting a new password needs a connection.</source>
        <translation>Vous êtes hors ligne. Le choix d’un nouveau mot de passe nécessite une connexion.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="81"/>
        <source>The server&apos;s identity could not be verified. Check the date and time on this device.</source>
        <translation>L’identité du serveur n’a pas pu être vérifiée. Vérifiez la date et l’heure de cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="84"/>
        <location filename="../src/auth/authservice.cpp" line="91"/>
        <source>Enter your email address and your password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="85"/>
        <source>Signing in did not work. Try again later.</source>
        <translation>La connexion n’a pas abouti. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="87"/>
        <source>The server did not accept these details. Check your name, email and password.</source>
        <translation>Le serveur n’a pas accepté ces informations. Vérifiez votre nom, votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="89"/>
        <source>Your account could not be created. Try again later.</source>
        <translation>Votre compte n’a pas pu être créé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="91"/>
        <source>Check your email, the code and the new password.</source>
        <translation>Vérifiez votre adresse e-mail, le code et le nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="92"/>
        <source>Your password could not be changed. Try again later.</source>
        <translation>Votre mot de passe n’a pas pu être modifié. Réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authentry.cpp" line="145"/>
        <source>A reset code has %n letters and digits, like K7QM-3XPA-9R.</source>
        <translation>
            <numerusform>Un code de réinitialisation contient %n lettre ou chiffre, comme K7QM-3XPA-9R.</numerusform>
            <numerusform>Un code de réinitialisation contient %n lettres et chiffres, comme K7QM-3XPA-9R.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authentry.cpp" line="189"/>
        <source>This server has no demo account. Check your connection, or sign in with your own account.</source>
        <translation>Ce serveur n’a pas de compte de démonstration. Vérifiez votre connexion, ou connectez-vous avec votre propre compte.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="78"/>
        <source>This device has no keychain to keep you signed in. Sign in again each time you open the app.</source>
        <translation>Cet appareil n’a pas de trousseau pour garder votre session ouverte. Reconnectez-vous à chaque ouverture de l’application.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="113"/>
        <source>This device has no keychain to keep you signed in. You will need to sign in again next time you open the app.</source>
        <translation>Cet appareil n’a pas de trousseau pour garder votre session ouverte. Vous devrez vous reconnecter à la prochaine ouverture de l’application.</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <location filename="../qml/components/BackButton.qml" line="14"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="56"/>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="63"/>
        <source>Download all</source>
        <translation>Tout télécharger</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="67"/>
        <source>Download all courses in my language</source>
        <translation>Télécharger tous les cours dans ma langue</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="75"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="91"/>
        <source>Search courses</source>
        <translation>Rechercher des cours</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="173"/>
        <source>No courses match your search.</source>
        <translation>Aucun cours ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CatalogPage.qml" line="174"/>
        <source>No saved courses yet. Connect to the internet, then tap Refresh.</source>
        <translation>Aucun cours enregistré pour l’instant. Connectez-vous à Internet, puis touchez « Actualiser ».</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <location filename="../qml/courses/CategoryFilter.qml" line="35"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>ChangeStateChip</name>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="24"/>
        <source>Refused</source>
        <comment>a change the server did not accept</comment>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="25"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangeStateChip.qml" line="26"/>
        <source>Waiting</source>
        <comment>a change not yet sent to the server</comment>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/components/ConfirmDialog.qml" line="72"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <location filename="../qml/courses/CourseCard.qml" line="110"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
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
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="123"/>
        <source>Update available</source>
        <translation>Mise à jour disponible</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="124"/>
        <source>Downloading %1 %</source>
        <translation>Téléchargement %1 %</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseCard.qml" line="125"/>
        <source>Download paused</source>
        <translation>Téléchargement en pause</translation>
    </message>
</context>
<context>
    <name>CourseDetailPage</name>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="58"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>Vous êtes hors ligne. Voici ce qui est enregistré sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="90"/>
        <source>This course is not saved on this device yet. Connect to the internet and try again.</source>
        <translation>Ce cours n’est pas encore enregistré sur cet appareil. Connectez-vous à Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="111"/>
        <source>The lessons of this course are not saved on this device yet. Connect to the internet to see them.</source>
        <translation>Les leçons de ce cours ne sont pas encore enregistrées sur cet appareil. Connectez-vous à Internet pour les voir.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDetailPage.qml" line="120"/>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
</context>
<context>
    <name>CourseDownloadPanel</name>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="41"/>
        <source>Not downloaded: this course needs the internet.</source>
        <translation>Non téléchargé : ce cours a besoin d&apos;internet.</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="63"/>
        <source>Download the update</source>
        <translation>Télécharger la mise à jour</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="63"/>
        <source>Download for offline</source>
        <translation>Télécharger pour hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="69"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="76"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="76"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="82"/>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../qml/courses/CourseDownloadPanel.qml" line="88"/>
        <source>Remove download</source>
        <translation>Supprimer le téléchargement</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message numerus="yes">
        <location filename="../qml/courses/CourseHeader.qml" line="80"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
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
        <translation>Consommation de données</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="26"/>
        <source>Download on Wi-Fi only</source>
        <translation>Télécharger uniquement en Wi-Fi</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="34"/>
        <location filename="../qml/settings/DataUseSection.qml" line="45"/>
        <source>Monthly data budget for downloads</source>
        <translation>Budget de données mensuel pour les téléchargements</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataUseSection.qml" line="42"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="11"/>
        <source>DELETE</source>
        <comment>typed by the learner to confirm deleting their account: one short word in capitals, easy to type on a phone</comment>
        <translation>SUPPRIMER</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="14"/>
        <source>Delete your account?</source>
        <translation>Supprimer votre compte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="15"/>
        <source>Your account and everything in it (your tasks, journal and progress) will be deleted from the server, and this device&apos;s copy will be erased. This cannot be undone.</source>
        <translation>Votre compte et tout ce qu’il contient (vos tâches, votre journal et votre progression) seront supprimés du serveur, et la copie sur cet appareil sera effacée. Cette action est définitive.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="16"/>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <location filename="../qml/settings/DeleteAccountDialog.qml" line="25"/>
        <source>To confirm, type %1 below.</source>
        <translation>Pour confirmer, tapez %1 ci-dessous.</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../qml/Destinations.qml" line="18"/>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="20"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="22"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="24"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/Destinations.qml" line="26"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>DownloadCenter</name>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="89"/>
        <source>Downloaded this month: %1</source>
        <translation>Téléchargé ce mois-ci : %1</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="90"/>
        <source>Downloaded this month: %1 of %2</source>
        <translation>Téléchargé ce mois-ci : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="140"/>
        <source>The server sent a course that is not signed correctly. Nothing was downloaded.</source>
        <translation>Le serveur a envoyé un cours mal signé. Rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="172"/>
        <source>Every course in this language is already on this device.</source>
        <translation>Tous les cours dans cette langue sont déjà sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="179"/>
        <source>Not enough space on this device: %1 needed, %2 free.</source>
        <translation>Pas assez d&apos;espace sur cet appareil : %1 nécessaires, %2 libres.</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="186"/>
        <source>You are on a metered connection, which may cost money. Download %1 anyway?</source>
        <translation>Votre connexion est facturée à l&apos;usage, cela peut coûter de l&apos;argent. Télécharger %1 quand même ?</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="189"/>
        <source>This goes past your monthly data budget (%1). Download %2 anyway?</source>
        <translation>Cela dépasse votre budget de données du mois (%1). Télécharger %2 quand même ?</translation>
    </message>
    <message>
        <location filename="../src/models/downloadcenter.cpp" line="192"/>
        <source>You asked for Wi-Fi only: the download will start on Wi-Fi.</source>
        <translation>Vous avez choisi le Wi-Fi uniquement : le téléchargement commencera en Wi-Fi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/downloadcenter.cpp" line="201"/>
        <source>%n course(s), already on this device: nothing to download.</source>
        <translation>
            <numerusform>%n cours, déjà sur l&apos;appareil : rien à télécharger.</numerusform>
            <numerusform>%n cours, déjà sur l&apos;appareil : rien à télécharger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/downloadcenter.cpp" line="202"/>
        <source>%n course(s): %1 to download.</source>
        <translation>
            <numerusform>%n cours : %1 à télécharger.</numerusform>
            <numerusform>%n cours : %1 à télécharger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadPlanDialog</name>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="21"/>
        <source>Download for offline</source>
        <translation>Télécharger pour hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="44"/>
        <source>Working out the size…</source>
        <translation>Calcul de la taille…</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="76"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="81"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../qml/courses/DownloadPlanDialog.qml" line="81"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../qml/components/ErrorLine.qml" line="30"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/models/errortext.cpp" line="44"/>
        <source>The server&apos;s identity could not be verified, so nothing was loaded. Check that the date and time on this device are right.</source>
        <translation>L’identité du serveur n’a pas pu être vérifiée, donc rien n’a été chargé. Vérifiez que la date et l’heure de cet appareil sont correctes.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="48"/>
        <source>This content is no longer available.</source>
        <translation>Ce contenu n’est plus disponible.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="31"/>
        <source>The server could not answer this request.</source>
        <translation>Le serveur n’a pas pu répondre à cette demande.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="13"/>
        <source>This search is too long. Use at most %1 characters.</source>
        <translation>Cette recherche est trop longue. Utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="16"/>
        <source>This search has characters the server cannot read. Change it and search again.</source>
        <translation>Cette recherche contient des caractères que le serveur ne peut pas lire. Modifiez-la, puis cherchez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="19"/>
        <source>Too many tries in a short time. Wait a moment, then try again.</source>
        <translation>Trop d’essais en peu de temps. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="22"/>
        <source>This is more than the server takes at once.</source>
        <translation>C’est plus que ce que le serveur accepte en une fois.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="24"/>
        <source>The connection was too slow for the server. Try again.</source>
        <translation>La connexion était trop lente pour le serveur. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="28"/>
        <source>The server does not understand this version of the app. Update the app, then try again.</source>
        <translation>Le serveur ne comprend pas cette version de l’application. Mettez l’application à jour, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="53"/>
        <source>The server is busy. Try again in a few seconds.</source>
        <translation>Le serveur est occupé. Réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="55"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>Le serveur a un problème en ce moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="59"/>
        <source>The server sent something the app could not read. Saved content is still available.</source>
        <translation>Le serveur a envoyé des données que l’application n’a pas pu lire. Le contenu enregistré reste disponible.</translation>
    </message>
</context>
<context>
    <name>GuestAdoption</name>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="62"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="64"/>
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/learner/guestadoption.cpp" line="66"/>
        <source>progress in %n lesson(s)</source>
        <translation>
            <numerusform>votre progression dans %n leçon</numerusform>
            <numerusform>votre progression dans %n leçons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="71"/>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list, e.g. &quot;2 tasks, 1 journal entry&quot; + &quot;progress in 3 lessons&quot;.</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="71"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="100"/>
        <source>You were signed out before everything was brought in. The rest is still on this device.</source>
        <translation>La déconnexion a eu lieu avant la fin du transfert. Le reste est toujours sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/learner/guestadoption.cpp" line="112"/>
        <source>Some of what you did before signing in could not be brought in. It is still on this device; try again.</source>
        <translation>Une partie de ce que vous avez fait avant de vous connecter n’a pas pu être transférée. Elle est toujours sur cet appareil&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>GuestDataDialog</name>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="21"/>
        <source>Keep what you did before signing in?</source>
        <translation>Garder ce que vous avez fait avant de vous connecter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="51"/>
        <source>On this device, before you signed in: %1. Bring it into your account, so it is kept on the server and on your other devices too?</source>
        <extracomment>%1 lists what is on the device, e.g. &quot;3 tasks, 1 journal entry and progress in 2 lessons&quot;.</extracomment>
        <translation>Sur cet appareil, avant votre connexion&#xa0;: %1. Voulez-vous le transférer dans votre compte, pour le garder aussi sur le serveur et sur vos autres appareils&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="82"/>
        <source>Bring it in</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../qml/settings/GuestDataDialog.qml" line="89"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>JournalConflictPage</name>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="24"/>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="26"/>
        <source>Other version, saved %1</source>
        <translation>Autre version, enregistrée le %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="62"/>
        <source>Choose a version</source>
        <translation>Choisir une version</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="85"/>
        <source>This entry was changed on two devices before they could sync, so both texts were kept. Keep one of them, or put them together below.</source>
        <translation>Cette entrée a été modifiée sur deux appareils avant leur synchronisation : les deux textes ont donc été gardés. Gardez-en un, ou réunissez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="93"/>
        <source>This entry has only one version now: there is nothing to choose.</source>
        <translation>Cette entrée n’a plus qu’une version : il n’y a rien à choisir.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="129"/>
        <source>(No text)</source>
        <translation>(Pas de texte)</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="138"/>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="149"/>
        <source>Or put them together</source>
        <translation>Ou réunissez-les</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="157"/>
        <source>Change the text below as you like, then save it. It replaces both versions.</source>
        <translation>Modifiez le texte ci-dessous comme vous voulez, puis enregistrez-le. Il remplace les deux versions.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalConflictPage.qml" line="187"/>
        <source>Save this text</source>
        <translation>Enregistrer ce texte</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="35"/>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="65"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="65"/>
        <source>Edit entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="98"/>
        <source>This entry was changed on two devices, so it has two versions. Nothing is lost: choose what to keep.</source>
        <translation>Cette entrée a été modifiée sur deux appareils : elle a donc deux versions. Rien n’est perdu : choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="106"/>
        <source>Choose a version</source>
        <translation>Choisir une version</translation>
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
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="136"/>
        <source>How did you feel?</source>
        <translation>Comment vous sentiez-vous ?</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="191"/>
        <source>Choose from 1 (very bad) to 5 (very good).</source>
        <translation>Choisissez de 1 (très mal) à 5 (très bien).</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="199"/>
        <source>Your words</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="214"/>
        <source>Write about your day…</source>
        <translation>Racontez votre journée…</translation>
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
        <translation>Étiquettes (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="244"/>
        <source>school, family</source>
        <translation>école, famille</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="254"/>
        <source>Separate tags with commas.</source>
        <translation>Séparez les étiquettes par des virgules.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="270"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="279"/>
        <source>Delete this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="288"/>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée ?</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="289"/>
        <source>The entry will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>L’entrée sera supprimée sur cet appareil et sur vos autres appareils. C’est définitif.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalEditorPage.qml" line="290"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>JournalEntryRow</name>
    <message>
        <location filename="../qml/journal/JournalEntryRow.qml" line="28"/>
        <source>Two versions — choose</source>
        <translation>Deux versions — à vous de choisir</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../src/models/journaltext.cpp" line="28"/>
        <source>Write the date as year-month-day, for example %1.</source>
        <translation>Écrivez la date sous la forme année-mois-jour, par exemple %1.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="32"/>
        <source>Choose how you felt, from 1 to 5.</source>
        <translation>Choisissez comment vous vous sentiez, de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="34"/>
        <source>This entry is too long: it can have at most %1 characters.</source>
        <translation>Cette entrée est trop longue : elle peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="36"/>
        <source>Use at most %1 tags.</source>
        <translation>Utilisez au plus %1 étiquettes.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="38"/>
        <source>A tag can have at most %1 characters.</source>
        <translation>Une étiquette peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="157"/>
        <location filename="../src/models/journallistmodel.cpp" line="186"/>
        <location filename="../src/models/journallistmodel.cpp" line="201"/>
        <location filename="../src/models/journallistmodel.cpp" line="231"/>
        <location filename="../src/models/journallistmodel.cpp" line="248"/>
        <source>Sign in to write in your journal.</source>
        <translation>Connectez-vous pour écrire dans votre journal.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="159"/>
        <location filename="../src/models/journaltext.cpp" line="40"/>
        <source>This entry could not be saved on this device.</source>
        <translation>Cette entrée n’a pas pu être enregistrée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="186"/>
        <location filename="../src/models/journallistmodel.cpp" line="231"/>
        <location filename="../src/models/journallistmodel.cpp" line="248"/>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="203"/>
        <source>This entry could not be deleted on this device.</source>
        <translation>Cette entrée n’a pas pu être supprimée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/journallistmodel.cpp" line="234"/>
        <source>This entry has changed since. Open it again to choose.</source>
        <translation>Cette entrée a changé entre-temps. Rouvrez-la pour choisir.</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="12"/>
        <source>Very bad</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="14"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="16"/>
        <source>Okay</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="18"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../src/models/journaltext.cpp" line="20"/>
        <source>Very good</source>
        <translation>Très bien</translation>
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
        <translation>Connectez-vous pour tenir un journal de vos journées. Il est enregistré sur cet appareil et dans votre compte.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="99"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="111"/>
        <source>This device has no safe place for your journal&apos;s key, so your entries are kept only until the app closes. Sign in to keep them on your account.</source>
        <translation>Cet appareil n’a pas d’endroit sûr pour la clé de votre journal&#xa0;: vos entrées ne sont donc gardées que jusqu’à la fermeture de l’application. Connectez-vous pour les garder dans votre compte.</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalScreen.qml" line="163"/>
        <source>Your journal is empty. Write a few words about your day: how it went and how you felt.</source>
        <translation>Votre journal est vide. Écrivez quelques mots sur votre journée : comment elle s’est passée et comment vous vous sentiez.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <location filename="../src/models/languagenote.cpp" line="10"/>
        <source>Kreyòl</source>
        <comment>Haitian Creole, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>créole</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="13"/>
        <source>French</source>
        <comment>the language, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="16"/>
        <source>English</source>
        <comment>the language, inside &apos;Not saved in %1…: shown in %2.&apos;</comment>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="31"/>
        <source>Not saved in %1 on this device: shown in %2.</source>
        <translation>Pas enregistré en %1 sur cet appareil : affiché en %2.</translation>
    </message>
    <message>
        <location filename="../src/models/languagenote.cpp" line="38"/>
        <source>Shown in %1</source>
        <comment>a course card, offline</comment>
        <translation>Affiché en %1</translation>
    </message>
</context>
<context>
    <name>LeaveEditorDialog</name>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="8"/>
        <source>Leave without saving?</source>
        <translation>Quitter sans enregistrer ?</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="9"/>
        <source>Your changes on this page are not saved yet. If you leave now, they are lost.</source>
        <translation>Vos modifications sur cette page ne sont pas encore enregistrées. Si vous quittez maintenant, elles seront perdues.</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveEditorDialog.qml" line="10"/>
        <source>Leave without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
</context>
<context>
    <name>LessonImage</name>
    <message>
        <location filename="../qml/courses/LessonImage.qml" line="92"/>
        <source>Loading the picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonImage.qml" line="93"/>
        <source>The picture is not available on this device yet.</source>
        <translation>L&apos;image n&apos;est pas encore disponible sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="60"/>
        <source>You are offline. Showing what is saved on this device.</source>
        <translation>Vous êtes hors ligne. Voici ce qui est enregistré sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="85"/>
        <source>Lesson %1</source>
        <translation>Leçon %1</translation>
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
        <translation>Cette leçon n’est pas encore enregistrée sur cet appareil. Connectez-vous à Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="144"/>
        <source>Mark as done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="165"/>
        <source>Done</source>
        <comment>the learner has finished this lesson</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonPage.qml" line="175"/>
        <source>Sign in to save your progress in this lesson.</source>
        <translation>Connectez-vous pour enregistrer votre progression dans cette leçon.</translation>
    </message>
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/courses/LessonRow.qml" line="44"/>
        <source>Lesson %1: %2, done</source>
        <translation>Leçon %1 : %2, terminée</translation>
    </message>
    <message>
        <location filename="../qml/courses/LessonRow.qml" line="45"/>
        <source>Lesson %1: %2</source>
        <translation>Leçon %1 : %2</translation>
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
        <translation>Vous êtes hors ligne. Voici les cours enregistrés.</translation>
    </message>
</context>
<context>
    <name>OfflineCourse</name>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="36"/>
        <source>Available offline (%1). A newer version is on the server.</source>
        <translation>Disponible hors ligne (%1). Une version plus récente est sur le serveur.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="37"/>
        <source>Available offline (%1)</source>
        <translation>Disponible hors ligne (%1)</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="41"/>
        <source>Waiting for the network: %1 % done</source>
        <translation>En attente du réseau : %1 % fait</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="42"/>
        <source>Downloading: %1 % (%2 of %3, %4 of %5 files)</source>
        <translation>Téléchargement : %1 % (%2 sur %3, %4 fichiers sur %5)</translation>
    </message>
    <message>
        <location filename="../src/models/offlinecourse.cpp" line="50"/>
        <source>Paused at %1 %</source>
        <translation>En pause à %1 %</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="32"/>
        <source>Waiting for Wi-Fi.</source>
        <translation>En attente du Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="34"/>
        <source>Paused: this month&apos;s data budget is reached.</source>
        <translation>En pause : le budget de données du mois est atteint.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="36"/>
        <source>Paused: the device is out of space.</source>
        <translation>En pause : l&apos;appareil n&apos;a plus d&apos;espace.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="38"/>
        <source>Stopped: the server sent damaged files.</source>
        <translation>Arrêté : le serveur a envoyé des fichiers endommagés.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="40"/>
        <source>Stopped: the server no longer has this course.</source>
        <translation>Arrêté : le serveur n&apos;a plus ce cours.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="42"/>
        <source>Stopped: the downloaded course could not be read.</source>
        <translation>Arrêté : le cours téléchargé n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="45"/>
        <source>Stopped: the server could not send the files.</source>
        <translation>Arrêté : le serveur n&apos;a pas pu envoyer les fichiers.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="55"/>
        <source>The description of “%1”</source>
        <translation>La description de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="57"/>
        <source>Lesson %1 of “%2”</source>
        <translation>La leçon %1 de « %2 »</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="61"/>
        <source>A picture of “%1”</source>
        <translation>Une image de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="66"/>
        <source>“%1” was changed after it was signed, or was not signed by Tek Pou Nou: it was left out.</source>
        <translation>« %1 » a été modifié après sa signature, ou n&apos;a pas été signé par Tek Pou Nou : il a été écarté.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="71"/>
        <source>“%1” is not in a form this app can read: it was left out.</source>
        <translation>« %1 » n&apos;est pas dans une forme que l&apos;application sait lire : il a été écarté.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="75"/>
        <source>%1 is missing from the pack: the course was left out.</source>
        <translation>%1 manque dans le paquet : le cours a été écarté.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="79"/>
        <source>%1 does not match what was signed: the course was left out.</source>
        <translation>%1 ne correspond pas à ce qui a été signé : le cours a été écarté.</translation>
    </message>
    <message>
        <location filename="../src/models/offlinetext.cpp" line="83"/>
        <source>There is no room on this device for “%1”.</source>
        <translation>Il n&apos;y a pas de place sur cet appareil pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="11"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="13"/>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="15"/>
        <source>Lesson progress</source>
        <translation>Progression de la leçon</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="22"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="38"/>
        <source>Something in this change is not valid, so the server refused it.</source>
        <translation>Un élément de cette modification n’est pas valide&#xa0;: le serveur l’a refusée.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="40"/>
        <source>This change is too large to send.</source>
        <translation>Cette modification est trop volumineuse pour être envoyée.</translation>
    </message>
    <message>
        <location filename="../src/models/outboxmodel.cpp" line="41"/>
        <source>The server refused this change (%1).</source>
        <translation>Le serveur a refusé cette modification (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="20"/>
        <source>Waiting changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="52"/>
        <source>Changes you make on this device wait here until the server has them.</source>
        <translation>Les modifications faites sur cet appareil attendent ici que le serveur les reçoive.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="62"/>
        <source>You are offline. These changes will be sent when the internet is back.</source>
        <translation>Vous êtes hors ligne. Ces modifications seront envoyées dès le retour d’Internet.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="119"/>
        <source>Everything is saved on the server.</source>
        <translation>Tout est enregistré sur le serveur.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="135"/>
        <source>Discard this change?</source>
        <translation>Abandonner cette modification&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="136"/>
        <source>The server refused this change, so it is not saved there. If you discard it, it will be lost on this device too. This cannot be undone.</source>
        <translation>Le serveur a refusé cette modification&#xa0;: elle n’y est donc pas enregistrée. Si vous l’abandonnez, elle sera aussi perdue sur cet appareil. Cette action est définitive.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxPage.qml" line="137"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <location filename="../qml/settings/OutboxRow.qml" line="94"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutboxRow.qml" line="101"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>PackSection</name>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="22"/>
        <source>Share courses without internet</source>
        <translation>Partager des cours sans internet</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="27"/>
        <source>Save your downloaded courses on a USB stick or a memory card, or add courses from one. A course that was changed by anyone is refused.</source>
        <translation>Enregistrez vos cours téléchargés sur une clé USB ou une carte mémoire, ou ajoutez des cours depuis l&apos;une d&apos;elles. Un cours modifié par qui que ce soit est refusé.</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="34"/>
        <location filename="../qml/settings/PackSection.qml" line="66"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="73"/>
        <source>Save downloaded courses here</source>
        <translation>Enregistrer les cours téléchargés ici</translation>
    </message>
    <message>
        <location filename="../qml/settings/PackSection.qml" line="81"/>
        <source>Add courses from this folder</source>
        <translation>Ajouter les cours de ce dossier</translation>
    </message>
</context>
<context>
    <name>PackTransfer</name>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="85"/>
        <source>There is no downloaded course to save yet.</source>
        <translation>Il n&apos;y a encore aucun cours téléchargé à enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="104"/>
        <source>The pack could not be saved there. Nothing was written.</source>
        <translation>Le paquet n&apos;a pas pu être enregistré à cet endroit. Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/packtransfer.cpp" line="106"/>
        <source>Saved %n course(s) in the folder “%1”.</source>
        <translation>
            <numerusform>%n cours enregistré dans le dossier « %1 ».</numerusform>
            <numerusform>%n cours enregistrés dans le dossier « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/packtransfer.cpp" line="134"/>
        <source>This folder holds no Tek Pou Nou pack.</source>
        <translation>Ce dossier ne contient aucun paquet Tek Pou Nou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/packtransfer.cpp" line="145"/>
        <source>%n course(s) added from the pack.</source>
        <translation>
            <numerusform>%n cours ajouté depuis le paquet.</numerusform>
            <numerusform>%n cours ajoutés depuis le paquet.</numerusform>
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
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="28"/>
        <source>Show</source>
        <comment>show the password</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="32"/>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="32"/>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressChart.qml" line="25"/>
        <source>%n lesson(s) completed in the last 14 days, %1 today</source>
        <translation>
            <numerusform>%n leçon terminée ces 14 derniers jours, dont %1 aujourd’hui</numerusform>
            <numerusform>%n leçons terminées ces 14 derniers jours, dont %1 aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressChart.qml" line="132"/>
        <source>Day of the month (last 14 days; today on the right)</source>
        <translation>Jour du mois (14 derniers jours ; aujourd’hui à droite)</translation>
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
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="53"/>
        <source>Sign in to keep track of the lessons you finish, on all your devices.</source>
        <translation>Connectez-vous pour suivre les leçons que vous terminez, sur tous vos appareils.</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="88"/>
        <source>Open a lesson to start</source>
        <translation>Ouvrez une leçon pour commencer</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="98"/>
        <source>The lessons you read and finish will show here.</source>
        <translation>Les leçons que vous lisez et terminez s’afficheront ici.</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="113"/>
        <location filename="../qml/progress/ProgressScreen.qml" line="166"/>
        <source>Lessons completed</source>
        <translation>Leçons terminées</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="115"/>
        <source>Courses started</source>
        <translation>Cours commencés</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="117"/>
        <source>Time spent learning</source>
        <translation>Temps passé à apprendre</translation>
    </message>
    <message>
        <location filename="../qml/progress/ProgressScreen.qml" line="191"/>
        <source>Your courses</source>
        <translation>Vos cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressScreen.qml" line="210"/>
        <source>%1 of %n lesson(s)</source>
        <translation>
            <numerusform>%1 sur %n leçon</numerusform>
            <numerusform>%1 sur %n leçons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/progress/ProgressScreen.qml" line="211"/>
        <source>%n lesson(s) done</source>
        <translation>
            <numerusform>%n leçon terminée</numerusform>
            <numerusform>%n leçons terminées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="19"/>
        <source>Crash report</source>
        <translation>Rapport de plantage</translation>
    </message>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="21"/>
        <source>Error report</source>
        <translation>Rapport d’erreur</translation>
    </message>
    <message>
        <location filename="../src/models/reportsettings.cpp" line="22"/>
        <source>Timings</source>
        <translation>Mesures de temps</translation>
    </message>
</context>
<context>
    <name>ReportsConsentDialog</name>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="20"/>
        <source>Help us improve Tek Pou Nou</source>
        <translation>Aidez-nous à améliorer Tek Pou Nou</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="42"/>
        <source>When the app crashes, or to see what is slow, it can send us a report. A report never contains your name, your password or what you write. Reports wait on this device until there is internet.</source>
        <translation>Quand l’application plante, ou pour voir ce qui est lent, elle peut nous envoyer un rapport. Un rapport ne contient jamais votre nom, votre mot de passe ni ce que vous écrivez. Les rapports attendent sur cet appareil jusqu’à ce qu’il y ait internet.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="53"/>
        <source>Send crash reports</source>
        <translation>Envoyer les rapports de plantage</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="63"/>
        <source>Send timings</source>
        <translation>Envoyer les mesures de temps</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="70"/>
        <source>You can change this at any time in Settings.</source>
        <translation>Vous pouvez changer cela à tout moment dans Réglages.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsConsentDialog.qml" line="79"/>
        <source>Save my choice</source>
        <translation>Enregistrer mon choix</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="18"/>
        <source>Crash reports and timings</source>
        <translation>Rapports de plantage et mesures de temps</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="23"/>
        <source>They help us fix problems and make the app faster. They never contain your name, your password or what you write.</source>
        <translation>Ils nous aident à corriger les problèmes et à rendre l’application plus rapide. Ils ne contiennent jamais votre nom, votre mot de passe ni ce que vous écrivez.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="31"/>
        <source>Send crash reports</source>
        <translation>Envoyer les rapports de plantage</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="40"/>
        <source>Send timings</source>
        <translation>Envoyer les mesures de temps</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="49"/>
        <source>Also send them on mobile data</source>
        <translation>Les envoyer aussi sur les données mobiles</translation>
    </message>
    <message>
        <location filename="../qml/settings/ReportsSection.qml" line="59"/>
        <source>What was sent</source>
        <translation>Ce qui a été envoyé</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="31"/>
        <source>I have a reset code</source>
        <translation>J’ai un code de réinitialisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="57"/>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="62"/>
        <source>Forgot your password? Ask your teacher for a reset code. It works once, for one day.</source>
        <translation>Mot de passe oublié&#xa0;? Demandez un code de réinitialisation à votre professeur. Il ne sert qu’une fois, pendant une journée.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="71"/>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="73"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="82"/>
        <source>Reset code</source>
        <translation>Code de réinitialisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="84"/>
        <source>e.g. K7QM-3XPA-9R</source>
        <extracomment>An example of the code&apos;s form; keep the letters and digits as they are.</extracomment>
        <translation>ex.&#xa0;: K7QM-3XPA-9R</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="96"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="123"/>
        <source>Set the new password</source>
        <translation>Enregistrer le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/settings/ResetCodePage.qml" line="129"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="50"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>SentReportsPage</name>
    <message>
        <location filename="../qml/settings/SentReportsPage.qml" line="18"/>
        <source>What was sent</source>
        <translation>Ce qui a été envoyé</translation>
    </message>
    <message>
        <location filename="../qml/settings/SentReportsPage.qml" line="45"/>
        <source>Nothing has been sent from this device.</source>
        <translation>Rien n’a encore été envoyé depuis cet appareil.</translation>
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
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="56"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="61"/>
        <source>Choose the language of the app.</source>
        <translation>Choisissez la langue de l’application.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="88"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="94"/>
        <source>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</source>
        <translation>Tek Pou Nou, version %1. Apprenez à votre rythme, même sans Internet.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="38"/>
        <location filename="../qml/settings/SignInPage.qml" line="64"/>
        <location filename="../qml/settings/SignInPage.qml" line="140"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="75"/>
        <source>Sign in to keep your tasks, journal and progress, on this device and on your other devices.</source>
        <translation>Connectez-vous pour garder vos tâches, votre journal et votre progression, sur cet appareil et sur vos autres appareils.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="88"/>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="99"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="113"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="155"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="164"/>
        <source>I have a reset code</source>
        <translation>J’ai un code de réinitialisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="171"/>
        <source>No account yet? Create one: it takes a name, an email and a password.</source>
        <translation>Pas encore de compte&#xa0;? Créez-en un&#xa0;: il suffit d’un nom, d’une adresse e-mail et d’un mot de passe.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="180"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="189"/>
        <source>Just looking? Try the app with a practice account that everyone shares.</source>
        <translation>Vous voulez juste découvrir&#xa0;? Essayez l’application avec un compte d’essai partagé par tout le monde.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignInPage.qml" line="199"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <location filename="../qml/components/SignInPrompt.qml" line="43"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="33"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="64"/>
        <source>With an account, your tasks, journal and progress are kept on the server too, and you find them on your other devices.</source>
        <translation>Avec un compte, vos tâches, votre journal et votre progression sont aussi gardés sur le serveur, et vous les retrouvez sur vos autres appareils.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="73"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="81"/>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="82"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="94"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="110"/>
        <source>At least 8 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Au moins 8 caractères. Une courte phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="128"/>
        <source>Create my account</source>
        <translation>Créer mon compte</translation>
    </message>
    <message>
        <location filename="../qml/settings/SignUpPage.qml" line="134"/>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
</context>
<context>
    <name>StorageModel</name>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="36"/>
        <source>Downloading: %1 of %2 files</source>
        <translation>Téléchargement : %1 fichiers sur %2</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="37"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="98"/>
        <source>Downloaded courses: %1</source>
        <translation>Cours téléchargés : %1</translation>
    </message>
    <message>
        <location filename="../src/models/storagemodel.cpp" line="104"/>
        <source>Things seen, kept for offline: %1</source>
        <translation>Ce que vous avez vu, gardé pour hors ligne : %1</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="18"/>
        <source>Storage and downloads</source>
        <translation>Stockage et téléchargements</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="54"/>
        <source>No course is downloaded yet. Open a course and choose “Download for offline”.</source>
        <translation>Aucun cours n&apos;est encore téléchargé. Ouvrez un cours et choisissez « Télécharger pour hors ligne ».</translation>
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
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="109"/>
        <source>Clear the cache?</source>
        <translation>Vider le cache ?</translation>
    </message>
    <message>
        <location filename="../qml/settings/StoragePage.qml" line="110"/>
        <source>Pages and pictures you have seen will be removed from this device; they come back when you see them again online. Downloaded courses, and your tasks, journal and progress, stay.</source>
        <translation>Les pages et images que vous avez vues seront retirées de cet appareil ; elles reviendront quand vous les reverrez en ligne. Les cours téléchargés, ainsi que vos tâches, votre journal et vos progrès, restent.</translation>
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
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="78"/>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="84"/>
        <source>Remove download</source>
        <translation>Supprimer le téléchargement</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageRow.qml" line="85"/>
        <source>Remove the download of %1</source>
        <translation>Supprimer le téléchargement de %1</translation>
    </message>
</context>
<context>
    <name>StorageSection</name>
    <message>
        <location filename="../qml/settings/StorageSection.qml" line="16"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../qml/settings/StorageSection.qml" line="22"/>
        <source>Downloads, cache and data use</source>
        <translation>Téléchargements, cache et données</translation>
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
        <location filename="../qml/settings/SyncSection.qml" line="19"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="30"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="37"/>
        <source>See waiting changes</source>
        <translation>Voir les modifications en attente</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="92"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="95"/>
        <source>Synced just now</source>
        <translation>Synchronisé à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="97"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n minute</numerusform>
            <numerusform>Synchronisé il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncstatus.cpp" line="99"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n heure</numerusform>
            <numerusform>Synchronisé il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/syncstatus.cpp" line="100"/>
        <source>Synced on %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="71"/>
        <source>Syncing your changes…</source>
        <translation>Synchronisation de vos modifications…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="73"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="75"/>
        <source>Sync is not working right now</source>
        <translation>La synchronisation ne fonctionne pas pour le moment</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="77"/>
        <source>Everything is synced</source>
        <translation>Tout est synchronisé</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="77"/>
        <source>Waiting to sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="90"/>
        <source>Your changes are kept on this device and will be sent when the internet is back.</source>
        <translation>Vos modifications sont conservées sur cet appareil et seront envoyées dès le retour d’Internet.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncStatusCard.qml" line="92"/>
        <source>Your changes are kept on this device. The app will try again by itself.</source>
        <translation>Vos modifications sont conservées sur cet appareil. L’application réessaiera d’elle-même.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncStatusCard.qml" line="129"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncStatusCard.qml" line="138"/>
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
        <location filename="../qml/tasks/TaskEditorPage.qml" line="55"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="55"/>
        <source>Change the task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="123"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="133"/>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="146"/>
        <source>Notes (optional)</source>
        <translation>Notes (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="166"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="175"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="188"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="195"/>
        <source>Year-month-day, for example %1. Leave it empty if there is no date.</source>
        <translation>Année-mois-jour, par exemple %1. Laissez vide s’il n’y a pas de date.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="207"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="224"/>
        <source>Add the task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="224"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="233"/>
        <source>Delete the task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="22"/>
        <source>Replaced by another device</source>
        <translation>Remplacé par un autre appareil</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="27"/>
        <source>This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.</source>
        <translation>Cette tâche a été modifiée sur deux appareils en même temps. La modification la plus récente a été gardée ; voici les valeurs qu’elle a remplacées.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskHistory.qml" line="78"/>
        <source>Replaced on %1</source>
        <translation>Remplacé le %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="248"/>
        <source>Delete this task?</source>
        <translation>Supprimer cette tâche ?</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="249"/>
        <source>The task will be deleted on this device and on your other devices. This cannot be undone.</source>
        <translation>La tâche sera supprimée sur cet appareil et sur vos autres appareils. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskEditorPage.qml" line="250"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../src/models/tasktext.cpp" line="71"/>
        <source>Give the task a title.</source>
        <translation>Donnez un titre à la tâche.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="68"/>
        <source>The title is too long: it can have at most %1 characters.</source>
        <translation>Le titre est trop long : il peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="70"/>
        <source>The title must fit on one line.</source>
        <translation>Le titre doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="74"/>
        <source>The notes are too long: they can have at most %1 characters.</source>
        <translation>Les notes sont trop longues : elles peuvent avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="76"/>
        <source>Choose a status: to do, in progress or done.</source>
        <translation>Choisissez un statut : à faire, en cours ou terminée.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="78"/>
        <source>Choose a priority: low, medium or high.</source>
        <translation>Choisissez une priorité : basse, moyenne ou haute.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="80"/>
        <source>Write the due date as YYYY-MM-DD, for example %1.</source>
        <translation>Écrivez l’échéance sous la forme AAAA-MM-JJ, par exemple %1.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="84"/>
        <source>This course cannot be linked to a task.</source>
        <translation>Ce cours ne peut pas être lié à une tâche.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="191"/>
        <location filename="../src/models/tasklistmodel.cpp" line="210"/>
        <location filename="../src/models/tasklistmodel.cpp" line="237"/>
        <source>Sign in to save tasks.</source>
        <translation>Connectez-vous pour enregistrer vos tâches.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="183"/>
        <source>The task could not be saved on this device.</source>
        <translation>La tâche n’a pas pu être enregistrée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="213"/>
        <location filename="../src/models/tasklistmodel.cpp" line="239"/>
        <source>This task no longer exists. It may have been deleted on another device.</source>
        <translation>Cette tâche n’existe plus. Elle a peut-être été supprimée sur un autre appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/tasklistmodel.cpp" line="243"/>
        <source>The task could not be deleted on this device.</source>
        <translation>La tâche n’a pas pu être supprimée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="12"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="14"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="16"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="22"/>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="24"/>
        <source>Medium</source>
        <comment>priority</comment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="26"/>
        <source>High</source>
        <comment>priority</comment>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="36"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="38"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="40"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="42"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="44"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="46"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="56"/>
        <source>No due date</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="58"/>
        <source>No course</source>
        <translation>Aucun cours</translation>
    </message>
    <message>
        <location filename="../src/models/tasktext.cpp" line="60"/>
        <source>No notes</source>
        <translation>Aucune note</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="45"/>
        <source>Mark as not done: %1</source>
        <translation>Marquer comme non terminée : %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="46"/>
        <source>Mark as done: %1</source>
        <translation>Marquer comme terminée : %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="80"/>
        <source>Late: due %1</source>
        <translation>En retard : échéance %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="80"/>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskRow.qml" line="117"/>
        <source>Changed on another device</source>
        <translation>Modifiée sur un autre appareil</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="22"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="46"/>
        <source>Sign in to keep a list of what you want to do, on this device and on your other devices.</source>
        <translation>Connectez-vous pour garder une liste de ce que vous voulez faire, sur cet appareil et sur vos autres appareils.</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="107"/>
        <source>Add a task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksScreen.qml" line="154"/>
        <source>No tasks yet. Tap “Add a task” to write down something you want to do.</source>
        <translation>Aucune tâche pour l’instant. Touchez « Ajouter une tâche » pour noter ce que vous voulez faire.</translation>
    </message>
</context>
</TS>
