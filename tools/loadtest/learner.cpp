#include "learner.h"

#include "loadoptions.h"
#include "loadstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int BackoffBaseMs = 2000;
constexpr int BackoffCapMs = 5 * 60 * 1000;
constexpr int CoursesPerPage = 10;

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Learner::Learner(int index, LoadClient &client, const LoadOptions &options, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_client(client)
    , m_options(options)
    , m_random(quint32(index) * 7919 + 1)
    , m_email(QStringLiteral("%1-%2@example.org").arg(options.accountPrefix).arg(index))
    , m_outbox(quint32(index) * 104729 + 3) {}

void Learner::request(const QByteArray &verb, const QString &path, const QByteArray &body,
                      std::function<void(const Answer &)> done) {
    m_client.send(m_index, verb, path, body, m_token, std::move(done));
}

void Learner::signIn(LoadStats &stats) {
    m_stats = &stats;
    m_signInAgain = [this, &stats] { signIn(stats); };
    const QJsonObject account{{u"email"_s, m_email},
                              {u"password"_s, m_options.password},
                              {u"displayName"_s, QStringLiteral("Learner %1").arg(m_index)},
                              {u"language"_s, m_options.language}};
    request("POST", QStringLiteral("/mobile-api/auth/register"), compact(account),
            [this](const Answer &answer) {
                if (answer.status == 409) { // from an earlier run
                    m_stats->recordExpected(QStringLiteral("signin"), answer);
                    login();
                    return;
                }
                takeSignIn(answer);
            });
}

void Learner::takeSignIn(const Answer &answer) {
    if (!answer.ok() && !answer.throttled()) {
        m_stats->record(QStringLiteral("signin"), answer);
        emit signedIn(false);
        return;
    }
    handle(QStringLiteral("signin"), answer, [this, answer] {
        m_token = answer.json().value(u"data"_s).toObject().value(u"access_token"_s).toString();
        emit signedIn(!m_token.isEmpty());
    });
}

void Learner::login() {
    m_signInAgain = [this] { login(); };
    const QJsonObject credentials{{u"email"_s, m_email}, {u"password"_s, m_options.password}};
    request("POST", QStringLiteral("/mobile-api/auth/login"), compact(credentials),
            [this](const Answer &answer) { takeSignIn(answer); });
}

void Learner::run(LoadStats &stats, QDeadlineTimer deadline) {
    m_stats = &stats;
    m_deadline = deadline;
    m_running = true;
    m_failures = 0;
    // Learners start spread over one think time, as devices do, not in step.
    after(int(m_random.bounded(std::max(1, m_options.thinkMs))), [this] { perform(); });
}

void Learner::perform() {
    if (m_deadline.hasExpired()) {
        emit finished();
        return;
    }
    switch (m_step) {
    case Step::Pull:
        return pull();
    case Step::Push:
        return push();
    case Step::Courses:
        return browseCourses();
    case Step::Course:
        return openCourse();
    case Step::Lesson:
        return openLesson();
    }
}

void Learner::pull() {
    request("GET", QStringLiteral("/mobile-api/sync/pull?cursor=%1&limit=200").arg(m_cursor), {},
            [this](const Answer &answer) {
                handle(QStringLiteral("pull"), answer, [this, answer] {
                    const QJsonObject data = answer.json().value(u"data"_s).toObject();
                    for (const QJsonValue &change : data.value(u"changes"_s).toArray())
                        m_outbox.learn(change.toObject());
                    m_cursor = data.value(u"cursor"_s).toInteger(m_cursor);
                    // The next page at once, as the app's sync does; then on to its edits.
                    if (data.value(u"hasMore"_s).toBool())
                        pull();
                    else
                        nextStep(Step::Push);
                });
            });
}

void Learner::push() {
    const QJsonObject body{{u"client_id"_s, QStringLiteral("load-device-%1").arg(m_index)},
                           {u"mutations"_s, m_outbox.batch()}};
    request("POST", QStringLiteral("/mobile-api/sync/push"), compact(body), [this](const Answer &answer) {
        handle(QStringLiteral("push"), answer, [this, answer] {
            const int rejected =
                m_outbox.accept(answer.json().value(u"data"_s).toObject().value(u"results"_s).toArray());
            for (int i = 0; i < rejected; ++i)
                m_stats->recordError(QStringLiteral("push rejected mutation"));
            nextStep(Step::Courses);
        });
    });
}

void Learner::browseCourses() {
    const int pages = std::max(1, (m_courseTotal + CoursesPerPage - 1) / CoursesPerPage);
    const int page = 1 + int(m_random.bounded(pages));
    request("GET",
            QStringLiteral("/mobile-api/courses?language=%1&limit=%2&page=%3")
                .arg(m_options.language)
                .arg(CoursesPerPage)
                .arg(page),
            {}, [this](const Answer &answer) {
                handle(QStringLiteral("courses"), answer, [this, answer] {
                    const QJsonObject envelope = answer.json();
                    m_courseTotal = envelope.value(u"pagination"_s).toObject().value(u"total"_s).toInt();
                    const QJsonArray courses = envelope.value(u"data"_s).toArray();
                    m_courseId = courses.isEmpty()
                                     ? QString()
                                     : courses.at(m_random.bounded(int(courses.size())))[u"id"_s].toString();
                    nextStep(m_courseId.isEmpty() ? Step::Pull : Step::Course);
                });
            });
}

void Learner::openCourse() {
    request("GET", QStringLiteral("/mobile-api/courses/%1?language=%2").arg(m_courseId, m_options.language),
            {}, [this](const Answer &answer) {
                handle(QStringLiteral("course"), answer, [this, answer] {
                    m_lessonIds.clear();
                    for (const QJsonValue &lesson : answer.json()[u"data"_s][u"lessons"_s].toArray())
                        m_lessonIds.append(lesson[u"id"_s].toString());
                    nextStep(m_lessonIds.isEmpty() ? Step::Pull : Step::Lesson);
                });
            });
}

void Learner::openLesson() {
    const QString lessonId = m_lessonIds.at(m_random.bounded(int(m_lessonIds.size())));
    request("GET",
            QStringLiteral("/mobile-api/courses/%1/lessons/%2?language=%3")
                .arg(m_courseId, lessonId, m_options.language),
            {}, [this, lessonId](const Answer &answer) {
                handle(QStringLiteral("lesson"), answer, [this, lessonId] {
                    m_outbox.addLesson(m_courseId, lessonId); // read: its progress goes into the next push
                    nextStep(Step::Pull);
                });
            });
}

void Learner::handle(const QString &kind, const Answer &answer, const std::function<void()> &onSuccess) {
    m_stats->record(kind, answer);
    if (answer.ok()) {
        m_failures = 0;
        onSuccess();
        return;
    }
    // The same request again later: with the queued batch unchanged for a push, as the app does.
    ++m_failures;
    const qint64 bound =
        std::min<qint64>(BackoffCapMs, qint64(BackoffBaseMs) << std::min(m_failures - 1, 20));
    qint64 delay = qint64(m_random.bounded(quint32(bound) + 1));
    if (answer.retryAfterSeconds >= 0)
        delay = std::max<qint64>(delay, qint64(answer.retryAfterSeconds) * 1000);
    after(int(delay), kind == u"signin" ? m_signInAgain : std::function<void()>([this] { perform(); }));
}

void Learner::nextStep(Step step) {
    m_step = step;
    const int think = m_options.thinkMs / 2 + int(m_random.bounded(m_options.thinkMs + 1));
    after(think, [this] { perform(); });
}

void Learner::after(int ms, const std::function<void()> &action) {
    // Under load, a wait past the deadline (a backoff of minutes) ends the learner at the deadline
    // rather than stretching the run.
    if (m_running && ms > m_deadline.remainingTime()) {
        QTimer::singleShot(m_deadline.remainingTime(), this, [this] { emit finished(); });
        return;
    }
    QTimer::singleShot(ms, this, action);
}
