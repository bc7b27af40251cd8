#pragma once

#include "account.h"

#include <QSettings>

// The accounts known on this device and who signed in last: the non-secret facts the app needs
// to restore a session offline and to prefill the sign-in screen. Tokens never come here.
class AccountStore {
public:
    explicit AccountStore(const QString &settingsPath);

    std::optional<User> lastUser() const;
    void remember(const User &user); // also makes it the last user
    void forget(const QString &userId);
    QString lastEmail() const;

private:
    mutable QSettings m_settings;
};
