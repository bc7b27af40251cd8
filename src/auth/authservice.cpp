#include "authservice.h"

#include "accountstore.h"
#include "datacipher.h"
#include "keychain.h"

#include <QPointer>

namespace {

QString tokensEntry(const QString &userId) {
    return QStringLiteral("account:") + userId;
}

QString dataKeyEntry(const QString &userId) {
    return QStringLiteral("datakey:") + userId;
}

} // namespace

AuthService::AuthService(ApiClient &api, Keychain &keychain, AccountStore &accounts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_keychain(keychain)
    , m_accounts(accounts) {}

AuthService::~AuthService() = default;

QString AuthService::lastEmail() const {
    return m_user.email.isEmpty() ? m_accounts.lastEmail() : m_user.email;
}

void AuthService::setState(State state) {
    if (state != m_state) {
        m_state = state;
        emit stateChanged();
    }
}

void AuthService::setError(const QString &error) {
    if (error != m_error) {
        m_error = error;
        emit errorChanged();
    }
}

void AuthService::setNotice(const QString &notice) {
    if (notice != m_notice) {
        m_notice = notice;
        emit noticeChanged();
    }
}

void AuthService::setKeychainAvailable(bool available) {
    if (available != m_keychainAvailable) {
        m_keychainAvailable = available;
        emit keychainAvailableChanged();
    }
}

void AuthService::restore() {
    const std::optional<User> user = m_accounts.lastUser();
    if (!user) {
        setState(State::SignedOut);
        return;
    }
    setState(State::Restoring);
    m_keychain.read(tokensEntry(user->id), this, [this, user = *user](const Keychain::Result &r) {
        if (r.status == Keychain::Status::Ok) {
            if (const std::optional<Tokens> tokens = Tokens::fromSecret(r.data)) {
                startSession(user, *tokens, false);
                return;
            }
        }
        if (r.status != Keychain::Status::Ok && r.status != Keychain::Status::NotFound) {
            setKeychainAvailable(false);
            setNotice(
                tr("This device has no keychain to keep you signed in. Sign in again each time you open "
                   "the app."));
        }
        setState(State::SignedOut);
    });
}

void AuthService::signIn(const QString &email, const QString &password) {
    if (m_state == State::SigningIn || m_state == State::SignedIn)
        return;
    setError({});
    setNotice({});
    if (email.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Enter your email address and your password."));
        return;
    }
    const QJsonObject body{{QStringLiteral("email"), email.trimmed()},
                           {QStringLiteral("password"), password}};
    requestSession(QStringLiteral("/mobile-api/auth/login"), body, Purpose::SignIn);
}

void AuthService::startSession(const User &user, const Tokens &tokens, bool persist) {
    m_user = user;
    m_tokens = tokens;
    m_accounts.remember(user);
    emit userChanged();
    if (persist)
        persistTokens();
    loadDataKey();
}

void AuthService::persistTokens() {
    m_keychain.write(tokensEntry(m_user.id), m_tokens.toSecret(), this, [this](const Keychain::Result &r) {
        setKeychainAvailable(r.status == Keychain::Status::Ok);
        if (r.status != Keychain::Status::Ok)
            setNotice(tr("This device has no keychain to keep you signed in. You will need to sign in again "
                         "next time you open the app."));
    });
}

void AuthService::loadDataKey() {
    // Read, or on first sign-in create, the learner's data key. Without a keychain it lives in
    // memory for this session only.
    const QString userId = m_user.id;
    m_keychain.read(dataKeyEntry(userId), this, [this, userId](const Keychain::Result &r) {
        if (r.status == Keychain::Status::Ok && r.data.size() == DataCipher::kKeyBytes) {
            m_cipher = std::make_unique<DataCipher>(r.data);
            becomeSignedIn();
            return;
        }
        const QByteArray key = DataCipher::generateKey();
        m_cipher = std::make_unique<DataCipher>(key);
        if (r.status != Keychain::Status::NotFound) {
            becomeSignedIn(); // no usable keychain: the key lives for this session only
            return;
        }
        // Nothing is sealed with a new key before the keychain holds it: otherwise a crash right
        // after sign-in would leave data that no key can open.
        m_keychain.write(dataKeyEntry(userId), key, this,
                         [this](const Keychain::Result &) { becomeSignedIn(); });
    });
}

void AuthService::becomeSignedIn() {
    setState(State::SignedIn);
    emit signedInAs(m_user.id);
}

void AuthService::signOut() {
    endSession(false, {});
}

void AuthService::signOutAndErase() {
    endSession(true, {});
}

void AuthService::endSession(bool erase, const QString &notice) {
    if (m_state != State::SignedIn)
        return;
    // Tell the server (best effort: offline, the tokens simply expire), then forget the tokens.
    if (!m_tokens.refresh.isEmpty()) {
        const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromLatin1(m_tokens.refresh)}};
        m_api.send({"POST",
                    QStringLiteral("/mobile-api/auth/logout"),
                    {},
                    body,
                    m_tokens.access,
                    ApiClient::kDefaultTimeout},
                   this, [](const ApiResult &) {});
    }
    const QString userId = m_user.id;
    m_keychain.remove(tokensEntry(userId), this, [](const Keychain::Result &) {});
    if (erase) {
        m_keychain.remove(dataKeyEntry(userId), this, [](const Keychain::Result &) {});
        m_accounts.forget(userId);
    }
    m_tokens = {};
    m_cipher.reset();
    m_user = {};
    m_refreshing = false;
    const auto waiters = std::exchange(m_refreshWaiters, {});
    setNotice(notice);
    setState(State::SignedOut);
    emit userChanged();
    emit signedOutOf(userId, erase);
    for (const auto &waiter : waiters)
        waiter(false);
}
