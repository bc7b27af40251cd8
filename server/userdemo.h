#pragma once

namespace tpn::server {

class AuthService;

// The demo accounts of --demo (docs/api.md, Accounts): demo@, ana@ and sam@tekpounou.ht, one per
// language, password "lekol-2026". Idempotent: an existing account with one of these emails is left as
// it is. Returns how many were created.
int addDemoAccounts(AuthService &auth);

} // namespace tpn::server
