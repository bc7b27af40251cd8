#include "accountstore.h"

namespace {
QString group(const QString &userId) {
    return QStringLiteral("accounts/") + userId;
}
} // namespace

AccountStore::AccountStore(const QString &settingsPath)
    : m_settings(settingsPath, QSettings::IniFormat) {}

std::optional<User> AccountStore::lastUser() const {
    const QString id = m_settings.value(QStringLiteral("session/lastUser")).toString();
    if (!AccountJson::isValidUserId(id) || !m_settings.contains(group(id) + QStringLiteral("/email")))
        return std::nullopt;
    m_settings.beginGroup(group(id));
    User user{id, m_settings.value(QStringLiteral("email")).toString(),
              m_settings.value(QStringLiteral("displayName")).toString(),
              m_settings.value(QStringLiteral("language")).toString(),
              m_settings.value(QStringLiteral("demo"), false).toBool()};
    m_settings.endGroup();
    return user;
}

void AccountStore::remember(const User &user) {
    m_settings.beginGroup(group(user.id));
    m_settings.setValue(QStringLiteral("email"), user.email);
    m_settings.setValue(QStringLiteral("displayName"), user.displayName);
    m_settings.setValue(QStringLiteral("language"), user.language);
    m_settings.setValue(QStringLiteral("demo"), user.demo);
    m_settings.endGroup();
    m_settings.setValue(QStringLiteral("session/lastUser"), user.id);
    m_settings.setValue(QStringLiteral("session/lastEmail"), user.email);
    m_settings.sync();
}

void AccountStore::forget(const QString &userId) {
    m_settings.remove(group(userId));
    if (m_settings.value(QStringLiteral("session/lastUser")).toString() == userId) {
        m_settings.remove(QStringLiteral("session/lastUser"));
        m_settings.remove(QStringLiteral("session/lastEmail"));
    }
    m_settings.sync();
}

QString AccountStore::lastEmail() const {
    return m_settings.value(QStringLiteral("session/lastEmail")).toString();
}
