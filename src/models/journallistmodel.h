#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>

#include "fetchstate.h"
#include "learnerrepository.h"

struct LocalRecord;

// The signed-in learner's journal, newest day first, and its edits: checked with the server's
// rules (recordrules.h; so a mistake is explained at once, by JournalText, instead of being refused
// later), then written to the local store, which seals the text and queues the change for sync.
class JournalListModel : public QAbstractListModel { // not final: QML 6.4 derives from a creatable type
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LearnerRepository *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        DateRole,
        MoodRole,
        ExcerptRole,
        TagsRole,
        ConflictedRole,
        ConflictCountRole
    };
    Q_ENUM(Role)

    explicit JournalListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    LearnerRepository *source() const { return m_source; }
    void setSource(LearnerRepository *source);
    int count() const { return static_cast<int>(m_rows.size()); }
    bool available() const { return m_available; }
    QString error() const { return m_state.error(); }

    // Fields: date ("YYYY-MM-DD"), mood (1–5), text, tags (list of strings). Returns the new
    // entry's id, or an empty string and `error`.
    Q_INVOKABLE QString create(const QVariantMap &fields);
    // Only the fields that differ from the entry as it is now are queued; nothing changed is fine.
    Q_INVOKABLE bool update(const QString &recordId, const QVariantMap &fields);
    Q_INVOKABLE bool remove(const QString &recordId);
    // All of one entry, for the editor: recordId, date, mood, text, tags, conflicted and
    // conflictVersions ({text, mood, tags, date, savedAt}). Empty if there is no such entry.
    Q_INVOKABLE QVariantMap entry(const QString &recordId) const;
    // Ends a conflict with the text the learner chose or merged.
    Q_INVOKABLE bool resolve(const QString &recordId, const QString &mergedText);
    // Ends the conflict with one whole version: 0 is the current one, 1… the kept ones (as in
    // entry().conflictVersions), with their mood and tags as well as their text.
    Q_INVOKABLE bool keepVersion(const QString &recordId, int index);
    // How a mood reads, from 1 "Very bad" to 5 "Very good": the words the picker and the list share.
    Q_INVOKABLE QString moodName(int mood) const;

signals:
    void sourceChanged();
    void countChanged();
    void availableChanged();
    void errorChanged();

private:
    struct Row {
        QString recordId;
        QString date;
        int mood = 0;
        QString excerpt;
        QStringList tags;
        bool conflicted = false;
        int conflictCount = 0;
        QDateTime updatedAt; // orders entries of one day; a sync rewrites it without a visible change
        bool operator==(const Row &o) const {
            return recordId == o.recordId && date == o.date && mood == o.mood && excerpt == o.excerpt &&
                   tags == o.tags && conflicted == o.conflicted && conflictCount == o.conflictCount;
        }
    };

    static Row rowFrom(const LocalRecord &record);
    LearnerRepository *learner() const; // the source, while it has a learner's data
    void reload();
    bool fail(const QString &error);
    bool succeed();
    bool write(const QString &recordId, const QJsonObject &fields);
    bool checkAndWrite(const QString &recordId, const QJsonObject &fields);

    QPointer<LearnerRepository> m_source;
    QList<Row> m_rows;
    bool m_available = false;
    FetchState m_state; // the error of the last edit, in the learner's language
};
