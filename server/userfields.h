#pragma once

#include "fieldrules.h"

#include <QJsonObject>
#include <QString>

namespace tpn::server {

struct UserRow;

// Limits of the account fields; lengths count characters (Unicode code points).
inline constexpr int MaximumEmailLength = 254;
inline constexpr int MinimumPasswordLength = 8;
inline constexpr int MaximumPasswordLength = 256;
inline constexpr int MaximumDisplayNameLength = 100;

// Emails are compared and stored trimmed and lower-cased.
QString normalizeEmail(const QString &email);

// Each returns the value to store, or throws 400 invalid_parameter naming the field.
QString validEmail(const QString &email); // normalized
void checkPassword(const QString &password);
QString validDisplayName(const QString &displayName); // trimmed
QString validLanguage(const QString &language);

// {"id", "email", "displayName", "language"}: the user as every account endpoint shows it.
QJsonObject userJson(const UserRow &user);

} // namespace tpn::server
