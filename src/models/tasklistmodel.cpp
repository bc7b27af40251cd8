#include "tasklistmodel.h"

#include "datetext.h"
#include "learnerbinding.h"
#include "recordrules.h"
#include "taskfields.h"
#include "tasktext.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>

using namespace tpn;

namespace {

const QString &kTitle = taskfield::Title;
const QString &kNotes = taskfield::Notes;
const QString &kStatus = taskfield::Status;
const QString &kPriority = taskfield::Priority;
const QString &kDueDate = taskfield::DueDate;
const QString &kCourseId = taskfield::CourseId;
const QString &kHistory = taskfield::History;

int priorityRank(const QString &priority) {
    return priority == taskpriority::High ? 0 : priority == taskpriority::Low ? 2 : 1;
}

bool isDone(const QJsonObject &fields) {
    return fields.value(kStatus).toString() == taskstatus::Done;
}

} // namespace

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractListModel(parent) {
    connect(&m_state, &FetchState::errorChanged, this, &TaskListModel::errorChanged);
    // The status and priority texts are translated here: show them anew when the language changes.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool TaskListModel::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        if (count() > 0)
            emit dataChanged(index(0), index(count() - 1));
        emit choicesChanged();
    }
    return QAbstractListModel::eventFilter(watched, event);
}

void TaskListModel::setLanguage(const QString &language) {
    if (language == m_language)
        return;
    m_language = language;
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1), {DueDateTextRole});
    emit languageChanged();
}

int TaskListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const QJsonObject &f = row.fields;
    switch (role) {
    case RecordIdRole:
        return row.id;
    case Qt::DisplayRole:
    case TitleRole:
        return f.value(kTitle).toString();
    case NotesRole:
        return f.value(kNotes).toString();
    case StatusRole:
        return f.value(kStatus).toString();
    case StatusTextRole:
        return TaskText::status(f.value(kStatus).toString());
    case PriorityRole:
        return f.value(kPriority).toString();
    case PriorityTextRole:
        return TaskText::priority(f.value(kPriority).toString());
    case DueDateRole:
        return f.value(kDueDate).toString();
    case DueDateTextRole:
        return shortDateText(QDate::fromString(f.value(kDueDate).toString(), Qt::ISODate), m_language);
    case OverdueRole: {
        const QDate due = QDate::fromString(f.value(kDueDate).toString(), Qt::ISODate);
        return !isDone(f) && due.isValid() && due < QDate::currentDate();
    }
    case CourseIdRole:
        return f.value(kCourseId).toString();
    case HistoryCountRole:
        return static_cast<int>(f.value(kHistory).toArray().size());
    case HasHistoryRole:
        return !f.value(kHistory).toArray().isEmpty();
    case DoneRole:
        return isDone(f);
    }
    return {};
}

QHash<int, QByteArray> TaskListModel::roleNames() const {
    return {{RecordIdRole, "recordId"},
            {TitleRole, "title"},
            {NotesRole, "notes"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {PriorityRole, "priority"},
            {PriorityTextRole, "priorityText"},
            {DueDateRole, "dueDate"},
            {DueDateTextRole, "dueDateText"},
            {OverdueRole, "overdue"},
            {CourseIdRole, "courseId"},
            {HistoryCountRole, "historyCount"},
            {HasHistoryRole, "hasHistory"},
            {DoneRole, "done"}};
}

void TaskListModel::setSource(LearnerRepository *source) {
    bindLearnerSource(this, m_source, source, &TaskListModel::reload);
}

// The list is only reset when the tasks differ, so a learner's scroll position and tap survive a
// sync that changed nothing they see.
void TaskListModel::reload() {
    LearnerRepository *learner = m_source && m_source->available() ? m_source.data() : nullptr;
    QList<Row> rows;
    if (learner) {
        const QList<LocalRecord> records = learner->records(Entity::Task);
        for (const LocalRecord &record : records)
            rows.append({record.recordId, record.fields});
    }
    // Open tasks first: the soonest due (undated ones after them), the most pressing; done ones last.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (isDone(a.fields) != isDone(b.fields))
            return !isDone(a.fields);
        const QString dueA = a.fields.value(kDueDate).toString();
        const QString dueB = b.fields.value(kDueDate).toString();
        if (dueA != dueB)
            return dueB.isEmpty() || (!dueA.isEmpty() && dueA < dueB);
        const int rankA = priorityRank(a.fields.value(kPriority).toString());
        const int rankB = priorityRank(b.fields.value(kPriority).toString());
        if (rankA != rankB)
            return rankA < rankB;
        const int byTitle =
            QString::localeAwareCompare(a.fields.value(kTitle).toString(), b.fields.value(kTitle).toString());
        return byTitle != 0 ? byTitle < 0 : a.id < b.id;
    });
    if (rows != m_rows) {
        const int before = count();
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (count() != before)
            emit countChanged();
    }
    if (m_available != (learner != nullptr)) {
        m_available = learner != nullptr;
        if (!m_available)
            setError({});
        emit availableChanged();
    }
}

void TaskListModel::setError(const QString &error) {
    m_state.setError(error);
}

bool TaskListModel::refuse(const QString &error) {
    setError(error);
    return false;
}

const TaskListModel::Row *TaskListModel::find(const QString &id) const {
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) { return row.id == id; });
    return it == m_rows.cend() ? nullptr : &*it;
}

// The store writes the edit and queues it for sync in one transaction.
bool TaskListModel::store(const QString &id, const QJsonObject &fields) {
    LearnerRepository *learner = m_source.data();
    Q_ASSERT(learner && learner->available()); // create() and update() refuse first when no data is open
    QString storeError;
    if (!learner->edit(Entity::Task, id, fields, &storeError)) {
        qWarning("TaskListModel: cannot store a task: %s", qPrintable(storeError));
        return refuse(tr("The task could not be saved on this device."));
    }
    setError({});
    return true;
}

QString TaskListModel::create(const QVariantMap &form) {
    if (!m_source || !m_source->available()) {
        refuse(tr("Sign in to save tasks."));
        return {};
    }
    // In the server's order: what is given is checked first, then whether the title is there.
    const QJsonObject given = TaskFields::fromForm(form);
    std::optional<FieldProblem> problem = checkTaskFields(given);
    if (!problem)
        problem = missingTaskField(given);
    if (problem) {
        refuse(TaskText::problem(*problem));
        return {};
    }
    // A new task is complete on this device at once: the server fills in the same defaults.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return store(id, newTaskFields(given)) ? id : QString();
}

bool TaskListModel::update(const QString &id, const QVariantMap &changedFields) {
    if (!m_source || !m_source->available())
        return refuse(tr("Sign in to save tasks."));
    const Row *row = find(id);
    if (!row)
        return refuse(tr("This task no longer exists. It may have been deleted on another device."));
    // Only what really changed is sent: the server merges field by field, and a field sent as it
    // was would count as this device's edit and could replace another device's newer value.
    QJsonObject fields = TaskFields::fromForm(changedFields);
    for (const QString &name : fields.keys()) {
        if (fields.value(name) == row->fields.value(name))
            fields.remove(name);
    }
    if (const auto problem = checkTaskFields(fields))
        return refuse(TaskText::problem(*problem));
    if (fields.isEmpty()) {
        setError({});
        return true;
    }
    return store(id, fields);
}

bool TaskListModel::setStatus(const QString &id, const QString &status) {
    return update(id, {{QStringLiteral("status"), status}});
}

bool TaskListModel::remove(const QString &id) {
    LearnerRepository *learner = m_source && m_source->available() ? m_source.data() : nullptr;
    if (!learner)
        return refuse(tr("Sign in to save tasks."));
    if (!find(id))
        return refuse(tr("This task no longer exists. It may have been deleted on another device."));
    QString storeError;
    if (!learner->remove(Entity::Task, id, &storeError)) {
        qWarning("TaskListModel: cannot delete a task: %s", qPrintable(storeError));
        return refuse(tr("The task could not be deleted on this device."));
    }
    setError({});
    return true;
}

QVariantMap TaskListModel::task(const QString &id) const {
    const Row *row = find(id);
    if (!row)
        return {};
    QVariantMap map = TaskFields::toForm(row->fields);
    map.insert(QStringLiteral("recordId"), row->id);
    map.insert(QStringLiteral("historyCount"), row->fields.value(kHistory).toArray().size());
    return map;
}

QVariantList TaskListModel::history(const QString &id) const {
    const Row *row = find(id);
    if (!row)
        return {};
    const QJsonArray entries = row->fields.value(kHistory).toArray();
    QVariantList result;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) { // the server keeps them oldest first
        const QJsonObject entry = entries.at(i).toObject();
        const QString field = entry.value(QStringLiteral("field")).toString();
        const QJsonValue value = entry.value(QStringLiteral("value"));
        const QDateTime replacedAt =
            QDateTime::fromString(entry.value(QStringLiteral("replaced_at")).toString(), Qt::ISODateWithMs);
        result.append(QVariantMap{{QStringLiteral("field"), TaskFields::formName(field)},
                                  {QStringLiteral("fieldLabel"), TaskText::fieldLabel(field)},
                                  {QStringLiteral("value"), value.toVariant()},
                                  {QStringLiteral("valueText"), TaskText::value(field, value)},
                                  {QStringLiteral("replacedAt"), replacedAt},
                                  {QStringLiteral("replacedAtText"), dateTimeText(replacedAt)}});
    }
    return result;
}

int TaskListModel::indexOf(const QString &id) const {
    const Row *row = find(id);
    return row ? static_cast<int>(row - m_rows.constData()) : -1;
}

QVariantList TaskListModel::statusChoices() const {
    QVariantList choices;
    for (const QString &status : taskStatuses())
        choices.append(QVariantMap{{QStringLiteral("value"), status},
                                   {QStringLiteral("text"), TaskText::status(status)}});
    return choices;
}

QVariantList TaskListModel::priorityChoices() const {
    QVariantList choices;
    for (const QString &priority : taskPriorities()) {
        choices.append(QVariantMap{{QStringLiteral("value"), priority},
                                   {QStringLiteral("text"), TaskText::priority(priority)}});
    }
    return choices;
}

QString TaskListModel::statusText(const QString &status) {
    return TaskText::status(status);
}

QString TaskListModel::priorityText(const QString &priority) {
    return TaskText::priority(priority);
}
