#pragma once

#include "authservice.h"
#include "courserepository.h"
#include "languagecontroller.h"
#include "syncstatus.h"

#include <QQmlEngine>

// Services are built by main.cpp (the composition root) and handed to QML as singletons with C++
// ownership: QML sees `Catalog` and `Language`, never constructs them, and never deletes them.
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
