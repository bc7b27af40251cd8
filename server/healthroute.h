#pragma once

#include <QString>

namespace tpn::server {

class Router;

// GET /mobile-api/health: {"status": "ok", "version": version}. Answers as soon as the server listens,
// which is what clients and test harnesses poll.
void addHealthRoute(Router &router, const QString &version);

} // namespace tpn::server
