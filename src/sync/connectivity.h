#pragma once

#include <QObject>

class ApiClient;

// Says when the server is reachable again: the OS's word (QNetworkInformation) is only a hint,
// so a health probe to the server confirms it before anyone syncs. Where the OS has no network
// information backend, the sync scheduler's backoff keeps probing by itself.
class ConnectivityMonitor : public QObject {
    Q_OBJECT
public:
    explicit ConnectivityMonitor(ApiClient &api, QObject *parent = nullptr);

    // Checks now, e.g. after the OS reported a network or after the app came to the foreground.
    void probe();

signals:
    void serverReachable();

private:
    ApiClient &m_api;
    bool m_probing = false;
};
