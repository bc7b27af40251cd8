#pragma once

#include "account.h"
#include "apiclient.h"

#include <QObject>
#include <QUrl>
#include <memory>

class AccountStore;
class DataCipher;
class Keychain;

// Who is signed in, and the only holder of their tokens. Signs in and out, signs up, resets a
// forgotten password with a teacher's code, restores a session at start-up from the keychain
// without any network, and lends the access token to calls on user endpoints (send), refreshing it
// once for everyone when the server says it expired. When the refresh token is refused the session
// ends; the learner's data on the device stays for when the same learner signs in again.
class AuthService : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    Q_PROPERTY(QString email READ email NOTIFY userChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY userChanged)
    Q_PROPERTY(QString userLanguage READ userLanguage NOTIFY userChanged)
    Q_PROPERTY(QString lastEmail READ lastEmail NOTIFY userChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainAvailableChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // The server offers the shared demo account (its health check advertises it); see checkServer().
    Q_PROPERTY(bool demoAvailable READ demoAvailable NOTIFY demoAvailableChanged)
    // The signed-in account is the shared demo: do not offer deleting it or resetting its password.
    Q_PROPERTY(bool demoAccount READ demoAccount NOTIFY userChanged)

public:
    enum class State { Restoring, SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)
    static constexpr const char *kKeychainService = "tekpounou";

    AuthService(ApiClient &api, Keychain &keychain, AccountStore &accounts, QObject *parent = nullptr);
    ~AuthService() override;

    State state() const { return m_state; }
    bool signedIn() const { return m_state == State::SignedIn; }
    bool busy() const {
        return m_state == State::Restoring || m_state == State::SigningIn || m_pendingCalls > 0;
    }
    QString userId() const { return m_user.id; }
    QString email() const { return m_user.email; }
    QString displayName() const { return m_user.displayName; }
    QString userLanguage() const { return m_user.language; }
    QString lastEmail() const;
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    bool demoAvailable() const { return !m_demoEmail.isEmpty(); }
    bool demoAccount() const { return m_user.demo; }
    // The signed-in learner's data key, for sealing sensitive local fields; null when signed out.
    const DataCipher *dataCipher() const { return m_cipher.get(); }

    // Restores the last learner's session from the keychain; works offline.
    void restore();
    Q_INVOKABLE void signIn(const QString &email, const QString &password);
    // Creates an account and signs in to it, as signIn does. The server's field rules are checked
    // first, here: a problem becomes `error` and nothing is sent.
    Q_INVOKABLE void signUp(const QString &displayName, const QString &email, const QString &password,
                            const QString &language);
    // Why signUp would refuse these fields, in the learner's language; empty when they are fine.
    Q_INVOKABLE QString signUpProblem(const QString &displayName, const QString &email,
                                      const QString &password) const;
    // Sets a new password with the one-time code a teacher printed (tekpounou-server reset-code)
    // and signs in, as signIn does. Every other session of the account ends on the server.
    Q_INVOKABLE void resetPassword(const QString &email, const QString &code, const QString &newPassword);
    // Why resetPassword would refuse these fields, translated; empty when they are fine.
    Q_INVOKABLE QString resetProblem(const QString &email, const QString &code,
                                     const QString &newPassword) const;
    // Asks the server's health check what it offers (the demo account); call at start and when
    // the network returns. Offline, what was known stays.
    Q_INVOKABLE void checkServer();
    // Signs in with the demo account the server advertised.
    Q_INVOKABLE void signInAsDemo();
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void signOutAndErase();
    Q_INVOKABLE void deleteAccount();
    Q_INVOKABLE void updateProfile(const QString &displayName, const QString &language);
    Q_INVOKABLE void exportData(const QUrl &file);

    // Sends a call to a user endpoint with the access token; on 401 refreshes (one refresh in
    // flight, whoever asks) and retries once.
    void send(ApiRequest request, QObject *context, ApiClient::Callback done);

signals:
    void stateChanged();
    void userChanged();
    void keychainAvailableChanged();
    void errorChanged();
    void noticeChanged();
    void demoAvailableChanged();
    void refreshStarted();
    // For the composition root: open this learner's files / close them (and delete them if `erase`).
    void signedInAs(const QString &userId);
    void signedOutOf(const QString &userId, bool erase);
    void exportFinished(bool ok, const QString &message);

private:
    void setState(State state);
    void setError(const QString &error);
    void setNotice(const QString &notice);
    void setKeychainAvailable(bool available);
    void startSession(const User &user, const Tokens &tokens, bool persistTokens);
    void loadDataKey();
    void becomeSignedIn();
    void endSession(bool erase, const QString &notice);
    void refreshThen(std::function<void(bool)> then);
    void sendAuthorized(ApiRequest request, QObject *context, ApiClient::Callback done, bool retried);
    void persistTokens();
    // What a session request is for: decides the wording of its errors.
    enum class Purpose { SignIn, SignUp, Reset };
    void requestSession(const QString &path, const QJsonObject &body, Purpose purpose);
    QString describe(const ApiError &error, Purpose purpose = Purpose::SignIn) const;
    void setDemoCredentials(const QString &email, const QString &password);

    ApiClient &m_api;
    Keychain &m_keychain;
    AccountStore &m_accounts;
    State m_state = State::SignedOut;
    User m_user;
    Tokens m_tokens;
    std::unique_ptr<DataCipher> m_cipher;
    bool m_keychainAvailable = true;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_refreshWaiters;
    int m_pendingCalls = 0;
    QString m_error;
    QString m_notice;
    QString m_demoEmail; // public: the server advertises it to everyone
    QString m_demoPassword;
};
