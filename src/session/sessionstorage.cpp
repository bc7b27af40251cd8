#include "sessionstorage.h"

#include "account.h"
#include "userspace.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "tpn.session")

SessionStorage::SessionStorage(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir) {}

SessionStorage::~SessionStorage() = default;

QString SessionStorage::guestDirectory(const QString &dataDir) {
    return dataDir + QStringLiteral("/guest");
}

QString SessionStorage::userDirectory(const QString &dataDir, const QString &userId) {
    Q_ASSERT(AccountJson::isValidUserId(userId)); // it names a folder: no '/', no '..'
    return dataDir + QStringLiteral("/users/") + userId;
}

QString SessionStorage::currentDirectory() const {
    return m_space ? m_space->directory() : QString();
}

bool SessionStorage::switchTo(const QString &directory) {
    auto next = std::make_unique<UserSpace>(directory);
    if (!next->open()) {
        m_error = next->errorString();
        qCWarning(lcSession) << "cannot open" << directory << m_error;
        emit failed(m_error);
        return false;
    }
    // Readers move to the new files before the old ones close.
    emit opened(next.get());
    m_space = std::move(next);
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
    if (currentDirectory() == directory && !openGuest())
        return; // cannot close the learner's files safely; leave them as they are
    if (erase && !QDir(directory).removeRecursively()) {
        m_error = QStringLiteral("could not delete every file in %1").arg(directory);
        emit failed(m_error);
    }
}
