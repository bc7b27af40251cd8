<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthService</name>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="89"/>
        <source>Your session has ended. Sign in again to continue; nothing you saved on this device is lost.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer ; rien de ce que vous avez enregistré sur cet appareil n’est perdu.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="115"/>
        <source>You are offline. Try again when you are connected.</source>
        <translation>Vous êtes hors ligne. Réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="116"/>
        <source>Your profile could not be saved. Try again later.</source>
        <translation>Votre profil n’a pas pu être enregistré. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="137"/>
        <source>You are offline. Exporting needs a connection.</source>
        <translation>Vous êtes hors ligne. L’exportation nécessite une connexion.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="138"/>
        <source>The server could not prepare your data. Try again later.</source>
        <translation>Le serveur n’a pas pu préparer vos données. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="145"/>
        <source>Your data could not be written to that file.</source>
        <translation>Vos données n’ont pas pu être écrites dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="148"/>
        <source>Your data was saved to %1.</source>
        <translation>Vos données ont été enregistrées dans %1.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="162"/>
        <source>You are offline. Deleting your account needs a connection.</source>
        <translation>Vous êtes hors ligne. La suppression de votre compte nécessite une connexion.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="163"/>
        <source>Your account could not be deleted. Try again later.</source>
        <translation>Votre compte n’a pas pu être supprimé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authcalls.cpp" line="167"/>
        <source>Your account and this device&apos;s copy of your data were deleted.</source>
        <translation>Votre compte et la copie de vos données sur cet appareil ont été supprimés.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="74"/>
        <source>That email and password do not match. Check them and try again.</source>
        <translation>Cette adresse e-mail et ce mot de passe ne correspondent pas. Vérifiez-les et réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/authservice.cpp" line="77"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="80"/>
        <source>You are offline. Signing in needs a connection the first time.</source>
        <translation>Vous êtes hors ligne. La première connexion à votre compte nécessite Internet.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="82"/>
        <source>The server&apos;s identity could not be verified. Check the date and time on this device.</source>
        <translation>L’identité du serveur n’a pas pu être vérifiée. Vérifiez la date et l’heure de cet appareil.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="84"/>
        <location filename="../src/auth/authservice.cpp" line="119"/>
        <source>Enter your email address and your password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="85"/>
        <source>Signing in did not work. Try again later.</source>
        <translation>La connexion n’a pas abouti. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="105"/>
        <source>This device has no keychain to keep you signed in. Sign in again each time you open the app.</source>
        <translation>Cet appareil n’a pas de trousseau pour garder votre session ouverte. Reconnectez-vous à chaque ouverture de l’application.</translation>
    </message>
    <message>
        <location filename="../src/auth/authservice.cpp" line="156"/>
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
        <location filename="../src/models/errortext.cpp" line="16"/>
        <source>This content is no longer available.</source>
        <translation>Ce contenu n’est plus disponible.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="18"/>
        <source>The server could not answer this request.</source>
        <translation>Le serveur n’a pas pu répondre à cette demande.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="20"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>Le serveur a un problème en ce moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/models/errortext.cpp" line="23"/>
        <source>The server sent something the app could not read. Saved content is still available.</source>
        <translation>Le serveur a envoyé des données que l’application n’a pas pu lire. Le contenu enregistré reste disponible.</translation>
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
        <translation>Votre journal apparaîtra ici dans une prochaine version.</translation>
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
</context>
<context>
    <name>LessonRow</name>
    <message>
        <location filename="../qml/LessonRow.qml" line="32"/>
        <source>Lesson %1: %2</source>
        <translation>Leçon %1 : %2</translation>
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
        <location filename="../qml/Main.qml" line="36"/>
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
    <name>ProgressScreen</name>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="5"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../qml/ProgressScreen.qml" line="7"/>
        <source>Your progress will appear here in a coming version.</source>
        <translation>Votre progression apparaîtra ici dans une prochaine version.</translation>
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
    <name>SettingsScreen</name>
    <message>
        <location filename="../qml/SettingsScreen.qml" line="39"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../qml/SettingsScreen.qml" line="45"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/SettingsScreen.qml" line="54"/>
        <source>Choose the language of the app.</source>
        <translation>Choisissez la langue de l’application.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsScreen.qml" line="75"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../qml/SettingsScreen.qml" line="85"/>
        <source>Tek Pou Nou, version %1. Learn at your own pace, even without the internet.</source>
        <translation>Tek Pou Nou, version %1. Apprenez à votre rythme, même sans Internet.</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../qml/TasksScreen.qml" line="5"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../qml/TasksScreen.qml" line="7"/>
        <source>Your tasks will appear here in a coming version.</source>
        <translation>Vos tâches apparaîtront ici dans une prochaine version.</translation>
    </message>
</context>
</TS>
