#pragma once

// One learner's data on this device with no server: their real userdata.sqlite in a temporary folder,
// the LearnerSync over it, the `Learner` repository that view-models bind to and the `Sync` status.
// The AuthService is signed out and the scheduler waits an hour, so no sync ever runs: the outbox
// stays as the test left it. `data.setSource({})` is what signing out looks like to the models.
#include "accountstore.h"
#include "apiclient.h"
#include "authservice.h"
#include "keychain.h"
#include "learnerrepository.h"
#include "learnersync.h"
#include "syncstatus.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <chrono>

struct OfflineLearner {
    // `cipher` seals journal words; without one, journal edits are refused (as with no data key).
    explicit OfflineLearner(const DataCipher *cipher = nullptr)
        : sync(dir.path(), auth, cipher, idle()) {
        opened = sync.open();
        data.setSource({&sync, nullptr, false});
        status.setLearner(&sync);
    }
    ~OfflineLearner() {
        status.setLearner(nullptr);
        data.setSource({});
    }

    static SyncScheduler::Timing idle() {
        using namespace std::chrono_literals;
        return {1h, 1h, 1h, 1h};
    }

    QTemporaryDir dir;
    QNetworkAccessManager network;
    // Nothing listens there: whatever asks the server gets a connection error at once.
    ApiClient api{network, QUrl(QStringLiteral("https://127.0.0.1:1")), QSslConfiguration()};
    Keychain keychain{QStringLiteral("tekpounou-test")};
    AccountStore accounts{dir.filePath(QStringLiteral("settings.ini"))};
    AuthService auth{api, keychain, accounts};
    LearnerSync sync;
    LearnerRepository data;
    SyncStatus status{api.reachability()};
    bool opened = false;
};
