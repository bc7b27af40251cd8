#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QPointer>
#include <QQmlEngine>

#include "fetchstate.h"
#include "learnerrepository.h"

// The signed-in learner's tasks, as the Tasks screen lists them: open ones first by due date and
// priority, done ones last. Edits are checked by the server's rules (recordrules.h) before they are
// queued, so a learner reads why at once, in their language (TaskText), instead of the server refusing
// them later. Maps to and from QML use the role names (TaskFields).
class TaskListModel : public QAbstractListModel { // not final: QML 6.4 derives from a creatable type
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LearnerRepository *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The editor's choices, [{value, text}], in the current language.
    Q_PROPERTY(QVariantList statusChoices READ statusChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList priorityChoices READ priorityChoices NOTIFY choicesChanged)
    // The UI language code (ht, fr, en) the due dates are written in; QML binds it to Language.code, so
    // a switch re-words them (Qt 6.4 has no Kreyòl locale to take them from).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TitleRole,
        NotesRole,
        StatusRole,
        StatusTextRole,
        PriorityRole,
        PriorityTextRole,
        DueDateRole,
        DueDateTextRole,
        OverdueRole,
        CourseIdRole,
        HistoryCountRole,
        HasHistoryRole,
        DoneRole,
    };
    Q_ENUM(Role)

    explicit TaskListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    LearnerRepository *source() const { return m_source; }
    void setSource(LearnerRepository *source);
    int count() const { return static_cast<int>(m_rows.size()); }
    bool available() const { return m_available; }
    QString error() const { return m_state.error(); }
    QVariantList statusChoices() const;
    QVariantList priorityChoices() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    Q_INVOKABLE QString create(const QVariantMap &fields);
    Q_INVOKABLE bool update(const QString &id, const QVariantMap &changedFields);
    Q_INVOKABLE bool setStatus(const QString &id, const QString &status);
    Q_INVOKABLE bool remove(const QString &id);
    Q_INVOKABLE QVariantMap task(const QString &id) const;
    // What other devices' edits replaced, newest first: {field, fieldLabel, value, valueText,
    // replacedAt, replacedAtText}.
    Q_INVOKABLE QVariantList history(const QString &id) const;
    Q_INVOKABLE int indexOf(const QString &id) const;
    Q_INVOKABLE void clearError() { setError({}); }
    Q_INVOKABLE static QString statusText(const QString &status);
    Q_INVOKABLE static QString priorityText(const QString &priority);

signals:
    void sourceChanged();
    void countChanged();
    void availableChanged();
    void errorChanged();
    void choicesChanged();
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        QString id;
        QJsonObject fields;
        bool operator==(const Row &other) const { return id == other.id && fields == other.fields; }
    };

    void reload();
    void setError(const QString &error);
    bool refuse(const QString &error);
    bool store(const QString &id, const QJsonObject &fields);
    const Row *find(const QString &id) const;

    QPointer<LearnerRepository> m_source;
    QList<Row> m_rows;
    bool m_available = false;
    QString m_language;
    FetchState m_state; // the error of the last edit, in the learner's language
};
