#include "connectivity.h"

#include "apiclient.h"

#include <QNetworkInformation>

ConnectivityMonitor::ConnectivityMonitor(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api) {
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Site)
                        probe();
                });
    }
}

void ConnectivityMonitor::probe() {
    if (m_probing)
        return;
    m_probing = true;
    m_api.get(
        QStringLiteral("/mobile-api/health"), {}, this,
        [this](const ApiResult &result) {
            m_probing = false;
            if (result.ok())
                emit serverReachable();
        },
        std::chrono::seconds(10));
}
