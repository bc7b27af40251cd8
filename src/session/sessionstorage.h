#pragma once

#include <QObject>
#include <QString>
#include <memory>

class UserSpace;

// Keeps the files of whoever uses the app open — the signed-in learner's, or the guest's when
// nobody is signed in — and announces each newly opened space so readers move to it. Signing in as someone
// else switches to their own files, so one learner never sees another's; "sign out and erase" deletes the
// learner's folder once it is closed.
class SessionStorage : public QObject {
    Q_OBJECT
public:
    explicit SessionStorage(const QString &dataDir, QObject *parent = nullptr);
    ~SessionStorage() override;

    static QString guestDirectory(const QString &dataDir);
    static QString userDirectory(const QString &dataDir, const QString &userId);

    bool openGuest();
    void openUser(const QString &userId);
    void closeUser(const QString &userId, bool erase);

    UserSpace *current() const { return m_space.get(); }
    QString currentDirectory() const;
    QString errorString() const { return m_error; }

signals:
    // Emitted while the previous space is still open: move readers over in the slot.
    void opened(UserSpace *space);
    void failed(const QString &detail);

private:
    bool switchTo(const QString &directory);

    QString m_dataDir;
    std::unique_ptr<UserSpace> m_space;
    QString m_error;
};
