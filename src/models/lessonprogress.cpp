#include "lessonprogress.h"

#include "learnerrepository.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcProgress, "tpn.progress")

LessonProgress::LessonProgress(QObject *parent)
    : QObject(parent) {
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    // A crash or a killed app loses at most this much of the learner's time.
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LessonProgress::recordTime);
}

LessonProgress::~LessonProgress() {
    // The page is going: its last minutes are kept, but nothing of it may react any more.
    if (m_source)
        m_source->disconnect(this);
    blockSignals(true);
    recordTime();
}

void LessonProgress::setSource(LearnerRepository *source) {
    if (source == m_source)
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    if (m_source) {
        // The time so far belongs to the learner who spent it, who is leaving but still there.
        connect(m_source, &LearnerRepository::learnerChanging, this, [this] {
            recordTime();
            m_uncountedMs = 0;
        });
        connect(m_source, &LearnerRepository::dataChanged, this, [this] {
            attach();
            reload(); // a pull may have brought another device's progress
        });
    }
    emit sourceChanged();
    attach();
    reload();
}

void LessonProgress::setCourseId(const QString &courseId) {
    if (courseId == m_courseId)
        return;
    recordTime(); // the time so far belongs to the lesson it was spent on
    m_uncountedMs = 0;
    m_courseId = courseId;
    emit courseIdChanged();
    reload();
    updateCounting();
    setReadFraction(m_readFraction);
}

void LessonProgress::setLessonId(const QString &lessonId) {
    if (lessonId == m_lessonId)
        return;
    recordTime();
    m_uncountedMs = 0;
    m_lessonId = lessonId;
    emit lessonIdChanged();
    reload();
    updateCounting();
    setReadFraction(m_readFraction);
}

void LessonProgress::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    updateCounting();
}

void LessonProgress::setReadFraction(double fraction) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction != m_readFraction) {
        m_readFraction = fraction;
        emit readFractionChanged();
    }
    // Scrolling reports many positions a second: only steps worth keeping reach the outbox, and
    // reaching the end always does.
    const int read = static_cast<int>(fraction * 100);
    if (read > m_percent && (read - m_percent >= kPercentStep || read == 100))
        record({{QStringLiteral("percent"), read}});
}

void LessonProgress::setClock(std::function<qint64()> msSinceStart) {
    m_clock = std::move(msSinceStart);
    if (m_countingSince >= 0)
        m_countingSince = m_clock();
}

bool LessonProgress::markDone() {
    if (m_completed)
        return true;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return record({{QStringLiteral("percent"), 100}, {QStringLiteral("completed_at"), now}});
}

void LessonProgress::recordTime() {
    if (m_countingSince >= 0) {
        const qint64 now = m_clock();
        m_uncountedMs += now - m_countingSince;
        m_countingSince = now;
    }
    // A few seconds are kept for later rather than sent: an app switched in and out would
    // otherwise fill the outbox with tiny edits.
    if (m_uncountedMs < kMinDeltaSeconds * 1000)
        return;
    // More than a day at once is a page left open, not reading: the server takes at most a day.
    // Unsent edits of a record fold into one, so the day is shared with the edit already waiting.
    const qint64 room = m_attached ? kMaxDeltaSeconds - pendingSeconds() : kMaxDeltaSeconds;
    const qint64 seconds = std::min<qint64>(m_uncountedMs / 1000, room);
    m_uncountedMs = seconds == room ? 0 : m_uncountedMs - seconds * 1000;
    if (seconds > 0)
        record({{QStringLiteral("time_spent_delta_seconds"), static_cast<int>(seconds)}});
}

int LessonProgress::pendingSeconds() const {
    const QString id = progressRecordId(m_courseId, m_lessonId);
    if (!m_source->syncs()) {
        // A guest's time is never sent: it adds up in the record itself, within the same day's bound.
        const auto r = m_source->record(Entity::Progress, id);
        return r ? r->fields.value(u"time_spent_delta_seconds").toInt() : 0;
    }
    for (const Mutation &m : m_source->outbox()) {
        if (m.entity == Entity::Progress && m.recordId == id && m.state == QLatin1String("pending"))
            return m.fields.value(u"time_spent_delta_seconds").toInt();
    }
    return 0;
}

void LessonProgress::attach() {
    const bool next = m_source && m_source->available();
    if (next == m_attached)
        return;
    m_attached = next;
    emit availableChanged();
    updateCounting();
    setReadFraction(m_readFraction);
}

void LessonProgress::reload() {
    std::optional<LocalRecord> r;
    if (m_attached && !m_courseId.isEmpty() && !m_lessonId.isEmpty())
        r = m_source->record(Entity::Progress, progressRecordId(m_courseId, m_lessonId));
    const QJsonObject f = r ? r->fields : QJsonObject();
    const int percent = f.value(u"percent").toInt();
    const bool completed = !f.value(u"completed_at").toString().isEmpty();
    // The server's total plus what this device has not sent yet.
    const int spent = f.value(u"time_spent_seconds").toInt() + f.value(u"time_spent_delta_seconds").toInt();
    if (percent == m_percent && completed == m_completed && spent == m_timeSpent)
        return;
    m_percent = percent;
    m_completed = completed;
    m_timeSpent = spent;
    emit progressChanged();
}

void LessonProgress::updateCounting() {
    const bool count = m_active && m_attached && !m_courseId.isEmpty() && !m_lessonId.isEmpty();
    if (count && m_countingSince < 0) {
        m_countingSince = m_clock();
        m_flushTimer.start();
    } else if (!count && m_countingSince >= 0) {
        recordTime();
        m_countingSince = -1;
        m_flushTimer.stop();
    }
}

bool LessonProgress::record(QJsonObject fields) {
    if (!m_attached || !m_source || m_courseId.isEmpty() || m_lessonId.isEmpty())
        return false;
    fields.insert(QStringLiteral("course_id"), m_courseId);
    fields.insert(QStringLiteral("lesson_id"), m_lessonId);
    QString error;
    if (!m_source->edit(Entity::Progress, progressRecordId(m_courseId, m_lessonId), fields, &error)) {
        qCWarning(lcProgress) << "cannot record lesson progress:" << error;
        return false;
    }
    reload(); // also when no source relays the learner's change
    return true;
}
