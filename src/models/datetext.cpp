#include "datetext.h"

#include <QLocale>

namespace {

// Qt 6.4 has no Kreyòl locale (QLocale("ht") is the C locale), so the names come from these tables.
// They are calendar data, not UI wording, so they live here rather than in the translations.
const char *const kreyolWeekdays[] = {"lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch"};
const char *const kreyolMonths[] = {"janvye", "fevriye", "mas",     "avril", "me",     "jen",
                                    "jiyè",   "out",     "septanm", "oktòb", "novanm", "desanm"};
const char *const kreyolShortMonths[] = {"jan.", "fev.", "mas",   "avr.", "me",   "jen",
                                         "jiy.", "out",  "sept.", "okt.", "nov.", "des."};

QLocale localeFor(const QString &language) {
    return language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QString longDateText(const QDate &date, const QString &language) {
    if (!date.isValid())
        return QString();
    if (language == QLatin1String("ht"))
        return QStringLiteral("%1 %2 %3 %4")
            .arg(QString::fromUtf8(kreyolWeekdays[date.dayOfWeek() - 1]))
            .arg(date.day())
            .arg(QString::fromUtf8(kreyolMonths[date.month() - 1]))
            .arg(date.year());
    return localeFor(language).toString(date, QLocale::LongFormat);
}

QString shortDateText(const QDate &date, const QString &language) {
    if (!date.isValid())
        return QString();
    if (language == QLatin1String("ht"))
        return QStringLiteral("%1 %2 %3")
            .arg(date.day())
            .arg(QString::fromUtf8(kreyolShortMonths[date.month() - 1]))
            .arg(date.year());
    // Written out rather than QLocale::ShortFormat, which is all digits (02/12/2026).
    const QString format =
        language == QLatin1String("fr") ? QStringLiteral("d MMM yyyy") : QStringLiteral("MMM d, yyyy");
    return localeFor(language).toString(date, format);
}
