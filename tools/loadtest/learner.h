#pragma once

#include "loadclient.h"
#include "outbox.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <functional>

struct LoadOptions;
class LoadStats;

// One simulated learner: signs in once, then repeats pull, push, course list, a course, a lesson, with
// a think time between requests, until the deadline. Like the app, it waits Retry-After when the server
// asks, and otherwise backs off after a failure with full jitter (2 s doubling up to 5 min) before
// trying the same request again.
class Learner : public QObject {
    Q_OBJECT

public:
    Learner(int index, LoadClient &client, const LoadOptions &options, QObject *parent = nullptr);

    void signIn(LoadStats &stats);
    void run(LoadStats &stats, QDeadlineTimer deadline);

signals:
    void signedIn(bool ok);
    void finished();

private:
    enum class Step { Pull, Push, Courses, Course, Lesson };

    void login();
    // A register or login answer: the token, or the failure recorded; signedIn() either way.
    void takeSignIn(const Answer &answer);
    void perform();
    void pull();
    void push();
    void browseCourses();
    void openCourse();
    void openLesson();
    // Records answer under kind; on success calls onSuccess, else waits as the app would and retries.
    void handle(const QString &kind, const Answer &answer, const std::function<void()> &onSuccess);
    void nextStep(Step step); // after a think time
    void after(int ms, const std::function<void()> &action);
    void request(const QByteArray &verb, const QString &path, const QByteArray &body,
                 std::function<void(const Answer &)> done);

    int m_index;
    LoadClient &m_client;
    const LoadOptions &m_options;
    QRandomGenerator m_random;
    LoadStats *m_stats = nullptr;
    QDeadlineTimer m_deadline;
    bool m_running = false; // in the load phase, which ends at m_deadline
    QString m_email;
    QString m_token;
    std::function<void()> m_signInAgain; // the sign-in request to repeat after a wait
    Step m_step = Step::Pull;
    int m_failures = 0;
    qint64 m_cursor = 0;
    int m_courseTotal = 0;
    QString m_courseId;
    QStringList m_lessonIds;
    Outbox m_outbox;
};
