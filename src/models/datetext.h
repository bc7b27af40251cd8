#pragma once

#include <QDateTime>
#include <QString>

// Dates and times in digits, dd/MM/yyyy, where the app does not write them in words yet: it reads the
// same in all three languages (Qt 6.4 has no Kreyòl locale).
inline QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// In the device's local time.
inline QString dateTimeText(const QDateTime &time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

// A date in words for a language code (ht, fr, en): "mèkredi 2 desanm 2026", "mercredi 2 décembre 2026",
// "Wednesday, December 2, 2026". Empty for an invalid date.
QString longDateText(const QDate &date, const QString &language);

// The same, short: "2 des. 2026", "2 déc. 2026", "Dec 2, 2026".
QString shortDateText(const QDate &date, const QString &language);
