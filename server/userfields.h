#pragma once

#include "accountrules.h"
#include "fieldrules.h"

#include <QJsonObject>
#include <QString>

namespace tpn::server {

struct UserRow;

// The limits and rules themselves are shared with the app (src/domain/accountrules.h).
using tpn::MaximumDisplayNameLength;
using tpn::MaximumEmailLength;
using tpn::MaximumPasswordLength;
using tpn::MinimumPasswordLength;
using tpn::normalizeEmail;

// Each returns the value to store, or throws 400 invalid_parameter naming the field.
QString validEmail(const QString &email); // normalized
void checkPassword(const QString &password, const QString &field = QStringLiteral("password"));
QString validDisplayName(const QString &displayName); // trimmed
QString validLanguage(const QString &language);

// {"id", "email", "displayName", "language", "demo"}: the user as every account endpoint shows it.
QJsonObject userJson(const UserRow &user);

} // namespace tpn::server
