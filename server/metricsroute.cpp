#include "metricsroute.h"

#include "apierror.h"
#include "metrics.h"
#include "router.h"

#include <QCryptographicHash>
#include <QFile>

#include <stdexcept>

namespace tpn::server {

namespace {

constexpr qsizetype MinimumTokenLength = 16;

QByteArray tokenHash(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

// The token of "Bearer <token>" (scheme case-insensitive); empty for any other header.
QByteArray bearerToken(const QByteArray &authorization) {
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

bool wasForwarded(const QHttpServerRequest &request) {
    return !request.value("Forwarded").isEmpty() || !request.value("X-Forwarded-For").isEmpty() ||
           !request.value("X-Real-IP").isEmpty();
}

} // namespace

MetricsAccess MetricsAccess::fromTokenFile(const QString &file) {
    QFile tokenFile(file);
    if (!tokenFile.open(QIODevice::ReadOnly))
        throw std::runtime_error(QStringLiteral("%1: cannot read the metrics token: %2")
                                     .arg(file, tokenFile.errorString())
                                     .toStdString());
    const QByteArray token = tokenFile.readAll().trimmed();
    if (token.size() < MinimumTokenLength) {
        throw std::runtime_error(QStringLiteral("%1: a metrics token needs at least %2 characters")
                                     .arg(file)
                                     .arg(MinimumTokenLength)
                                     .toStdString());
    }
    MetricsAccess access;
    access.m_tokenHash = tokenHash(token);
    return access;
}

void addMetricsRoute(Router &router, Metrics &metrics, const MetricsAccess &access) {
    router.addRawRoute(
        QHttpServerRequest::Method::Get, QStringLiteral("/metrics"),
        [&metrics, expected = access.m_tokenHash](const ApiRequest &request) {
            const bool allowed =
                expected.isEmpty() ? request.http.remoteAddress().isLoopback() && !wasForwarded(request.http)
                                   : expected == tokenHash(bearerToken(request.http.value("Authorization")));
            if (!allowed) {
                throw ApiError(403, QStringLiteral("forbidden"),
                               expected.isEmpty()
                                   ? QStringLiteral("Metrics are readable from this machine only.")
                                   : QStringLiteral("Metrics need the metrics token."));
            }
            return RawReply{
                200,
                metrics.scrape(),
                {{"Content-Type", "text/plain; version=0.0.4; charset=utf-8"}, {"Cache-Control", "no-store"}},
                true};
        });
}

} // namespace tpn::server
