#pragma once

#include "accountstore.h"
#include "apiclient.h"
#include "authservice.h"
#include "cacheschema.h"
#include "coursecache.h"
#include "courserepository.h"
#include "keychain.h"
#include "sqlitedatabase.h"
#include "tlstrust.h"

#include <QNetworkAccessManager>
#include <memory>

// The client's services wired as main.cpp wires them, on a given data directory. Building a
// second one on the same directory is what an app restart looks like to the data.
struct ClientStack {
    ClientStack(const QUrl &apiUrl, const QString &dataDir, const QString &caCertPath,
                std::unique_ptr<ApiClient> customApi = {})
        : trust(TlsTrust::withExtraCa(caCertPath))
        , api(customApi ? std::move(customApi)
                        : std::make_unique<ApiClient>(network, apiUrl, trust.configuration))
        , database(dataDir + QStringLiteral("/cache.sqlite"), SqliteDatabase::Durability::Rebuildable)
        , opened(database.open(cacheMigrations()))
        , cache(database)
        , courses(*api, cache)
        , accounts(dataDir + QStringLiteral("/settings.ini"))
        , auth(*api, keychain, accounts) {}

    QNetworkAccessManager network;
    TlsTrust trust;
    std::unique_ptr<ApiClient> api;
    SqliteDatabase database;
    bool opened;
    CourseCache cache;
    CourseRepository courses;
    // The real OS keychain (gnome-keyring in the test session), under the app's own service name.
    Keychain keychain{QString::fromLatin1(AuthService::kKeychainService)};
    AccountStore accounts;
    AuthService auth;
};
