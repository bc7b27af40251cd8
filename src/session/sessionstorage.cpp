#include "sessionstorage.h"

#include "account.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "tpn.session")

SessionStorage::SessionStorage(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir) {}

QString SessionStorage::guestDirectory(const QString &dataDir) {
    return dataDir + QStringLiteral("/guest");
}

QString SessionStorage::userDirectory(const QString &dataDir, const QString &userId) {
    Q_ASSERT(AccountJson::isValidUserId(userId)); // it names a folder: no '/', no '..'
    return dataDir + QStringLiteral("/users/") + userId;
}

bool SessionStorage::switchTo(const QString &directory) {
    if (!QDir().mkpath(directory)) {
        m_error = QStringLiteral("cannot create %1").arg(directory);
        qCWarning(lcSession) << m_error;
        emit failed(m_error);
        return false;
    }
    // Only this learner may read their folder (meaningful on shared desktop accounts).
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_current = directory;
    return true;
}

bool SessionStorage::openGuest() {
    return switchTo(guestDirectory(m_dataDir));
}

void SessionStorage::openUser(const QString &userId) {
    if (!AccountJson::isValidUserId(userId))
        return;
    switchTo(userDirectory(m_dataDir, userId));
}

void SessionStorage::closeUser(const QString &userId, bool erase) {
    if (!AccountJson::isValidUserId(userId))
        return;
    const QString directory = userDirectory(m_dataDir, userId);
    if (m_current == directory && !openGuest())
        return; // cannot move off the learner's folder; leave it as it is
    if (erase && !QDir(directory).removeRecursively()) {
        m_error = QStringLiteral("could not delete every file in %1").arg(directory);
        emit failed(m_error);
    }
}
