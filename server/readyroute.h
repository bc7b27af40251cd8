#pragma once

namespace tpn::server {

class Database;
class Router;

// GET /mobile-api/ready: whether this server can serve learners now, for load balancers, orchestrators
// and monitoring (docs/api.md). Unlike /health, it asks the database: a trivial statement must run,
// the schema version must still be the one this process migrated to at start (another binary may have
// migrated the file since), and the file at the database's path must still be the one the server has
// open (a data directory deleted or restored over a running server would lose every later write).
// 200 {"status": "ready", "database": {"latency_ms", "schema_version"}}, else 503 not_ready saying why.
// database must outlive the router.
void addReadyRoute(Router &router, const Database &database);

} // namespace tpn::server
