#pragma once

#include <QByteArray>
#include <QString>

namespace tpn::server {

class Metrics;
class Router;

// Who may read /metrics. The API's port is public in a district, and the figures tell an outsider how
// busy each school's server is and when it fails, so by default only this machine may read them: a
// client on a loopback address whose request was not forwarded by a proxy (no Forwarded, X-Forwarded-For
// or X-Real-IP header; nginx on the same machine connects from loopback too). With a token, the
// token is needed from everywhere, loopback included, and Prometheus sends it as a bearer token.
class MetricsAccess {
public:
    MetricsAccess() = default; // loopback only
    // The token in file (surrounding whitespace ignored). Throws std::runtime_error naming the file when
    // it cannot be read or holds fewer than 16 characters.
    static MetricsAccess fromTokenFile(const QString &file);

    bool usesToken() const { return !m_tokenHash.isEmpty(); }

private:
    friend void addMetricsRoute(Router &router, Metrics &metrics, const MetricsAccess &access);
    QByteArray m_tokenHash; // SHA-256 of the token: compared in full, so timing tells nothing of it
};

// GET /metrics: the Prometheus text format (version 0.0.4), or 403 forbidden for whoever access refuses.
// metrics must outlive the router.
void addMetricsRoute(Router &router, Metrics &metrics, const MetricsAccess &access);

} // namespace tpn::server
