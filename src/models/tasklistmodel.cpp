#include "tasklistmodel.h"

#include "datetext.h"
#include "fieldrules.h"
#include "learnerbinding.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace {

constexpr int kMaximumTitle = 200;
constexpr int kMaximumNotes = 5000;

const QString kTitle = QStringLiteral("title");
const QString kNotes = QStringLiteral("notes");
const QString kStatus = QStringLiteral("status");
const QString kPriority = QStringLiteral("priority");
const QString kDueDate = QStringLiteral("due_date");
const QString kCourseId = QStringLiteral("course_id");
const QString kHistory = QStringLiteral("history");
const QStringList kStatuses{QStringLiteral("todo"), QStringLiteral("in_progress"), QStringLiteral("done")};
const QStringList kPriorities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};

// The server's field names and QML's (the role names).
const QList<std::pair<QString, QString>> kFieldNames{
    {kTitle, QStringLiteral("title")},     {kNotes, QStringLiteral("notes")},
    {kStatus, QStringLiteral("status")},   {kPriority, QStringLiteral("priority")},
    {kDueDate, QStringLiteral("dueDate")}, {kCourseId, QStringLiteral("courseId")}};

QString qmlName(const QString &serverName) {
    for (const auto &[server, qml] : kFieldNames) {
        if (server == serverName)
            return qml;
    }
    return serverName;
}

QString dueDateText(const QString &isoDate) {
    return dateText(QDate::fromString(isoDate, Qt::ISODate));
}

int priorityRank(const QString &priority) {
    return priority == QLatin1String("high") ? 0 : priority == QLatin1String("low") ? 2 : 1;
}

bool isDone(const QJsonObject &fields) {
    return fields.value(kStatus).toString() == QLatin1String("done");
}

// A blank or missing value from a form means "none" for the fields that may be null.
QJsonValue nullable(const QVariant &value) {
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The fields of a QML map as the server names them, tidied as a learner would expect (no spaces
// around a title, an empty due date meaning none). Unknown names are a programming error.
QJsonObject serverFields(const QVariantMap &given) {
    QJsonObject fields;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const auto known = std::find_if(kFieldNames.cbegin(), kFieldNames.cend(),
                                        [&](const auto &names) { return names.second == it.key(); });
        if (known == kFieldNames.cend()) {
            qWarning("TaskListModel: unknown task field %s ignored", qPrintable(it.key()));
            continue;
        }
        const QString &name = known->first;
        if (name == kDueDate || name == kCourseId)
            fields.insert(name, nullable(it.value()));
        else if (name == kTitle)
            fields.insert(name, it.value().toString().trimmed());
        else
            fields.insert(name, it.value().toString());
    }
    return fields;
}

} // namespace

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractListModel(parent) {
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
        return statusText(f.value(kStatus).toString());
    case PriorityRole:
        return f.value(kPriority).toString();
    case PriorityTextRole:
        return priorityText(f.value(kPriority).toString());
    case DueDateRole:
        return f.value(kDueDate).toString();
    case DueDateTextRole:
        return dueDateText(f.value(kDueDate).toString());
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
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
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

QString TaskListModel::validationError(const QJsonObject &fields) {
    if (fields.contains(kTitle)) {
        const QJsonValue title = fields.value(kTitle);
        if (!title.isString() || title.toString().trimmed().isEmpty())
            return tr("Give the task a title.");
        if (tpn::characterCount(title.toString()) > kMaximumTitle)
            return tr("The title is too long: it can have at most %1 characters.").arg(kMaximumTitle);
        if (tpn::hasControlCharacter(title.toString()))
            return tr("The title must fit on one line.");
    }
    if (fields.contains(kNotes)) {
        const QJsonValue notes = fields.value(kNotes);
        if (!notes.isString() || tpn::characterCount(notes.toString()) > kMaximumNotes)
            return tr("The notes are too long: they can have at most %1 characters.").arg(kMaximumNotes);
    }
    if (fields.contains(kStatus) && !kStatuses.contains(fields.value(kStatus).toString()))
        return tr("Choose a status: to do, in progress or done.");
    if (fields.contains(kPriority) && !kPriorities.contains(fields.value(kPriority).toString()))
        return tr("Choose a priority: low, medium or high.");
    const QJsonValue due = fields.value(kDueDate);
    if (fields.contains(kDueDate) && !due.isNull() && !(due.isString() && tpn::isIsoDate(due.toString()))) {
        return tr("Write the due date as YYYY-MM-DD, for example %1.")
            .arg(QDate::currentDate().toString(Qt::ISODate));
    }
    const QJsonValue course = fields.value(kCourseId);
    if (fields.contains(kCourseId) && !course.isNull() &&
        !(course.isString() && tpn::isCatalogId(course.toString())))
        return tr("This course cannot be linked to a task.");
    return {};
}

QString TaskListModel::create(const QVariantMap &fields) {
    LearnerRepository *learner = m_source && m_source->available() ? m_source.data() : nullptr;
    if (!learner) {
        refuse(tr("Sign in to save tasks."));
        return {};
    }
    // A new task is complete on this device at once; the server fills in the same defaults.
    QJsonObject complete{{kTitle, QString()},
                         {kNotes, QString()},
                         {kStatus, QStringLiteral("todo")},
                         {kPriority, QStringLiteral("medium")},
                         {kDueDate, QJsonValue()},
                         {kCourseId, QJsonValue()}};
    const QJsonObject given = serverFields(fields);
    for (auto it = given.begin(); it != given.end(); ++it)
        complete.insert(it.key(), it.value());
    if (const QString invalid = validationError(complete); !invalid.isEmpty()) {
        refuse(invalid);
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString storeError;
    if (!learner->edit(Entity::Task, id, complete, &storeError)) {
        qWarning("TaskListModel: cannot store a new task: %s", qPrintable(storeError));
        refuse(tr("The task could not be saved on this device."));
        return {};
    }
    setError({});
    return id;
}

bool TaskListModel::update(const QString &id, const QVariantMap &changedFields) {
    LearnerRepository *learner = m_source && m_source->available() ? m_source.data() : nullptr;
    if (!learner)
        return refuse(tr("Sign in to save tasks."));
    const Row *row = find(id);
    if (!row)
        return refuse(tr("This task no longer exists. It may have been deleted on another device."));
    // Only what really changed is sent: the server merges field by field, and a field sent as it
    // was would count as this device's edit and could replace another device's newer value.
    QJsonObject fields = serverFields(changedFields);
    for (const QString &name : fields.keys()) {
        if (fields.value(name) == row->fields.value(name))
            fields.remove(name);
    }
    if (const QString invalid = validationError(fields); !invalid.isEmpty())
        return refuse(invalid);
    if (fields.isEmpty()) {
        setError({});
        return true;
    }
    QString storeError;
    if (!learner->edit(Entity::Task, id, fields, &storeError)) {
        qWarning("TaskListModel: cannot store a task edit: %s", qPrintable(storeError));
        return refuse(tr("The task could not be saved on this device."));
    }
    setError({});
    return true;
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
    QVariantMap map{{QStringLiteral("recordId"), row->id},
                    {QStringLiteral("historyCount"), row->fields.value(kHistory).toArray().size()}};
    for (const auto &[server, qml] : kFieldNames)
        map.insert(qml, row->fields.value(server).toString()); // null (no date, no course) as ""
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
        result.append(QVariantMap{{QStringLiteral("field"), qmlName(field)},
                                  {QStringLiteral("fieldLabel"), fieldLabel(field)},
                                  {QStringLiteral("value"), value.toVariant()},
                                  {QStringLiteral("valueText"), valueText(field, value)},
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
    for (const QString &status : kStatuses)
        choices.append(
            QVariantMap{{QStringLiteral("value"), status}, {QStringLiteral("text"), statusText(status)}});
    return choices;
}

QVariantList TaskListModel::priorityChoices() const {
    QVariantList choices;
    for (const QString &priority : kPriorities) {
        choices.append(QVariantMap{{QStringLiteral("value"), priority},
                                   {QStringLiteral("text"), priorityText(priority)}});
    }
    return choices;
}

QString TaskListModel::statusText(const QString &status) {
    if (status == QLatin1String("todo"))
        return tr("To do");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("done"))
        return tr("Done");
    return status;
}

QString TaskListModel::priorityText(const QString &priority) {
    if (priority == QLatin1String("low"))
        return tr("Low", "priority");
    if (priority == QLatin1String("medium"))
        return tr("Medium", "priority");
    if (priority == QLatin1String("high"))
        return tr("High", "priority");
    return priority;
}

QString TaskListModel::fieldLabel(const QString &field) {
    if (field == kTitle)
        return tr("Title");
    if (field == kNotes)
        return tr("Notes");
    if (field == kStatus)
        return tr("Status");
    if (field == kPriority)
        return tr("Priority");
    if (field == kDueDate)
        return tr("Due date");
    if (field == kCourseId)
        return tr("Course");
    return field;
}

// A replaced value as the learner would have seen it in the editor.
QString TaskListModel::valueText(const QString &field, const QJsonValue &value) {
    if (field == kStatus)
        return statusText(value.toString());
    if (field == kPriority)
        return priorityText(value.toString());
    if (field == kDueDate)
        return value.isNull() ? tr("No due date") : dueDateText(value.toString());
    if (field == kCourseId && value.isNull())
        return tr("No course");
    if (field == kNotes && value.toString().isEmpty())
        return tr("No notes");
    return value.toString();
}
