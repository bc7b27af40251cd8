#include "keychain.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcAuth, "tpn.auth")

namespace {

Keychain::Status statusOf(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return Keychain::Status::Ok;
    case QKeychain::EntryNotFound:
        return Keychain::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Keychain::Status::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Keychain::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // QtKeychain reports a missing session bus as OtherError; to the app, both mean the same:
        // there is no keychain to keep secrets in.
        return Keychain::Status::Unavailable;
    }
    return Keychain::Status::Failed;
}

} // namespace

Keychain::Keychain(const QString &service, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_timeout(timeout) {}

template <typename JobType> void Keychain::run(JobType *job, QObject *context, Callback done) {
    // Whichever comes first, the job's answer or the timeout, is reported; the other is ignored.
    // A job that never answers cannot be cancelled; it is left to delete itself if it ever does.
    struct Pending {
        QPointer<QObject> context;
        Callback done;
        bool reported = false;
        void report(const Result &result) {
            if (reported)
                return;
            reported = true;
            if (context && done)
                done(result);
        }
    };
    auto pending = std::make_shared<Pending>(Pending{context, std::move(done)});
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [pending](QKeychain::Job *finished) {
        Result result{statusOf(finished->error()), {}, finished->errorString()};
        if (result.status == Status::Ok) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.data = read->binaryData();
        }
        pending->report(result);
    });
    QTimer::singleShot(m_timeout, this, [pending, key = job->key()] {
        if (!pending->reported)
            qCWarning(lcAuth) << "keychain job timed out for entry" << key;
        pending->report({Status::TimedOut, {}, QStringLiteral("the keychain did not answer in time")});
    });
    job->start();
}

void Keychain::read(const QString &key, QObject *context, Callback done) {
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void Keychain::write(const QString &key, const QByteArray &secret, QObject *context, Callback done) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, context, std::move(done));
}

void Keychain::remove(const QString &key, QObject *context, Callback done) {
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}
