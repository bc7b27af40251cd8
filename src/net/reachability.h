#pragma once

#include "apierror.h"

#include <QObject>

// Whether the server answered the last time anyone asked: the one place the app learns it is
// offline or back online. Every API answer passes through here (ApiClient::send), so the Courses
// banner, the sync status and the sync scheduler can never disagree about it.
class Reachability : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
public:
    using QObject::QObject;

    // Optimistic until an answer says otherwise: a first start shows no "offline" before trying.
    bool online() const { return m_online; }

    // Any HTTP answer, even an error envelope, proves the server is reachable; a connection error or a
    // timeout says it is not. A cancelled call says nothing.
    void observe(const ApiError &error);

signals:
    void onlineChanged();
    void cameOnline(); // after being offline: a moment to send what waited

private:
    bool m_online = true;
};
