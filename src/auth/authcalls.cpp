// AuthService's calls on the learner's behalf: the authorized send with its single-flight
// refresh, and the account actions (profile, export, deletion).
#include "accountstore.h"
#include "authservice.h"
#include "keychain.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>

namespace {

ApiError notSignedIn() {
    return {ApiError::Kind::Rejected, 401, QStringLiteral("not_signed_in"), QStringLiteral("no session")};
}
} // namespace

void AuthService::send(ApiRequest request, QObject *context, ApiClient::Callback done) {
    if (m_state != State::SignedIn) {
        done({notSignedIn(), {}});
        return;
    }
    // An access token past its expiry would only earn a 401: refresh first.
    if (m_tokens.accessExpiresAt.isValid() && m_tokens.accessExpiresAt <= QDateTime::currentDateTimeUtc()) {
        refreshThen([this, request, context = QPointer<QObject>(context), done](bool ok) {
            if (!context)
                return;
            if (ok)
                sendAuthorized(request, context, done, true);
            else
                done({notSignedIn(), {}});
        });
        return;
    }
    sendAuthorized(std::move(request), context, std::move(done), false);
}

void AuthService::sendAuthorized(ApiRequest request, QObject *context, ApiClient::Callback done,
                                 bool retried) {
    request.bearerToken = m_tokens.access;
    m_api.send(request, context, [this, request, context, done, retried](const ApiResult &result) {
        if (result.error.httpStatus != 401 || retried || m_state != State::SignedIn) {
            done(result);
            return;
        }
        // Another call may have refreshed while this one was on the wire: just retry with the new token.
        if (request.bearerToken != m_tokens.access) {
            sendAuthorized(request, context, done, true);
            return;
        }
        refreshThen([this, request, context = QPointer<QObject>(context), done, result](bool ok) {
            if (!context)
                return;
            if (ok)
                sendAuthorized(request, context, done, true);
            else
                done(result);
        });
    });
}

void AuthService::refreshThen(std::function<void(bool)> then) {
    m_refreshWaiters.append(std::move(then));
    if (m_refreshing)
        return;
    m_refreshing = true;
    emit refreshStarted();
    const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromLatin1(m_tokens.refresh)}};
    m_api.send({"POST", QStringLiteral("/mobile-api/auth/refresh"), {}, body, {}, ApiClient::kDefaultTimeout},
               this, [this](const ApiResult &result) {
                   if (!m_refreshing)
                       return; // the session ended meanwhile
                   m_refreshing = false;
                   QString problem;
                   const auto answer =
                       result.ok() ? AccountJson::signInAnswer(result.envelope.data, &problem) : std::nullopt;
                   if (answer && answer->user.id == m_user.id) {
                       m_tokens = answer->tokens;
                       persistTokens();
                       for (const auto &waiter : std::exchange(m_refreshWaiters, {}))
                           waiter(true);
                       return;
                   }
                   if (result.error.httpStatus == 401) {
                       // The refresh token was refused (expired, revoked, or reused elsewhere).
                       endSession(false, tr("Your session has ended. Sign in again to continue; nothing you "
                                            "saved on this device is lost."));
                       return;
                   }
                   // Offline or a server fault: keep the session, let callers fail for now.
                   for (const auto &waiter : std::exchange(m_refreshWaiters, {}))
                       waiter(false);
               });
}

void AuthService::updateProfile(const QString &displayName, const QString &language) {
    QJsonObject body;
    if (!displayName.trimmed().isEmpty())
        body.insert(u"displayName", displayName.trimmed());
    if (!language.isEmpty())
        body.insert(u"language", language);
    ++m_pendingCalls;
    emit stateChanged();
    send({"PATCH", QStringLiteral("/mobile-api/user/profile"), {}, body, {}, ApiClient::kDefaultTimeout},
         this, [this](const ApiResult &result) {
             --m_pendingCalls;
             emit stateChanged();
             QString problem;
             const auto user = result.ok() ? AccountJson::user(result.envelope.data, &problem) : std::nullopt;
             if (!user || user->id != m_user.id) {
                 setError(result.error.isConnectivity()
                              ? tr("You are offline. Try again when you are connected.")
                              : tr("Your profile could not be saved. Try again later."));
                 return;
             }
             m_user = *user;
             m_accounts.remember(m_user);
             setError({});
             emit userChanged();
         });
}

void AuthService::exportData(const QUrl &file) {
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    ++m_pendingCalls;
    emit stateChanged();
    send({"GET", QStringLiteral("/mobile-api/user/export"), {}, std::nullopt, {}, std::chrono::seconds(60)},
         this, [this, path](const ApiResult &result) {
             --m_pendingCalls;
             emit stateChanged();
             if (!result.ok()) {
                 emit exportFinished(false,
                                     result.error.isConnectivity()
                                         ? tr("You are offline. Exporting needs a connection.")
                                         : tr("The server could not prepare your data. Try again later."));
                 return;
             }
             // Written whole or not at all: a half-written export would look complete.
             QSaveFile out(path);
             const QByteArray json =
                 QJsonDocument(result.envelope.data.toObject()).toJson(QJsonDocument::Indented);
             if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
                 emit exportFinished(false, tr("Your data could not be written to that file."));
                 return;
             }
             emit exportFinished(true, tr("Your data was saved to %1.").arg(path));
         });
}

void AuthService::deleteAccount() {
    if (m_user.demo) { // the server refuses too; this saves the learner the wait
        setError(tr("The demo account is shared with everyone, so it cannot be deleted."));
        return;
    }
    ++m_pendingCalls;
    emit stateChanged();
    send({"DELETE", QStringLiteral("/mobile-api/user"), {}, std::nullopt, {}, ApiClient::kDefaultTimeout},
         this, [this](const ApiResult &result) {
             --m_pendingCalls;
             emit stateChanged();
             if (!result.ok()) {
                 if (result.error.code == QLatin1String("demo_account"))
                     setError(tr("The demo account is shared with everyone, so it cannot be deleted."));
                 else
                     setError(result.error.isConnectivity()
                                  ? tr("You are offline. Deleting your account needs a connection.")
                                  : tr("Your account could not be deleted. Try again later."));
                 return;
             }
             m_tokens.refresh.clear(); // already revoked with the account
             endSession(true, tr("Your account and this device's copy of your data were deleted."));
         });
}
