#pragma once

#include "authservice.h"
#include "courserepository.h"
#include "downloadcenter.h"
#include "guestadoption.h"
#include "languagecontroller.h"
#include "learnerrepository.h"
#include "packtransfer.h"
#include "reportsettings.h"
#include "syncstatus.h"

#include <QQmlEngine>

// Services are built by the composition (ClientServices, made by app/main.cpp) and handed to QML as
// singletons with C++ ownership: QML sees `Catalog`, `Learner`… and never constructs or deletes them.
template <typename T> struct ProvidedInstance {
    static inline T *instance = nullptr;
    static T *create(QQmlEngine *, QJSEngine *) {
        Q_ASSERT_X(instance, "ProvidedInstance", "main.cpp must provide the service before QML loads");
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
};

struct CatalogSingleton : ProvidedInstance<CourseRepository> {
    Q_GADGET
    QML_FOREIGN(CourseRepository)
    QML_NAMED_ELEMENT(Catalog)
    QML_SINGLETON
};

struct LanguageSingleton : ProvidedInstance<LanguageController> {
    Q_GADGET
    QML_FOREIGN(LanguageController)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
};

struct AuthSingleton : ProvidedInstance<AuthService> {
    Q_GADGET
    QML_FOREIGN(AuthService)
    QML_NAMED_ELEMENT(Auth)
    QML_SINGLETON
};

struct SyncSingleton : ProvidedInstance<SyncStatus> {
    Q_GADGET
    QML_FOREIGN(SyncStatus)
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
};

struct LearnerSingleton : ProvidedInstance<LearnerRepository> {
    Q_GADGET
    QML_FOREIGN(LearnerRepository)
    QML_NAMED_ELEMENT(Learner)
    QML_SINGLETON
};

struct GuestDataSingleton : ProvidedInstance<GuestAdoption> {
    Q_GADGET
    QML_FOREIGN(GuestAdoption)
    QML_NAMED_ELEMENT(GuestData)
    QML_SINGLETON
};

struct DownloadsSingleton : ProvidedInstance<DownloadCenter> {
    Q_GADGET
    QML_FOREIGN(DownloadCenter)
    QML_NAMED_ELEMENT(Downloads)
    QML_SINGLETON
};

struct PacksSingleton : ProvidedInstance<PackTransfer> {
    Q_GADGET
    QML_FOREIGN(PackTransfer)
    QML_NAMED_ELEMENT(Packs)
    QML_SINGLETON
};

struct ReportsSingleton : ProvidedInstance<ReportSettings> {
    Q_GADGET
    QML_FOREIGN(ReportSettings)
    QML_NAMED_ELEMENT(Reports)
    QML_SINGLETON
};
