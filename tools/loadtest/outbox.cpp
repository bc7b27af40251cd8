#include "outbox.h"

#include "recordrules.h"

#include <QDate>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Words of a learner's notes, so that texts have the sizes and spread of real ones.
const QStringList &words() {
    static const QStringList list =
        QStringLiteral(
            "mwen li leson an jodi a e mwen te aprann kijan pou bouyi dlo avan nou bwè li lekòl la te bon "
            "pwofesè a te eksplike kalkil lajan ak monnen nou te fè egzèsis ansanm")
            .split(u' ');
    return list;
}

} // namespace

Outbox::Outbox(quint32 seed)
    : m_random(seed) {}

void Outbox::addLesson(const QString &courseId, const QString &lessonId) {
    const QPair<QString, QString> lesson{courseId, lessonId};
    if (!m_lessons.contains(lesson))
        m_lessons.append(lesson);
}

QJsonArray Outbox::batch() {
    if (m_queued.isEmpty()) {
        const int edits = 1 + int(m_random.bounded(5));
        for (int i = 0; i < edits; ++i) {
            const quint32 choice = m_random.bounded(100);
            const QString task = someRecord(QStringLiteral("task"));
            if (choice < 25)
                m_queued.append(newTask());
            else if (choice < 50 && !task.isEmpty())
                m_queued.append(taskEdit(task));
            else if (choice < 70 || m_lessons.isEmpty())
                m_queued.append(journalEntry());
            else
                m_queued.append(progress());
        }
    }
    return m_queued;
}

int Outbox::accept(const QJsonArray &results) {
    int rejected = 0;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        if (result.value(QStringLiteral("status")).toString() == u"rejected") {
            ++rejected;
            continue;
        }
        learn(result.value(QStringLiteral("record")).toObject());
    }
    m_queued = QJsonArray();
    return rejected;
}

void Outbox::learn(const QJsonObject &change) {
    const QString id = change.value(QStringLiteral("record_id")).toString();
    if (id.isEmpty())
        return;
    Record &record = m_records[id];
    record.entity = change.value(QStringLiteral("entity")).toString();
    record.version = std::max<qint64>(record.version, change.value(QStringLiteral("version")).toInteger());
    if (record.entity == u"progress") {
        const QJsonObject fields = change.value(QStringLiteral("fields")).toObject();
        record.percent = fields.value(QStringLiteral("percent")).toInt();
    }
}

QJsonObject Outbox::newTask() {
    QString title;
    for (int i = 0, n = 2 + int(m_random.bounded(5)); i < n; ++i)
        title += (i ? QStringLiteral(" ") : QString()) + words().at(m_random.bounded(int(words().size())));
    QJsonObject fields{
        {u"title"_s, title},
        {u"priority"_s, QStringList{u"low"_s, u"medium"_s, u"high"_s}.at(m_random.bounded(3))}};
    if (m_random.bounded(2))
        fields.insert(u"due_date"_s,
                      QDate::currentDate().addDays(m_random.bounded(1, 30)).toString(Qt::ISODate));
    return mutation(QStringLiteral("task"), newId(), fields);
}

QJsonObject Outbox::taskEdit(const QString &recordId) {
    const QStringList statuses{u"todo"_s, u"in_progress"_s, u"done"_s};
    return mutation(QStringLiteral("task"), recordId,
                    {{u"status"_s, statuses.at(m_random.bounded(3))},
                     {u"notes"_s, words().at(m_random.bounded(int(words().size())))}});
}

QJsonObject Outbox::journalEntry() {
    QString text;
    for (int i = 0, n = 20 + int(m_random.bounded(80)); i < n; ++i)
        text += (i ? QStringLiteral(" ") : QString()) + words().at(m_random.bounded(int(words().size())));
    const QString existing = someRecord(QStringLiteral("journal"));
    const bool edit = !existing.isEmpty() && m_random.bounded(3) == 0;
    QJsonObject fields{{u"text"_s, text}, {u"mood"_s, 1 + int(m_random.bounded(5))}};
    if (!edit) {
        fields.insert(u"date"_s,
                      QDate::currentDate().addDays(-int(m_random.bounded(7))).toString(Qt::ISODate));
        fields.insert(u"tags"_s, QJsonArray{QStringLiteral("lekol")});
    }
    return mutation(QStringLiteral("journal"), edit ? existing : newId(), fields);
}

QJsonObject Outbox::progress() {
    const auto &[courseId, lessonId] = m_lessons.at(m_random.bounded(int(m_lessons.size())));
    const QString id = tpn::progressRecordId(courseId, lessonId);
    const int percent = std::min(100, m_records.value(id).percent + 10 + int(m_random.bounded(40)));
    QJsonObject fields{{u"course_id"_s, courseId},
                       {u"lesson_id"_s, lessonId},
                       {u"percent"_s, percent},
                       {u"time_spent_delta_seconds"_s, 30 + int(m_random.bounded(300))}};
    if (percent == 100)
        fields.insert(u"completed_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_records[id].percent = percent; // the next edit of the same lesson goes on from here
    return mutation(QStringLiteral("progress"), id, fields);
}

QJsonObject Outbox::mutation(const QString &entity, const QString &recordId, const QJsonObject &fields) {
    return {{u"mutation_id"_s, newId()},
            {u"entity"_s, entity},
            {u"op"_s, u"upsert"_s},
            {u"record_id"_s, recordId},
            {u"base_version"_s, m_records.value(recordId).version},
            {u"fields"_s, fields}};
}

QString Outbox::someRecord(const QString &entity) {
    QStringList ids;
    for (auto record = m_records.cbegin(); record != m_records.cend(); ++record) {
        if (record->entity == entity)
            ids.append(record.key());
    }
    return ids.isEmpty() ? QString() : ids.at(m_random.bounded(int(ids.size())));
}
