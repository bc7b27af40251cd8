#include "loadrun.h"

#include "learner.h"

#include <QTimer>

LoadRun::LoadRun(const LoadOptions &options, const QSslConfiguration &tls, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_client(options.server, tls, options.learners) {
    for (int i = 0; i < options.learners; ++i) {
        auto *learner = new Learner(i, m_client, options, this);
        connect(learner, &Learner::signedIn, this,
                [this, learner](bool ok) { learnerSignedIn(learner, ok); });
        connect(learner, &Learner::finished, this, &LoadRun::learnerFinished);
        m_learners.append(learner);
    }
}

void LoadRun::start() {
    m_out << "tekpounou-load: " << m_options.learners << " learners, " << m_options.durationSeconds
          << " s, think " << m_options.thinkMs << " ms (±50 %), " << m_options.server.toString() << Qt::endl;
    m_signInTime.start();
    // A sign-in phase that cannot finish (a server refusing registrations) still ends, with what it has.
    QTimer::singleShot(m_options.signInTimeoutSeconds * 1000, this, [this] {
        if (!m_loadStarted) {
            m_out << "sign-in: timed out after " << m_options.signInTimeoutSeconds << " s" << Qt::endl;
            m_signInStats.recordError(QStringLiteral("signin timed out"));
            startLoad();
        }
    });
    for (int i = 0; i < m_options.signInConcurrency; ++i)
        signInNext();
}

void LoadRun::signInNext() {
    if (m_nextToSignIn < m_learners.size())
        m_learners.at(m_nextToSignIn++)->signIn(m_signInStats);
}

void LoadRun::learnerSignedIn(Learner *learner, bool ok) {
    if (m_loadStarted)
        return;
    if (ok)
        m_signedIn.append(learner);
    ++m_signInsAnswered;
    signInNext();
    if (m_signInsAnswered == m_learners.size())
        startLoad();
}

void LoadRun::startLoad() {
    m_loadStarted = true;
    m_signInSeconds = double(m_signInTime.nsecsElapsed()) / 1e9;
    m_out << "sign-in: " << m_signedIn.size() << " of " << m_learners.size() << " learners in "
          << QString::number(m_signInSeconds, 'f', 1) << " s" << Qt::endl;
    m_signInStats.print(m_out, m_signInSeconds);
    if (m_signedIn.isEmpty()) {
        report();
        return;
    }
    m_loadTime.start();
    m_running = int(m_signedIn.size());
    const QDeadlineTimer deadline(qint64(m_options.durationSeconds) * 1000);
    for (Learner *learner : std::as_const(m_signedIn))
        learner->run(m_loadStats, deadline);
}

void LoadRun::learnerFinished() {
    if (--m_running == 0)
        report();
}

void LoadRun::report() {
    // Until the last learner's last answer: requests still in flight at the deadline are counted.
    const double seconds = m_loadTime.isValid() ? double(m_loadTime.nsecsElapsed()) / 1e9 : 0;
    m_out << "load: " << m_signedIn.size() << " learners for " << QString::number(seconds, 'f', 1) << " s"
          << Qt::endl;
    m_loadStats.print(m_out, seconds);
    const qint64 errors =
        m_signInStats.errorCount() + m_loadStats.errorCount() + (m_learners.size() - m_signedIn.size());
    m_out << "errors: " << errors << Qt::endl;
    emit finished(errors == 0 ? 0 : 1);
}
