#pragma once

#include <QStringList>

namespace tpn::server {

// `tekpounou-server reset-code EMAIL --data DIR [--valid-for SECONDS]`: prints a one-time password-reset
// code for an account, for a teacher or administrator to hand to a learner in a school without email
// (docs/api.md, Password reset codes). Works next to a running server: both use the same SQLite file.

bool isResetCodeCommand(const QStringList &arguments);

// Exit codes: 0 printed a code; 1 refused (no such account, the demo account); 2 bad options or a data
// directory without a server database. The reason is on stderr; only the code goes to stdout.
int runResetCodeCommand(const QStringList &arguments);

} // namespace tpn::server
