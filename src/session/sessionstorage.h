#pragma once

#include <QObject>
#include <QString>

// Whose folder is in use — the signed-in learner's, or the guest's when nobody is signed in — so
// their own data opens there (LearnerSession) and one learner's files never show to another;
// "sign out and erase" deletes the learner's folder once it is no longer in use. The catalog is
// not in these folders: it is public and the device keeps one cache of it (CatalogStore).
class SessionStorage : public QObject {
    Q_OBJECT
public:
    explicit SessionStorage(const QString &dataDir, QObject *parent = nullptr);

    static QString guestDirectory(const QString &dataDir);
    static QString userDirectory(const QString &dataDir, const QString &userId);

    bool openGuest();
    void openUser(const QString &userId);
    void closeUser(const QString &userId, bool erase);

    QString currentDirectory() const { return m_current; }
    QString errorString() const { return m_error; }

signals:
    void failed(const QString &detail);

private:
    bool switchTo(const QString &directory);

    QString m_dataDir;
    QString m_current;
    QString m_error;
};
