#pragma once

#include <QDateTime>
#include <QString>

// Dates and times as the app shows them everywhere, dd/MM/yyyy: Qt 6.4 has no Kreyòl locale to
// format them with, and this reads the same in all three languages.
inline QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// In the device's local time.
inline QString dateTimeText(const QDateTime &time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}
