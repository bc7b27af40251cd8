#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tpn::server {

class AuthService;
class UserStore;

// The shared demo account "Try the demo" signs in with. Its password is public (README, health check).
inline const QString DemoEmail = QStringLiteral("demo@tekpounou.ht");
inline const QString DemoPassword = QStringLiteral("lekol-2026");

// The demo accounts of --demo (docs/api.md, Accounts): demo@, ana@ and sam@tekpounou.ht, one per
// language, password DemoPassword, flagged as demo accounts. Idempotent: an existing account with one of
// these emails is left as it is. Returns how many were created.
int addDemoAccounts(AuthService &auth);

// {"email", "password"} of the demo account when this server has it (made by --demo); what the health
// check advertises so the app can offer "Try the demo".
std::optional<QJsonObject> advertisedDemoAccount(UserStore &users);

} // namespace tpn::server
