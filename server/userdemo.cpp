#include "userdemo.h"

#include "authservice.h"
#include "userstore.h"

namespace tpn::server {

int addDemoAccounts(AuthService &auth) {
    const NewAccount accounts[] = {
        {DemoEmail, DemoPassword, QStringLiteral("Demo"), QStringLiteral("ht"), true},
        {QStringLiteral("ana@tekpounou.ht"), DemoPassword, QStringLiteral("Ana"), QStringLiteral("fr"), true},
        {QStringLiteral("sam@tekpounou.ht"), DemoPassword, QStringLiteral("Sam"), QStringLiteral("en"), true},
    };
    int created = 0;
    for (const NewAccount &account : accounts)
        created += auth.addAccountIfMissing(account) ? 1 : 0;
    return created;
}

std::optional<QJsonObject> advertisedDemoAccount(UserStore &users) {
    const std::optional<UserRow> demo = users.byEmail(DemoEmail);
    if (!demo || !demo->demo)
        return std::nullopt;
    return QJsonObject{{QStringLiteral("email"), DemoEmail}, {QStringLiteral("password"), DemoPassword}};
}

} // namespace tpn::server
