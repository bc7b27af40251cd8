#include "languagenote.h"

#include <QCoreApplication>

namespace {

// A language's name as it reads inside the two sentences below.
QString inSentence(const QString &code) {
    if (code == QLatin1String("ht"))
        return QCoreApplication::translate("LanguageNote", "Kreyòl",
                                           "Haitian Creole, inside 'Not saved in %1…: shown in %2.'");
    if (code == QLatin1String("fr"))
        return QCoreApplication::translate("LanguageNote", "French",
                                           "the language, inside 'Not saved in %1…: shown in %2.'");
    if (code == QLatin1String("en"))
        return QCoreApplication::translate("LanguageNote", "English",
                                           "the language, inside 'Not saved in %1…: shown in %2.'");
    return code;
}

// True when what is shown is not in the language asked for because the device lacks that version.
bool needsNote(const QString &askedTag, const QString &shown, bool otherLanguage) {
    return otherLanguage && !shown.isEmpty() && shown != askedTag.section(u'-', 0, 0);
}

} // namespace

QString LanguageNote::forPage(const QString &askedTag, const QString &shown, bool otherLanguage) {
    if (!needsNote(askedTag, shown, otherLanguage))
        return {};
    return QCoreApplication::translate("LanguageNote", "Not saved in %1 on this device: shown in %2.")
        .arg(inSentence(askedTag.section(u'-', 0, 0)), inSentence(shown));
}

QString LanguageNote::forCard(const QString &askedTag, const QString &shown, bool otherLanguage) {
    if (!needsNote(askedTag, shown, otherLanguage))
        return {};
    return QCoreApplication::translate("LanguageNote", "Shown in %1", "a course card, offline")
        .arg(inSentence(shown));
}
