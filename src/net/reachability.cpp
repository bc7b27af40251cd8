#include "reachability.h"

void Reachability::observe(const ApiError &error) {
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    const bool online = !error.isConnectivity();
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged();
    if (online)
        emit cameOnline();
}
