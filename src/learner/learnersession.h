#pragma once

#include "syncscheduler.h"

#include <QObject>
#include <memory>

class AuthService;
class DataCipher;
class GuestAdoption;
class Keychain;
class LearnerRepository;
class LearnerSync;

// Whose own data is open. The guest's from the first start, with no account and no network: their
// userdata.sqlite in the guest folder, journal words sealed with this device's key from the
// keychain (with no keychain, the guest's journal lives in memory only). The signed-in learner's
// from sign-in to sign-out, syncing. It points `Learner` (the repository) and the guest-data offer
// at them, and announces the account's data for the sync status.
class LearnerSession : public QObject {
    Q_OBJECT
public:
    static constexpr const char *kDeviceKeyEntry = "device-key";

    LearnerSession(const QString &dataDir, AuthService &auth, Keychain &keychain,
                   LearnerRepository &repository, GuestAdoption &adoption, SyncScheduler::Timing timing = {},
                   bool autoSync = true, QObject *parent = nullptr);
    ~LearnerSession() override;

    // Reads (on the first start, makes) the device key, then opens the guest's data.
    void openGuest();
    // The signed-in learner's data in their folder, sealed with their data key.
    void openAccount(const QString &directory, const DataCipher *cipher);
    void closeAccount();

    LearnerSync *guest() const { return m_guest.get(); }
    LearnerSync *account() const { return m_account.get(); }

signals:
    void guestOpened();
    // The signed-in learner's data, or null when it closes (emitted before it does).
    void accountChanged(LearnerSync *account);

private:
    void openGuestWith(const QByteArray &deviceKey, bool keyKept);
    void publish();

    QString m_dataDir;
    AuthService &m_auth;
    Keychain &m_keychain;
    LearnerRepository &m_repository;
    GuestAdoption &m_adoption;
    SyncScheduler::Timing m_timing;
    bool m_autoSync;
    std::unique_ptr<DataCipher> m_deviceCipher;
    std::unique_ptr<LearnerSync> m_guest;
    std::unique_ptr<LearnerSync> m_guestJournal; // in memory, when the device key cannot be kept
    std::unique_ptr<LearnerSync> m_account;
};
