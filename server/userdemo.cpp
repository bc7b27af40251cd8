#include "userdemo.h"

#include "authservice.h"

namespace tpn::server {

int addDemoAccounts(AuthService &auth) {
    const QString password = QStringLiteral("lekol-2026");
    const NewAccount accounts[] = {
        {QStringLiteral("demo@tekpounou.ht"), password, QStringLiteral("Demo"), QStringLiteral("ht")},
        {QStringLiteral("ana@tekpounou.ht"), password, QStringLiteral("Ana"), QStringLiteral("fr")},
        {QStringLiteral("sam@tekpounou.ht"), password, QStringLiteral("Sam"), QStringLiteral("en")},
    };
    int created = 0;
    for (const NewAccount &account : accounts)
        created += auth.addAccountIfMissing(account) ? 1 : 0;
    return created;
}

} // namespace tpn::server
