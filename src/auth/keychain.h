#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

// The OS keychain (QtKeychain: Secret Service on Linux, Keychain on Apple, Credential Manager on
// Windows, Keystore on Android), one entry per key under one service name. Every job is bounded by
// a timeout: with no secret service answering, a job can otherwise wait forever for a prompt.
// There is no plaintext fallback, ever.
class Keychain : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no keychain on this device or session: keep secrets in memory only
        Denied,
        TimedOut,
        Failed,
    };
    Q_ENUM(Status)
    struct Result {
        Status status = Status::Failed;
        QByteArray data; // only for a successful read
        QString detail;  // QtKeychain's message, for logs; never contains the secret
    };
    using Callback = std::function<void(const Result &)>;
    static constexpr std::chrono::milliseconds kDefaultTimeout{8000};

    explicit Keychain(const QString &service, std::chrono::milliseconds timeout = kDefaultTimeout,
                      QObject *parent = nullptr);

    // `done` runs exactly once (unless `context` is destroyed first).
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

private:
    template <typename JobType> void run(JobType *job, QObject *context, Callback done);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};
