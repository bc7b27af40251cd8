#pragma once

#include "clientservices.h"
#include "coursecache.h"

#include <memory>

// The client's services wired exactly as the app wires them (ClientServices, the app's own
// composition), on a given data directory, started. Building a second one on the same directory is
// what an app restart looks like to the data. Tests that run each sync themselves turn autoSync off.
struct ClientStack : ClientServices {
    ClientStack(const QUrl &apiUrl, const QString &dataDir, const QString &caCertPath,
                ClientOptions::ApiFactory makeApi = {}, bool autoSync = true)
        : ClientServices(options(apiUrl, dataDir, caCertPath, std::move(makeApi), autoSync))
        , opened(start()) {}

    explicit ClientStack(const ClientOptions &options)
        : ClientServices(options)
        , opened(start()) {}

    static ClientOptions options(const QUrl &apiUrl, const QString &dataDir, const QString &caCertPath,
                                 ClientOptions::ApiFactory makeApi, bool autoSync) {
        ClientOptions o;
        o.apiUrl = apiUrl;
        o.dataDir = dataDir;
        o.caCertPath = caCertPath;
        o.makeApi = std::move(makeApi);
        o.autoSync = autoSync;
        return o;
    }
    CourseCache &cache() { return catalogStore.courseCache(); }

    const bool opened;
};
