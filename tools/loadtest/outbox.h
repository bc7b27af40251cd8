#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

// A simulated learner's edits, queued as the app queues them (docs/sync.md, "A client's loop"): new and
// edited tasks, journal entries, lesson progress, each a mutation with its own id and the version it was
// based on. A batch stays queued until a push is answered, so a failed push is sent again unchanged, as
// the app does (and the server answers its mutations as duplicates if the first push did arrive).
class Outbox {
public:
    explicit Outbox(quint32 seed);

    // What the learner has opened, for progress records: (course id, lesson id).
    void addLesson(const QString &courseId, const QString &lessonId);

    // The queued batch; when nothing is queued, 1 to 5 new edits first.
    QJsonArray batch();
    // A push's results (in batch order): the records' new versions; the batch leaves the queue.
    // Returns how many mutations were rejected (a harness that sends invalid edits measures nothing).
    int accept(const QJsonArray &results);
    // A pulled change: its version is the base of the next edit.
    void learn(const QJsonObject &change);

private:
    struct Record {
        QString entity;
        qint64 version = 0;
        int percent = 0; // progress only
    };
    QJsonObject newTask();
    QJsonObject taskEdit(const QString &recordId);
    QJsonObject journalEntry();
    QJsonObject progress();
    QJsonObject mutation(const QString &entity, const QString &recordId, const QJsonObject &fields);
    QString someRecord(const QString &entity);

    QRandomGenerator m_random;
    QHash<QString, Record> m_records;
    QList<QPair<QString, QString>> m_lessons;
    QJsonArray m_queued;
};
