#include "tasktext.h"

#include "datetext.h"
#include "recordrules.h"

#include <QDate>

using namespace tpn;

QString TaskText::status(const QString &status) {
    if (status == taskstatus::Todo)
        return tr("To do");
    if (status == taskstatus::InProgress)
        return tr("In progress");
    if (status == taskstatus::Done)
        return tr("Done");
    return status;
}

QString TaskText::priority(const QString &priority) {
    if (priority == taskpriority::Low)
        return tr("Low", "priority");
    if (priority == taskpriority::Medium)
        return tr("Medium", "priority");
    if (priority == taskpriority::High)
        return tr("High", "priority");
    return priority;
}

QString TaskText::dueDate(const QString &isoDate) {
    return dateText(QDate::fromString(isoDate, Qt::ISODate));
}

QString TaskText::fieldLabel(const QString &field) {
    if (field == taskfield::Title)
        return tr("Title");
    if (field == taskfield::Notes)
        return tr("Notes");
    if (field == taskfield::Status)
        return tr("Status");
    if (field == taskfield::Priority)
        return tr("Priority");
    if (field == taskfield::DueDate)
        return tr("Due date");
    if (field == taskfield::CourseId)
        return tr("Course");
    return field;
}

QString TaskText::value(const QString &field, const QJsonValue &value) {
    if (field == taskfield::Status)
        return status(value.toString());
    if (field == taskfield::Priority)
        return priority(value.toString());
    if (field == taskfield::DueDate)
        return value.isNull() ? tr("No due date") : dueDate(value.toString());
    if (field == taskfield::CourseId && value.isNull())
        return tr("No course");
    if (field == taskfield::Notes && value.toString().isEmpty())
        return tr("No notes");
    return value.toString();
}

QString TaskText::problem(const FieldProblem &problem) {
    const QString &field = problem.field;
    if (field == taskfield::Title) {
        if (problem.kind == FieldProblem::Kind::TooLong)
            return tr("The title is too long: it can have at most %1 characters.").arg(MaximumTaskTitle);
        if (problem.kind == FieldProblem::Kind::NotOneLine)
            return tr("The title must fit on one line.");
        return tr("Give the task a title."); // missing, blank or not text
    }
    if (field == taskfield::Notes)
        return tr("The notes are too long: they can have at most %1 characters.").arg(MaximumTaskNotes);
    if (field == taskfield::Status)
        return tr("Choose a status: to do, in progress or done.");
    if (field == taskfield::Priority)
        return tr("Choose a priority: low, medium or high.");
    if (field == taskfield::DueDate) {
        return tr("Write the due date as YYYY-MM-DD, for example %1.")
            .arg(QDate::currentDate().toString(Qt::ISODate));
    }
    // The course id is the only field left: the editor offers the catalog's courses only.
    return tr("This course cannot be linked to a task.");
}
