#include "account.h"

#include "accountrules.h"
#include "jsonfields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QByteArray Tokens::toSecret() const {
    const QJsonObject o{
        {QStringLiteral("v"), 1},
        {QStringLiteral("access"), QString::fromLatin1(access)},
        {QStringLiteral("refresh"), QString::fromLatin1(refresh)},
        {QStringLiteral("accessExpiresAt"), accessExpiresAt.toUTC().toString(Qt::ISODateWithMs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Tokens> Tokens::fromSecret(const QByteArray &secret) {
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    Tokens t{o.value(u"access").toString().toLatin1(), o.value(u"refresh").toString().toLatin1(),
             QDateTime::fromString(o.value(u"accessExpiresAt").toString(), Qt::ISODateWithMs)};
    if (o.value(u"v").toInt() != 1 || t.refresh.isEmpty())
        return std::nullopt;
    return t;
}

bool AccountJson::isValidUserId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

std::optional<User> AccountJson::user(const QJsonValue &json, QString *error) {
    JsonFields f(json);
    User u;
    u.id = f.string(QLatin1StringView("id"), 64);
    u.email = f.string(QLatin1StringView("email"), 254);
    u.displayName = f.string(QLatin1StringView("displayName"), 100, true);
    u.language = f.string(QLatin1StringView("language"), 8);
    // Servers from before the demo flag do not send it: their accounts are not the demo.
    const QJsonValue demo = f.value(QLatin1StringView("demo"));
    u.demo = demo.toBool(false);
    if (f.ok() && !isValidUserId(u.id))
        *error = QStringLiteral("field 'id': not a valid user id");
    else if (f.ok() && tpn::languageProblem(u.language) != tpn::AccountProblem::None)
        *error = QStringLiteral("field 'language': not ht, fr or en");
    else if (f.ok() && !demo.isUndefined() && !demo.isBool())
        *error = QStringLiteral("field 'demo': not a boolean");
    else if (!f.ok())
        *error = f.error();
    else
        return u;
    return std::nullopt;
}

std::optional<SignInAnswer> AccountJson::signInAnswer(const QJsonValue &json, QString *error) {
    JsonFields f(json);
    const QString access = f.string(QLatin1StringView("access_token"), 512);
    const QString refresh = f.string(QLatin1StringView("refresh_token"), 512);
    const int expiresIn = f.integer(QLatin1StringView("expires_in"), 1, 7 * 24 * 3600);
    if (!f.ok()) {
        *error = f.error();
        return std::nullopt;
    }
    std::optional<User> u = user(f.value(QLatin1StringView("user")), error);
    if (!u)
        return std::nullopt;
    return SignInAnswer{
        *u, {access.toLatin1(), refresh.toLatin1(), QDateTime::currentDateTimeUtc().addSecs(expiresIn)}};
}
