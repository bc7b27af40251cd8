#pragma once

#include "loadclient.h"
#include "loadoptions.h"
#include "loadstats.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTextStream>

class Learner;

// A whole run: every learner signs in (a limited number at once, since each sign-in costs the server an
// Argon2id hash), then all of them work for the duration; each phase is measured and printed apart.
class LoadRun : public QObject {
    Q_OBJECT

public:
    LoadRun(const LoadOptions &options, const QSslConfiguration &tls, QTextStream &out,
            QObject *parent = nullptr);

    void start();

signals:
    // exitCode: 0 when no request failed, 1 otherwise.
    void finished(int exitCode);

private:
    void signInNext();
    void learnerSignedIn(Learner *learner, bool ok);
    void startLoad();
    void learnerFinished();
    void report();

    const LoadOptions &m_options;
    QTextStream &m_out;
    LoadClient m_client;
    QList<Learner *> m_learners;
    QList<Learner *> m_signedIn;
    int m_nextToSignIn = 0;
    int m_signInsAnswered = 0;
    int m_running = 0;
    LoadStats m_signInStats;
    LoadStats m_loadStats;
    QElapsedTimer m_signInTime;
    QElapsedTimer m_loadTime;
    double m_signInSeconds = 0;
    bool m_loadStarted = false;
};
