#pragma once

#include <QJsonObject>
#include <QString>

namespace tpn::server {

class Router;

// GET /mobile-api/health: {"status": "ok", "version": version}. Answers as soon as the server listens,
// which is what clients and test harnesses poll. metadata goes into the envelope's metadata (the demo
// account, when this server has one).
void addHealthRoute(Router &router, const QString &version, const QJsonObject &metadata = {});

} // namespace tpn::server
