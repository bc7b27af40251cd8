#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

// A learner's account as the device knows it. Nothing here is secret.
struct User {
    QString id; // the server's id; also names the learner's folder on the device
    QString email;
    QString displayName;
    QString language;  // ht, fr or en
    bool demo = false; // the shared demo account: it cannot be deleted or have its password reset
};

// What signing in yields. Secret: lives in memory and in the OS keychain, nowhere else.
struct Tokens {
    QByteArray access;
    QByteArray refresh;
    QDateTime accessExpiresAt;

    // The keychain entry's content; `fromSecret` rejects anything not written by `toSecret`.
    QByteArray toSecret() const;
    static std::optional<Tokens> fromSecret(const QByteArray &secret);
};

struct SignInAnswer {
    User user;
    Tokens tokens;
};

namespace AccountJson {
bool isValidUserId(const QString &id);
std::optional<User> user(const QJsonValue &json, QString *error);
// {access_token, refresh_token, expires_in, user}
std::optional<SignInAnswer> signInAnswer(const QJsonValue &json, QString *error);
} // namespace AccountJson
