#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The command line of tekpounou-load (see --help and docs/performance.md).
struct LoadOptions {
    QUrl server;    // https://HOST:PORT
    QString caCert; // PEM of the CA that signed the server's certificate; empty: the system's
    int learners = 1;
    int durationSeconds = 30;
    int thinkMs = 1000;         // between a learner's requests, ±50 %
    int signInConcurrency = 16; // sign-ins at once: each costs the server an Argon2id hash
    int signInTimeoutSeconds = 300;
    QString accountPrefix = QStringLiteral("load");
    QString password = QStringLiteral("lekol-load-2026");
    QString language = QStringLiteral("ht");
};

// The options, or nothing with *error saying what is wrong. --help prints and exits 0 here.
std::optional<LoadOptions> parseLoadOptions(const QStringList &arguments, QString *error);
