#include "learnersession.h"

#include "datacipher.h"
#include "guestadoption.h"
#include "keychain.h"
#include "learnerrepository.h"
#include "learnersync.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLearner, "tpn.learner")

LearnerSession::LearnerSession(const QString &dataDir, AuthService &auth, Keychain &keychain,
                               LearnerRepository &repository, GuestAdoption &adoption,
                               SyncScheduler::Timing timing, bool autoSync, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_auth(auth)
    , m_keychain(keychain)
    , m_repository(repository)
    , m_adoption(adoption)
    , m_timing(timing)
    , m_autoSync(autoSync) {}

LearnerSession::~LearnerSession() {
    m_repository.setSource({});
    m_adoption.setSources(nullptr, nullptr, nullptr);
}

void LearnerSession::openGuest() {
    const QString entry = QString::fromLatin1(kDeviceKeyEntry);
    m_keychain.read(entry, this, [this, entry](const Keychain::Result &read) {
        if (read.status == Keychain::Status::Ok && read.data.size() == DataCipher::kKeyBytes)
            return openGuestWith(read.data, true);
        const QByteArray key = DataCipher::generateKey();
        if (read.status != Keychain::Status::NotFound) {
            qCWarning(lcLearner) << "no keychain for the device key:" << read.status;
            return openGuestWith(key, false);
        }
        // Nothing is sealed with a new key before the keychain holds it: a crash right after would
        // otherwise leave words that no key can open.
        m_keychain.write(entry, key, this, [this, key](const Keychain::Result &written) {
            openGuestWith(key, written.status == Keychain::Status::Ok);
        });
    });
}

void LearnerSession::openGuestWith(const QByteArray &deviceKey, bool keyKept) {
    const QString directory = m_dataDir + QStringLiteral("/guest");
    QDir().mkpath(directory);
    m_deviceCipher = std::make_unique<DataCipher>(deviceKey);
    // With no keychain to keep the key, journal words go to a database in memory: sealed on disk
    // with a key that dies with the process would be unreadable garbage, and in the clear never.
    m_guest = LearnerSync::forGuest(directory + QStringLiteral("/userdata.sqlite"), m_auth,
                                    keyKept ? m_deviceCipher.get() : nullptr);
    if (!keyKept)
        m_guestJournal = LearnerSync::forGuest(QStringLiteral(":memory:"), m_auth, m_deviceCipher.get());
    if (!m_guest->open() || (m_guestJournal && !m_guestJournal->open())) {
        qCWarning(lcLearner) << "cannot open the guest's data:" << m_guest->errorString();
        m_guest.reset();
        m_guestJournal.reset();
    }
    publish();
    emit guestOpened();
}

void LearnerSession::openAccount(const QString &directory, const DataCipher *cipher) {
    closeAccount();
    auto account = std::make_unique<LearnerSync>(directory, m_auth, cipher, m_timing);
    if (!account->open()) {
        qCWarning(lcLearner) << "cannot open the learner's data:" << account->errorString();
        return;
    }
    m_account = std::move(account);
    publish();
    emit accountChanged(m_account.get());
    if (m_autoSync)
        m_account->scheduler().start();
    else
        m_account->scheduler().pause();
}

void LearnerSession::closeAccount() {
    if (!m_account)
        return;
    // Readers move off the learner's files before they close (or are erased).
    emit accountChanged(nullptr);
    std::unique_ptr<LearnerSync> closing = std::move(m_account);
    publish();
}

void LearnerSession::publish() {
    if (m_account)
        m_repository.setSource({m_account.get(), nullptr, false});
    else
        m_repository.setSource({m_guest.get(), m_guestJournal.get(), true});
    m_adoption.setSources(m_guest.get(), m_guestJournal.get(), m_account.get());
}
